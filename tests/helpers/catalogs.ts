import { readFileSync } from 'node:fs';
import type { Catalog } from '../../src/catalog/model.ts';
import { loadCatalogFiles, loadCatalogModels } from '../../src/catalog/load.ts';

/** The real catalogs, validated and modelled exactly as the build does. */
export function realCatalogs(): Catalog[] {
	const { problems } = loadCatalogFiles();
	if (problems.length) throw new Error(`catalogs invalid: ${problems.map((p) => p.message).join('; ')}`);
	return loadCatalogModels();
}

/** The text of a real catalog file, to derive bad fixtures from. */
export function catalogText(slug: string): string {
	return readFileSync(`src/content/catalogs/${slug}.yaml`, 'utf8');
}
