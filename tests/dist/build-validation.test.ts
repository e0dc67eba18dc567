import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run build` runs the same validation as `npm run check` and stops before rendering. */
describe('astro build on a bad catalog', () => {
	const root = mkdtempSync(join(process.cwd(), '.fixture-build-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('fails and prints every problem with file, line, code and fix', () => {
		for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(item, join(root, item), { recursive: true });
		const file = join(root, 'src/content/catalogs/coinflex.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('code: "05001"', 'code: 05001').replace('    messages:\n      - Signature is invalid', '    mesages:\n      - Signature is invalid'));
		const run = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: root,
			encoding: 'utf8',
			env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
		});
		const output = run.stdout + run.stderr;
		expect(run.status).not.toBe(0);
		expect(output).toContain('src/content/catalogs/coinflex.yaml:54: code 05001: code written as 05001 is read by YAML as the number 5001, not a string; quote it: code: "05001"');
		expect(output).toContain('code 20000: unknown key "mesages"');
		expect(output).not.toContain('Complete!');
	}, 120_000);
});
