import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_DIR } from '../../src/catalog/load.ts';
import { builtPagesKey, codeRecordsKey } from '../../src/integrations/code-search-index.ts';
import { catalogKeyProject } from '../helpers/catalogs.ts';

/**
 * The keys a build compares with the kept search index's (src/integrations/code-search-index.ts):
 * the same inputs give the same key, and any input that changes the index changes its key.
 */
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A scratch project holding the real catalogs and lockfile, removed after the tests. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'search-index-keys-'));
	roots.push(root);
	return catalogKeyProject(root);
}

describe("the code records' key", () => {
	it('is the same for the same catalogs and lockfile', () => {
		expect(codeRecordsKey(project())).toBe(codeRecordsKey(project()));
	});

	it('changes with a catalog byte and with the locked dependencies (Pagefind among them)', () => {
		const root = project();
		const before = codeRecordsKey(root);
		appendFileSync(join(root, CATALOG_DIR, 'webull.yaml'), '# a comment\n');
		const edited = codeRecordsKey(root);
		expect(edited).not.toBe(before);
		appendFileSync(join(root, 'package-lock.json'), '\n');
		expect(codeRecordsKey(root)).not.toBe(edited);
	});
});

describe("the built pages' key", () => {
	const about = { sourcePath: 'about/index.html', content: '<main data-pagefind-body><h1>About</h1></main>' };
	const home = { sourcePath: 'index.html', content: '<main data-pagefind-body><h1>Home</h1></main>' };

	it('is the same for the same pages', () => {
		expect(builtPagesKey([about, home])).toBe(builtPagesKey([{ ...about }, { ...home }]));
	});

	it("changes with a page's text, its path, a page more, and where one page's text ends and the next one's path begins", () => {
		const before = builtPagesKey([about, home]);
		expect(builtPagesKey([{ ...about, content: about.content.replace('About', 'About us') }, home])).not.toBe(before);
		expect(builtPagesKey([{ ...about, sourcePath: 'about-us/index.html' }, home])).not.toBe(before);
		expect(builtPagesKey([about])).not.toBe(before);
		expect(builtPagesKey([{ sourcePath: 'a', content: 'bc' }])).not.toBe(builtPagesKey([{ sourcePath: 'ab', content: 'c' }]));
	});
});
