import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../src/integrations/code-search-index.ts';

/** A built site in a scratch folder: path under the output folder → HTML. */
function site(pages: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'built-pages-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), html);
	}
	roots.push(root);
	return root;
}
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const marked = '<html><body><main data-pagefind-body><h1>About</h1></main></body></html>';
const venue = '<html><body><main><article id="-2018">Balance is insufficient</article></main></body></html>';

describe('the pages sent to Pagefind', () => {
	it('are the marked pages, with the paths Pagefind makes their URLs from, when any page is marked', () => {
		const root = site({ 'about/index.html': marked, 'binance-spot/index.html': venue, 'index.html': marked });
		expect(
			builtPages(root)
				.map((page) => page.sourcePath)
				.sort(),
		).toEqual(['about/index.html', 'index.html']);
		expect(builtPages(root).find((page) => page.sourcePath === 'index.html')?.content).toBe(marked);
	});

	it('keep a page that only mentions the mark in its text: Pagefind, not a string search, decides it', () => {
		const root = site({ 'about/index.html': marked, 'quirk/index.html': '<p>data-pagefind-body is an attribute</p>' });
		expect(
			builtPages(root)
				.map((page) => page.sourcePath)
				.sort(),
		).toEqual(['about/index.html', 'quirk/index.html']);
	});

	it('are every page when none is marked, as Pagefind then indexes them all', () => {
		const root = site({ 'a/index.html': venue, 'b/index.html': venue });
		expect(builtPages(root)).toHaveLength(2);
	});
});
