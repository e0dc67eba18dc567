import { readFileSync } from 'node:fs';
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
