import { readFileSync } from 'node:fs';
import { buildCatalog, type Catalog } from '../../src/lib/catalog-model.ts';
import { loadCatalogFiles } from '../../src/lib/load-catalogs.ts';
import type { CatalogData } from '../../src/lib/catalog-schema.ts';

/** The real catalogs, validated and modelled exactly as the build does. */
export function realCatalogs(): Catalog[] {
	const { catalogs, problems } = loadCatalogFiles();
	if (problems.length) throw new Error(`catalogs invalid: ${problems.map((p) => p.message).join('; ')}`);
	return catalogs.map((c) => buildCatalog(c.slug, c.data as CatalogData));
}

/** The text of a real catalog file, to derive bad fixtures from. */
export function catalogText(slug: string): string {
	return readFileSync(`src/content/catalogs/${slug}.yaml`, 'utf8');
}
