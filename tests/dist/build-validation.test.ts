import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_FIXTURES } from '../fixtures/hostile-catalogs.ts';
import { buildProject, copyProject } from '../../support/project-copy.ts';

/** `npm run build` reads catalogs with the same reader and rules as `npm run check`, and stops before rendering. */
describe('astro build on bad catalogs', () => {
	const roots: string[] = [];
	afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

	it('fails and prints every problem with file, line, code and fix', () => {
		const root = copyProject('.fixture-build-');
		roots.push(root);
		const file = join(root, 'src/content/catalogs/coinflex.yaml');
		const text = readFileSync(file, 'utf8');
		const line = text.slice(0, text.indexOf('code: "05001"')).split('\n').length;
		writeFileSync(file, text.replace('code: "05001"', 'code: 05001').replace('    messages:\n      - Signature is invalid', '    mesages:\n      - Signature is invalid'));
		const { status, output } = buildProject(root, { NO_COLOR: '1' });
		expect(status).not.toBe(0);
		expect(output).toContain(`src/content/catalogs/coinflex.yaml:${line}: code 05001: code written as 05001 is read by YAML as the number 5001, not a string; quote it: code: "05001"`);
		expect(output).toContain('code 20000: unknown key "mesages"');
		expect(output).not.toContain('Complete!');
	}, 120_000);

	it('refuses every hostile fixture with the same line as the check', () => {
		const root = copyProject('.fixture-hostile-build-');
		roots.push(root);
		const dir = join(root, 'src/content/catalogs');
		for (const fixture of HOSTILE_FIXTURES) {
			for (const [name, content] of Object.entries(fixture.files)) {
				if (content === null) mkdirSync(join(dir, name));
				else writeFileSync(join(dir, name), content);
			}
		}
		const { status, signal, output } = buildProject(root, { NO_COLOR: '1' });
		expect(signal, output.slice(-2000)).toBeNull();
		expect(status).not.toBe(0);
		const lines = output.split('\n').map((line) => line.replace(/^.*?\[(?:validate-catalogs|content|catalog-loader)\] /, '').trim());
		for (const fixture of HOSTILE_FIXTURES) expect(lines, fixture.name).toContain(fixture.expected.replace('DIR', 'src/content/catalogs'));
		expect(output).not.toMatch(/RangeError|Maximum call stack|Complete!/);
	}, 180_000);
});
