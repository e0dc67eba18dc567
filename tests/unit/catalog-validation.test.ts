import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogText } from '../helpers/catalogs.ts';

/**
 * Each fixture is a real catalog with one mistake made in it. `npm run check` (the same
 * validation the build runs) must exit 1 and print one line naming the file, the line, the code
 * and the fix, for every problem at once.
 */
interface Fixture {
	name: string;
	files: Record<string, string>;
	/** Every expected line must appear in stderr. */
	expected: (string | RegExp)[];
}

const coinflex = catalogText('coinflex');
const binance = catalogText('binance-options');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const replaceOnce = (text: string, from: string, to: string) => {
	if (!text.includes(from)) throw new Error(`fixture anchor not found: ${from}`);
	return text.replace(from, to);
};

const fixtures: Fixture[] = [
	{
		name: 'YAML syntax error',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '  - code: "20000"', '  - code: "20000\n    broken: [') },
		expected: [/^src\/fixture\/coinflex\.yaml:\d+: YAML syntax error: /m],
	},
	{
		name: 'misspelt messages key',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '    messages:\n      - Signature is invalid', '    mesages:\n      - Signature is invalid') },
		expected: [
			`src/fixture/coinflex.yaml:${lineOf(coinflex, '    messages:\n      - Signature is invalid')}: code 20000: unknown key "mesages" in codes.1; check the spelling`,
		],
	},
	{
		name: 'misspelt name key',
		files: { 'binance-options.yaml': replaceOnce(binance, '    name: BAD_SYMBOL', '    naem: BAD_SYMBOL') },
		expected: [`src/fixture/binance-options.yaml:${lineOf(binance, '    name: BAD_SYMBOL')}: code -1121: unknown key "naem"`],
	},
	{
		name: 'missing required key',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '    category: permission\n', '') },
		expected: [/coinflex\.yaml:\d+: code 05001: missing required key codes\.0\.category/],
	},
	{
		name: 'unquoted code with a leading zero',
		files: { 'coinflex.yaml': replaceOnce(coinflex, 'code: "05001"', 'code: 05001') },
		expected: [
			`src/fixture/coinflex.yaml:${lineOf(coinflex, 'code: "05001"')}: code 05001: code written as 05001 is read by YAML as the number 5001, not a string; quote it: code: "05001"`,
		],
	},
	{
		name: 'unquoted negative code',
		files: { 'binance-options.yaml': replaceOnce(binance, 'code: "-1121"', 'code: -1121') },
		expected: [`code -1121: code written as -1121 is read by YAML as the number -1121, not a string; quote it: code: "-1121"`],
	},
	{
		name: 'unquoted hexadecimal code',
		files: { 'coinflex.yaml': replaceOnce(coinflex, 'code: "20003"', 'code: 0x1F') },
		expected: [`code 0x1F: code written as 0x1F is read by YAML as the number 31, not a string; quote it: code: "0x1F"`],
	},
	{
		name: 'message YAML reads as a boolean',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '      - Unrecognized operation', '      - true') },
		expected: [`code 20003: a message written as true is read by YAML as the boolean true, not a string; quote it: - "true"`],
	},
	{
		name: 'duplicate code',
		files: { 'coinflex.yaml': replaceOnce(coinflex, 'code: "20001"', 'code: "20000"') },
		expected: [`code 20000: duplicate code: "20000" is listed as codes entry 2 and again as entry 3`],
	},
	{
		name: 'duplicate venue slug',
		files: { 'coinflex.yaml': coinflex, 'coinflex.yml': coinflex },
		expected: [`src/fixture/coinflex.yml: duplicate venue slug "coinflex": src/fixture/coinflex.yaml publishes the same slug`],
	},
	{
		name: 'empty message list',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '    messages:\n      - Signature is invalid', '    messages: []') },
		expected: [`code 20000: code "20000" has no messages; list at least one message exactly as the venue sends it`],
	},
	{
		name: 'whitespace-only message',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '      - Signature is invalid', '      - "   "') },
		expected: [`code 20000: code "20000" message 1 is empty or only white space`],
	},
	{
		name: 'message with trailing white space',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '      - Signature is invalid', '      - "Signature is invalid "') },
		expected: [
			`src/fixture/coinflex.yaml:${lineOf(coinflex, '      - Signature is invalid')}: code 20000: code "20000" message 1 has leading or trailing white space`,
		],
	},
	{
		name: 'code outside its group range',
		files: {
			'binance-options.yaml': replaceOnce(
				binance,
				'    name: BAD_SYMBOL\n    group: request-issues',
				'    name: BAD_SYMBOL\n    group: general-server-or-network',
			),
		},
		expected: [
			`code -1121: code "-1121" is outside its group "general-server-or-network", which declares the ranges -1099 to -1000; move it to the right group or widen the range`,
		],
	},
	{
		name: 'group with no codes',
		files: { 'coinflex.yaml': replaceOnce(coinflex, 'groups:\n', 'groups:\n  - id: unused\n    title: Unused\n    match:\n      codes: ["99999"]\n') },
		expected: [`group "unused" has no codes; remove it or assign codes to it`],
	},
	{
		name: 'code in no group',
		files: { 'coinflex.yaml': replaceOnce(coinflex, '    group: authority', '    group: authorty') },
		expected: [`code 05001: code "05001" is in no group: group "authorty" is not declared under groups`],
	},
	{
		name: 'code in two groups',
		files: { 'binance-options.yaml': replaceOnce(binance, '      - [-2999, -1100]', '      - [-2999, -1000]') },
		expected: [
			`code -1000: code "-1000" is in two groups: "general-server-or-network" and "request-issues" whose ranges also hold it; narrow one of the ranges`,
		],
	},
	{
		name: 'group anchor equal to a code',
		files: { 'coinflex.yaml': replaceOnce(replaceOnce(coinflex, '  - id: authority', '  - id: "05001"'), '    group: authority', '    group: "05001"') },
		expected: [`code 05001: code "05001" collides with the anchor of group "05001"`],
	},
	{
		name: 'codes differing only in case',
		files: { 'webull.yaml': replaceOnce(catalogText('webull'), 'code: "INVALID_TOKEN"', 'code: "ILLEGAL_Parameter"') },
		expected: [`differs only in letter case from "ILLEGAL_PARAMETER"`],
	},
	{
		name: 'source URL that is not a URL',
		files: { 'coinflex.yaml': replaceOnce(coinflex, 'url: https://oxoxox.gitbook.io/ox-docs/api/websocket/error-codes', 'url: oxoxox gitbook error codes') },
		expected: [`src/fixture/coinflex.yaml:${lineOf(coinflex, 'url: https://')}: source.url: source.url must be an absolute http(s) URL`],
	},
	{
		name: 'several mistakes at once, all reported',
		files: {
			'coinflex.yaml': replaceOnce(replaceOnce(coinflex, 'code: "05001"', 'code: 05001'), '      - Signature is invalid', '      - " Signature is invalid"'),
			'binance-options.yaml': replaceOnce(binance, '    name: BAD_SYMBOL', '    naem: BAD_SYMBOL'),
		},
		expected: [
			'code 05001: code written as 05001',
			'code 20000: code "20000" message 1 has leading or trailing white space',
			'code -1121: unknown key "naem"',
			/^3 problems in the catalogs/m,
		],
	},
];

const root = mkdtempSync(join(tmpdir(), 'catalog-fixtures-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run check on bad catalogs', () => {
	it.each(fixtures)('$name', ({ name, files, expected }) => {
		const dir = join(root, name.replace(/\W+/g, '-'), 'src', 'fixture');
		spawnSync('mkdir', ['-p', dir]);
		for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
		const run = spawnSync(process.execPath, [join(process.cwd(), 'tools/check-catalogs.ts'), 'src/fixture'], { cwd: join(dir, '..', '..'), encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(1);
		for (const line of expected) {
			if (typeof line === 'string') expect(run.stderr).toContain(line);
			else expect(run.stderr).toMatch(line);
		}
		// One line per problem, each naming its file.
		const problemLines = run.stderr.split('\n').filter((l) => l.startsWith('src/fixture/'));
		expect(problemLines.length).toBeGreaterThan(0);
	});

	it('passes the real catalogs', () => {
		const run = spawnSync(process.execPath, ['tools/check-catalogs.ts'], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('7 catalogs, 1317 codes: all valid.');
	});
});
