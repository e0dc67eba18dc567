import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/catalog/model.ts';
import { CATALOG_DIR, loadCatalogFiles, loadCatalogModels } from '../../src/catalog/load.ts';

/** The real catalogs, validated and modelled as the build does, from the files (never a result a build kept). */
export function realCatalogs(): Catalog[] {
	const { problems } = loadCatalogFiles(CATALOG_DIR, process.cwd(), { reuse: false });
	if (problems.length) throw new Error(`catalogs invalid: ${problems.map((p) => p.message).join('; ')}`);
	return loadCatalogModels(CATALOG_DIR, process.cwd(), { reuse: false });
}

/** The text of a real catalog file, to derive bad fixtures from. */
export function catalogText(slug: string): string {
	return readFileSync(`src/content/catalogs/${slug}.yaml`, 'utf8');
}

/**
 * Fills the scratch folder `root` with what the keys of the build's kept outputs read beside their
 * code (`catalogOutputKey`, src/catalog/load.ts): the real catalogs and the lockfile. Returns `root`.
 */
export function catalogKeyProject(root: string): string {
	cpSync(CATALOG_DIR, join(root, CATALOG_DIR), { recursive: true });
	cpSync('package-lock.json', join(root, 'package-lock.json'));
	return root;
}
