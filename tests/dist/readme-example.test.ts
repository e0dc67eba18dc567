import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject } from '../../support/project-copy.ts';

/** Adding a venue is one file: the README's example catalog, copied as it is, passes the check and builds into a page. */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Adding a venue'));
const example = /```yaml\n([\s\S]*?)```/.exec(section)![1];

let root: string | undefined;
afterAll(() => {
	if (root && !process.env.KEEP_FIXTURE) rmSync(root, { recursive: true, force: true });
});

describe("the README's example venue", () => {
	it('passes npm run check and builds, with nothing else changed', () => {
		root = copyProject('.fixture-readme-');
		writeFileSync(join(root, 'src/content/catalogs/example.yaml'), example);
		const check = spawnSync(process.execPath, [join(process.cwd(), 'tools/check-catalogs.ts')], { cwd: root, encoding: 'utf8' });
		expect(check.stdout + check.stderr).toMatch(/all valid/);
		expect(check.status).toBe(0);
		const built = buildProject(root);
		expect(built.status, built.output).toBe(0);
		const $ = cheerio.load(readFileSync(join(root, 'dist/example/index.html'), 'utf8'));
		expect($('article[id="1001"] .message').first().text()).toBe("The venue's message, verbatim");
		expect(JSON.parse(readFileSync(join(root, 'dist/api/catalogs.json'), 'utf8')).catalogs.map((c: { slug: string }) => c.slug)).toContain('example');
	}, 180_000);
});
