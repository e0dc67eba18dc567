import { runInNewContext } from 'node:vm';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, modulesLoadedOnIntent, withCompileHint } from '../../src/integrations/compile-hints.ts';
import { minifyInlineScripts } from '../../src/integrations/inline-scripts.ts';
import { modulesToPreload, staticImports } from '../../src/integrations/page-scripts.ts';
import { pageStructure } from '../../src/integrations/page-structure.ts';

describe('module preload', () => {
	it('reads the static imports of a bundled module, not its dynamic ones', () => {
		const js =
			'const __vite__mapDeps=1;import{t as e}from"./search-events.CaiGE9rs.js";import{t}from"./preload-helper.DygEbaNj.js";import"./side.A1.js";export{x}from"./re.B2.js";var n=()=>import(`./search-dialog.C.js`);import("./text-search.D.js")';
		expect(staticImports(js)).toEqual(['search-events.CaiGE9rs.js', 'preload-helper.DygEbaNj.js', 'side.A1.js', 're.B2.js']);
	});

	it('preloads every module the page scripts reach statically, once, and not the scripts themselves', () => {
		const graph: Record<string, string[]> = {
			'a.js': ['shared.js', 'b.js'],
			'b.js': ['deep.js'],
			'shared.js': [],
			'deep.js': ['shared.js'],
			'c.js': ['shared.js', 'a.js'],
		};
		expect(modulesToPreload(['a.js', 'c.js'], (file) => graph[file])).toEqual(['shared.js', 'b.js', 'deep.js']);
		expect(modulesToPreload(['shared.js'], (file) => graph[file])).toEqual([]);
	});
});

describe('compile hints', () => {
	it('puts the hint on a line of its own before the module, once', () => {
		const js = 'import{t as e}from"./a.js";export{e};';
		const hinted = withCompileHint(js);
		expect(hinted).toBe(`${COMPILE_HINT}\n${js}`);
		expect(withCompileHint(hinted)).toBe(hinted);
		// A module that merely mentions the hint further down still gets it first.
		expect(withCompileHint(`var s="${COMPILE_HINT}";`).startsWith(`${COMPILE_HINT}\nvar s=`)).toBe(true);
	});

	it('hints the modules no page loads with itself, and only those', () => {
		const modules = ['search-dialog.C.js', 'shell.A.js', 'shared.B.js', 'venue-filter-page.D.js'];
		expect(modulesLoadedOnIntent(modules, new Set(['shell.A.js', 'shared.B.js']))).toEqual(['search-dialog.C.js', 'venue-filter-page.D.js']);
		expect(modulesLoadedOnIntent(modules, new Set(modules))).toEqual([]);
	});
});

describe('inline scripts', () => {
	/** Runs a classic script in a fresh global scope and returns what it left there. */
	const globalsAfter = (code: string) => {
		const scope: Record<string, unknown> = {};
		runInNewContext(code, scope);
		return scope;
	};
	const scriptsOf = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => ({ attributes: match[1], code: match[2] }));

	it('minifies a classic script and keeps what it does, its global names included', () => {
		const code = `
			// Read by the theme picker.
			var storedTheme = 'dark';
			function pick(theme = storedTheme) {
				return { theme: theme, label: 'Theme: ' + theme };
			}
			var picked = pick();`;
		const [script] = scriptsOf(minifyInlineScripts(`<head><script>${code}</script></head>`));
		expect(script.code.length).toBeLessThan(code.length);
		expect(script.code).not.toMatch(/\n|\t/);
		expect(script.code).not.toContain('Read by');
		expect(JSON.stringify(globalsAfter(script.code))).toBe(JSON.stringify(globalsAfter(code)));
	});

	it('minifies a module script, and leaves scripts with a src, data blocks and what it cannot parse as they are', () => {
		const html = [
			'<script type="module">\n\tconst element = document.body;\n\texport {};\n</script>',
			'<script type="module" src="/_astro/a.js"></script>',
			'<script type="speculationrules">{ "prefetch": [ { "where": { "href_matches": "/*" } } ] }</script>',
			'<script type="application/ld+json">{ "@type": "WebSite",  "name": "x" }</script>',
			'<script>\n\tthis is not JavaScript\n</script>',
		].join('');
		const [module, ...rest] = scriptsOf(minifyInlineScripts(html));
		expect(module.code).not.toMatch(/\n|\t/);
		expect(rest).toEqual(scriptsOf(html).slice(1));
	});

	it('keeps a script whose minified text could close the element early as it is', () => {
		const html = `<script>\n\tvar closing = '<\\/script>';\n\tvar comment = '<\\!--';\n</script>`;
		expect(minifyInlineScripts(html)).toBe(html);
	});
});

describe('page structure', () => {
	// Catalog text in the head's attributes (a venue's name in og:title), where Astro leaves `<` as it is.
	const hostile = 'X</head><script>var spaced = 1</script>';
	const page = `<!doctype html><html><head><title>X&lt;/head></title><meta property="og:title" content="${hostile}"><script>\n\tvar theme = 'dark';\n</script></head><body><p id="${hostile}">text</p><script type="module" src="/_astro/a.js"></script></body></html>`;

	it('finds the head end and the script elements a browser finds, not those in attribute values', () => {
		const { headEnd, scripts } = pageStructure(page);
		expect(page.slice(headEnd, headEnd + 13)).toBe('</head><body>');
		expect(scripts.map((script) => [script.attributes, page.slice(script.codeStart, script.codeEnd)])).toEqual([
			['', "\n\tvar theme = 'dark';\n"],
			[' type="module" src="/_astro/a.js"', ''],
		]);
	});

	it('minifies only the real inline scripts: script text in an attribute value stays as written', () => {
		const minified = minifyInlineScripts(page);
		const $ = cheerio.load(minified);
		expect($('meta[property="og:title"]').attr('content')).toBe(hostile);
		expect($('p').attr('id')).toBe(hostile);
		expect($('head > script').text()).toBe('var theme=`dark`;');
	});
});
