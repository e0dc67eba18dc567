import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/integrations/built-files.ts';
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
