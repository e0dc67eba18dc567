import { getCollection } from 'astro:content';
import { buildCatalog, sortCatalogs, type Catalog } from './catalog-model.ts';

/** Static paths of the per-venue routes (`/<slug>/`, `/api/<slug>.json`), each with its catalog. */
export async function venuePaths() {
	return (await getCatalogs()).map((catalog) => ({ params: { venue: catalog.slug }, props: { catalog } }));
}

/** Every venue catalog from the content collection, as page models, in navigation order. */
export async function getCatalogs(): Promise<Catalog[]> {
	const entries = await getCollection('catalogs');
	return sortCatalogs(entries.map((entry) => buildCatalog(entry.id, entry.data)));
}
