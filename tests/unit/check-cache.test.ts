import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_CACHE_FILE, checkKey, readCachedCheck } from '../../src/catalog/check-cache.ts';
import { CATALOG_DIR, loadCatalogFiles } from '../../src/catalog/load.ts';
import { reservedSlugs } from '../../src/catalog/reserved-slugs.ts';

/**
 * A build keeps its clean catalog check in node_modules/.cache and reuses it while nothing that
 * decides the result has changed. Each test works in a project of its own: the real catalogs
 * and route files copied to a scratch folder.
 */
const scratch = mkdtempSync(join(tmpdir(), 'check-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let projects = 0;
/** A scratch project holding the real catalogs and pages. */
function project(): string {
	const root = join(scratch, String(projects++));
	cpSync(CATALOG_DIR, join(root, CATALOG_DIR), { recursive: true });
	cpSync('src/pages', join(root, 'src/pages'), { recursive: true });
	return root;
}
const keyOf = (root: string) => checkKey(join(root, CATALOG_DIR), root, reservedSlugs(root));
const kept = (root: string) => JSON.parse(readFileSync(join(root, CHECK_CACHE_FILE), 'utf8')) as { key: string };

describe('the kept catalog check', () => {
	it('is written by a clean check and gives back exactly what checking the files gives', () => {
		const root = project();
		const fresh = loadCatalogFiles(CATALOG_DIR, root, { reuse: false });
		expect(fresh.problems).toEqual([]);
		expect(existsSync(join(root, CHECK_CACHE_FILE))).toBe(false);
		loadCatalogFiles(CATALOG_DIR, root, { reuse: true });
		expect(kept(root).key).toBe(keyOf(root));
		expect(readCachedCheck(root, keyOf(root))).toEqual(fresh);
	});

	it('is what a build reads while its key holds: a result kept under the key is returned as it is', () => {
		const root = project();
		const key = keyOf(root);
		// A result no check of these files could give: only a read of the kept file returns it.
		const planted = { catalogs: [], problems: [{ file: 'planted', message: 'from the kept file' }] };
		mkdirSync(dirname(join(root, CHECK_CACHE_FILE)), { recursive: true });
		writeFileSync(join(root, CHECK_CACHE_FILE), JSON.stringify({ key, result: planted }));
		expect(loadCatalogFiles(CATALOG_DIR, root, { reuse: true })).toEqual(planted);
		expect(loadCatalogFiles(CATALOG_DIR, root, { reuse: false }).problems).toEqual([]);
	});

	it('changes with a catalog byte, a new file, or a page taking a slug', () => {
		const root = project();
		const before = keyOf(root);
		appendFileSync(join(root, CATALOG_DIR, 'coinflex.yaml'), '# a comment\n');
		const edited = keyOf(root);
		expect(edited).not.toBe(before);
		writeFileSync(join(root, CATALOG_DIR, 'notes.txt'), '');
		const added = keyOf(root);
		expect(added).not.toBe(edited);
		writeFileSync(join(root, 'src/pages/coinflex.astro'), '');
		expect(keyOf(root)).not.toBe(added);
	});

	it('is not kept for a result with problems, and a kept one of other files is not used', () => {
		const root = project();
		loadCatalogFiles(CATALOG_DIR, root, { reuse: true });
		const clean = kept(root).key;
		const file = join(root, CATALOG_DIR, 'coinflex.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('  - code: "20000"', '  - code: "20000\n    broken: ['));
		const broken = loadCatalogFiles(CATALOG_DIR, root, { reuse: true });
		expect(broken.problems.map((p) => p.message).join('\n')).toMatch(/YAML syntax error/);
		expect(kept(root).key).toBe(clean);
	});
});
