import { getCollection } from 'astro:content';
import { buildCatalog, sortCatalogs, type Catalog } from './model.ts';

/** Static paths of the venue pages (`/<slug>/`), each with its catalog. */
export async function venuePaths() {
	return (await getCatalogs()).map((catalog) => ({ params: { venue: catalog.slug }, props: { catalog } }));
}

/** Static paths of the group pages of split venues (`/<slug>/<group>/`), each with its catalog and part. */
export async function venuePartPaths() {
	return (await getCatalogs()).flatMap((catalog) =>
		catalog.parts.map((part) => ({ params: { venue: catalog.slug, part: part.param }, props: { catalog, part } })),
	);
}

/** Every venue catalog from the content collection, as page models, in navigation order. */
export async function getCatalogs(): Promise<Catalog[]> {
	// Built once per build: every page and route asks.
	catalogs ??= getCollection('catalogs').then((entries) => sortCatalogs(entries.map((entry) => buildCatalog(entry.id, entry.data))));
	return catalogs;
}

let catalogs: Promise<Catalog[]> | undefined;
