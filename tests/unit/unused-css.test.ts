import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
	classesInUse,
	customPropertiesNamed,
	dropUnmatchable,
	dropUnreadProperties,
	keptStrippedSheets,
	strippedSheets,
} from '../../src/integrations/unused-css.ts';

/** The stylesheet after the pass, with `used` as the only classes on any page. */
function kept(css: string, used: string[]): string {
	const root = postcss.parse(css);
	dropUnmatchable(root, new Set(used));
	return root.toString().replace(/\s+/g, ' ').trim();
}

describe('unused CSS', () => {
	it('drops a rule only when none of its selectors can match', () => {
		expect(kept('.hero:where(.astro-abc){color:red}', ['code-entry'])).toBe('');
		expect(kept('.hero,.code-entry{color:red}', ['code-entry'])).toBe('.hero,.code-entry{color:red}');
		expect(kept('.sl-markdown-content .guidance{color:red}', ['sl-markdown-content'])).toBe('');
	});

	it("keeps Starlight's list spacing and the rules under .not-content, which PurgeCSS dropped", () => {
		const spacing =
			'.sl-markdown-content :is(ol,ul):has(>li>:not(a,strong,em,del,span,input,code,br,script,ol,ul))>li>:is(:last-child:not(a,strong,em,del,span,input,code,br,script,:where(.not-content *)),:not(script):has(~script:last-child):not(:has(~:not(script)))){margin-bottom:1.25rem}';
		expect(kept(spacing, ['sl-markdown-content'])).toBe(spacing);
		expect(kept('.sl-markdown-content h2:not(:where(.not-content *)){margin:0}', ['sl-markdown-content'])).not.toBe('');
	});

	it('reads :is(), :where() and :has() as lists of which one must match', () => {
		expect(kept('.page :is(.hero,.tagline){color:red}', ['page'])).toBe('');
		expect(kept('.page :is(.hero,.code-entry){color:red}', ['page', 'code-entry'])).not.toBe('');
		expect(kept('.page:has(.banner){color:red}', ['page'])).toBe('');
	});

	it('keeps rules on tags, attributes and states that scripts set, and keyframes', () => {
		for (const css of [
			'h4{margin:0}',
			':root[data-js] [data-group]{visibility:hidden}',
			'dialog[open]::backdrop{opacity:.5}',
			'@keyframes spin{from{rotate:0}to{rotate:1turn}}',
		])
			expect(kept(css, [])).toBe(css);
	});

	it('removes at-rules left empty', () => {
		expect(kept('@media (min-width:50em){.hero{color:red}}.page{color:blue}', ['page'])).toBe('.page{color:blue}');
	});

	it('takes classes from class attributes and every word of a script', () => {
		const used = classesInUse(['<p class="guidance  guidance__retry">x</p><a class="">y</a>'], ['el.className = "answer-hit__retry answer-hit__retry--no"']);
		expect([...used]).toEqual(expect.arrayContaining(['guidance', 'guidance__retry', 'answer-hit__retry', 'answer-hit__retry--no']));
		expect(used.has('')).toBe(false);
	});

	it('drops custom properties nothing reads, following chains across sheets, and keeps what a page or script names', () => {
		const sheets = [
			':root{--accent:blue;--accent-low:var(--accent);--unused:red;--chain:var(--unused-too);--unused-too:1px;--set-by-script:0}',
			'.page{color:var(--accent-low)}@media print{:root{--print-only:black}}',
		].map((css) => postcss.parse(css));
		dropUnreadProperties(sheets, customPropertiesNamed(['<svg style="--icon-size: 1em">', "el.style.setProperty('--set-by-script', '1')"]));
		expect(sheets.map((sheet) => sheet.toString())).toEqual([
			':root{--accent:blue;--accent-low:var(--accent);--set-by-script:0}',
			'.page{color:var(--accent-low)}',
		]);
	});

	it('does not count a property that reads itself as read', () => {
		const sheets = [postcss.parse(':root{--loop:var(--loop, 1px)}.a{--kept:2px}.b{width:var(--kept)}')];
		dropUnreadProperties(sheets, new Set());
		expect(sheets[0].toString()).toBe('.a{--kept:2px}.b{width:var(--kept)}');
	});
});

describe('the stripped stylesheets kept between builds', () => {
	const SHEETS = ['.used{color:red}.unused{color:blue}', ':root{--a:1;--b:2}.used{width:var(--a)}'];
	const files = ['a.css', 'b.css'];
	const scratchFile = () => join(mkdtempSync(join(tmpdir(), 'unused-css-')), 'cache/unused-css.json');

	it('are what the pass makes, and are read back for the same sheets, classes and properties', () => {
		const cacheFile = scratchFile();
		const fresh = strippedSheets(SHEETS, new Set(['used']), new Set());
		expect(fresh[0]).not.toContain('unused');
		expect(fresh[1]).not.toContain('--b');
		expect(keptStrippedSheets(cacheFile, files, SHEETS, new Set(['used']), new Set())).toEqual(fresh);
		// What is read back is the file's: marked, it shows.
		const kept = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; sheets: string[] };
		writeFileSync(cacheFile, JSON.stringify({ ...kept, sheets: ['/* kept */', '/* kept */'] }));
		expect(keptStrippedSheets(cacheFile, files, SHEETS, new Set(['used']), new Set())).toEqual(['/* kept */', '/* kept */']);
	});

	it('are made anew when a sheet, a class in use, a named property or a file name changes, or the file is not whole', () => {
		const cacheFile = scratchFile();
		const run = (sheets: string[], used: string[], named: string[], names = files) =>
			keptStrippedSheets(cacheFile, names, sheets, new Set(used), new Set(named));
		const mark = () => {
			const kept = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string };
			writeFileSync(cacheFile, JSON.stringify({ ...kept, sheets: ['/* kept */', '/* kept */'] }));
		};
		run(SHEETS, ['used'], []);
		for (const [sheets, used, named, names] of [
			[[SHEETS[0] + '.more{}', SHEETS[1]], ['used'], [], files],
			[SHEETS, ['used', 'unused'], [], files],
			[SHEETS, ['used'], ['--b'], files],
			[SHEETS, ['used'], [], ['a.css', 'c.css']],
		] as const) {
			mark();
			const result = run([...sheets], [...used], [...named], [...names]);
			expect(result).toEqual(strippedSheets([...sheets], new Set(used), new Set(named)));
		}
		writeFileSync(cacheFile, '{"key":');
		expect(run(SHEETS, ['used'], [])).toEqual(strippedSheets(SHEETS, new Set(['used']), new Set()));
	});
});
