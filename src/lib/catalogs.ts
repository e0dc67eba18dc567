import { getCollection } from 'astro:content';
import { buildCatalog, sortCatalogs, type Catalog } from './catalog-model.ts';

/** Every venue catalog from the content collection, as page models, in navigation order. */
export async function getCatalogs(): Promise<Catalog[]> {
	const entries = await getCollection('catalogs');
	return sortCatalogs(entries.map((entry) => buildCatalog(entry.id, entry.data)));
}
