import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_FIXTURES } from '../fixtures/hostile-catalogs.ts';

/**
 * Each hostile or broken file alone in a catalog folder, through the real CLI (`npm run check`
 * runs the same script): exit status 1 and the exact problem line, never a crash or a silent pass.
 */
const scratch = mkdtempSync(join(process.cwd(), '.fixture-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run check on hostile catalogs', () => {
	it('has at least 40 hostile fixtures', () => {
		expect(HOSTILE_FIXTURES.length).toBeGreaterThanOrEqual(40);
	});

	it.each(HOSTILE_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
		const dir = join(scratch, fixture.name.replace(/[^a-z0-9]+/gi, '-'));
		mkdirSync(dir, { recursive: true });
		for (const [name, content] of Object.entries(fixture.files)) {
			if (content === null) mkdirSync(join(dir, name));
			else writeFileSync(join(dir, name), content);
		}
		const run = spawnSync(process.execPath, ['tools/check-catalogs.ts', relative(process.cwd(), dir)], { encoding: 'utf8', timeout: 20_000 });
		expect(run.status, run.stderr).toBe(1);
		expect(run.stderr.split('\n')).toContain(fixture.expected.replace('DIR', relative(process.cwd(), dir)));
		expect(run.stderr).not.toMatch(/\n\s+at |RangeError|TypeError/);
	});
});
