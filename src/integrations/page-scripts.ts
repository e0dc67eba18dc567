import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from './built-files.ts';
import { modulesLoadedOnIntent, withCompileHint } from './compile-hints.ts';
import { minifyInlineScripts } from './inline-scripts.ts';
import { pageStructure } from './page-structure.ts';

/**
 * The modules a built module imports statically: `import{a as b}from"./x.js"`, `import"./x.js"`,
 * `export{c}from"./y.js"`. Not `import("./z.js")`: that one loads on intent, and preloading it
 * would fetch it with the page. Read from the bundler's output, whose specifiers are always
 * quoted relative paths; a regular expression rather than es-module-lexer, which is not a direct
 * dependency of the project.
 */
export function staticImports(js: string): string[] {
	return [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((match) => match[1].slice(2));
}

/**
 * Every module the page's module scripts (`entries`, file names in one folder) import
 * statically, at any depth, without the scripts themselves: what the browser would otherwise
 * discover one round trip at a time.
 */
export function modulesToPreload(entries: string[], importsOf: (file: string) => string[]): string[] {
	const seen = new Set(entries);
	const found: string[] = [];
	const visit = (file: string) => {
		for (const next of importsOf(file)) {
			if (seen.has(next)) continue;
			seen.add(next);
			found.push(next);
			visit(next);
		}
	};
	for (const entry of entries) visit(entry);
	return found;
}

/**
 * The pages' scripts, in one pass over the pages. Adds `<link rel="modulepreload">` for what a
 * page's scripts import statically, so that the browser fetches the whole graph at once: a page's
 * script importing a shared chunk (the preload helper, the search events) was a request deeper,
 * which a phone on a slow network waits for and Lighthouse's simulation counts before the largest
 * paint. And minifies the page's inline scripts (src/integrations/inline-scripts.ts). The same
 * write points the page at the assets an earlier pass renamed (`renamedAssets`, from
 * ./unused-css.ts), so that each page is read and written once for both. Last, the modules no
 * page loads with itself (the search engine, the venue filter …) get V8's compile hint
 * (./compile-hints.ts): they are loaded on intent, to run at once.
 */
export function pageScripts({ renamedAssets = new Map() }: { renamedAssets?: ReadonlyMap<string, string> } = {}): AstroIntegration {
	return {
		name: 'page-scripts',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				const imports = new Map<string, string[]>();
				const importsOf = (file: string) => {
					let found = imports.get(file);
					if (!found) imports.set(file, (found = staticImports(readFileSync(join(root, '_astro', file), 'utf8'))));
					return found;
				};
				const loadedWithPages = new Set<string>();
				for (const page of filesUnder(root, '.html')) {
					const built = readFileSync(page, 'utf8');
					const { headEnd, scripts } = pageStructure(built);
					if (headEnd === -1) throw new Error(`${page} has no </head>: its module preloads have nowhere to go`);
					const entries = scripts.flatMap(({ attributes }) => /^ type="module" src="\/_astro\/([^"]+\.js)"/.exec(attributes)?.[1] ?? []);
					const preloads = modulesToPreload(entries, importsOf);
					for (const file of [...entries, ...preloads]) loadedWithPages.add(file);
					const links = preloads.map((file) => `<link rel="modulepreload" href="/_astro/${file}">`);
					// The head and the rest are minified apart, so that the preloads go where the head ends.
					const inHead = scripts.filter((script) => script.codeEnd <= headEnd);
					const after = scripts
						.filter((script) => script.codeStart > headEnd)
						.map((script) => ({ ...script, codeStart: script.codeStart - headEnd, codeEnd: script.codeEnd - headEnd }));
					let head = minifyInlineScripts(built.slice(0, headEnd), inHead);
					let rest = minifyInlineScripts(built.slice(headEnd), after);
					// As an attribute value, quotes and all: catalog text has its `"` escaped, so it never matches.
					for (const [from, to] of renamedAssets) {
						head = head.replaceAll(`"/${from}"`, `"/${to}"`);
						if (rest.includes(`"/${from}"`)) rest = rest.replaceAll(`"/${from}"`, `"/${to}"`);
					}
					const html = head + links.join('') + rest;
					if (html !== built) writeFileSync(page, html);
				}
				const modules = readdirSync(join(root, '_astro')).filter((file) => file.endsWith('.js'));
				for (const file of modulesLoadedOnIntent(modules, loadedWithPages)) {
					const path = join(root, '_astro', file);
					writeFileSync(path, withCompileHint(readFileSync(path, 'utf8')));
				}
			},
		},
	};
}
