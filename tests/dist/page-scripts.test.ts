import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/integrations/built-files.ts';
import { COMPILE_HINT } from '../../src/integrations/compile-hints.ts';
import { staticImports } from '../../src/integrations/page-scripts.ts';

/** The built module's static imports, read from the file itself. */
const importsOf = (file: string) => staticImports(readFileSync(join('dist/_astro', file), 'utf8'));

describe('module preload in the built pages', () => {
	const pages = filesUnder('dist', '.html');

	it.each(pages)('%s asks at once for every module its scripts import', (page) => {
		const html = readFileSync(page, 'utf8');
		const scripts = [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map((m) => m[1]);
		const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="\/_astro\/([^"]+)">/g)].map((m) => m[1]));
		expect(scripts.length).toBeGreaterThan(0);
		// One level is enough to check: each imported module is itself either a script of the page or preloaded, and so on down.
		const requested = new Set([...scripts, ...preloaded]);
		for (const file of requested) for (const imported of importsOf(file)) expect(requested.has(imported), `${page}: ${file} imports ${imported}`).toBe(true);
		// Nothing loaded on intent is preloaded with the page.
		expect([...preloaded].filter((file) => /search-dialog|venue-filter-page|anchor-notice|text-search/.test(file))).toEqual([]);
	});
});

describe('compile hints in the built modules', () => {
	const hinted = (path: string) => readFileSync(path, 'utf8').startsWith(`${COMPILE_HINT}\n`);
	const loadedWithPages = new Set(
		filesUnder('dist', '.html').flatMap((page) => {
			const html = readFileSync(page, 'utf8');
			return [...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="\/_astro\/([^"]+)"/g)].map((m) => m[1]);
		}),
	);
	const modules = filesUnder('dist/_astro', '.js').map((path) => path.slice('dist/_astro/'.length));

	it("a module no page loads with itself is compiled whole as it loads; a page's own modules are not", () => {
		const onIntent = modules.filter((file) => !loadedWithPages.has(file));
		// The search engine and the venue filter are among those loaded on intent.
		expect(onIntent.some((file) => file.startsWith('search-dialog.'))).toBe(true);
		expect(onIntent.some((file) => file.startsWith('venue-filter-page.'))).toBe(true);
		for (const file of onIntent) expect(hinted(join('dist/_astro', file)), file).toBe(true);
		expect(loadedWithPages.size).toBeGreaterThan(0);
		for (const file of loadedWithPages) expect(hinted(join('dist/_astro', file)), file).toBe(false);
	});

	it("Pagefind's script, loaded on intent too, carries the hint once and still declares its version", () => {
		const script = readFileSync('dist/pagefind/pagefind.js', 'utf8');
		expect(script.startsWith(`${COMPILE_HINT}\nconst pagefind_version=`)).toBe(true);
		expect(script.split(COMPILE_HINT)).toHaveLength(2);
	});
});
