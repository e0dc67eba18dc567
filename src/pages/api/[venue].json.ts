import type { APIRoute, GetStaticPaths } from 'astro';
import type { Catalog } from '../../lib/catalog-model.ts';
import { getCatalogs } from '../../lib/catalogs.ts';
import { exportCatalog } from '../../lib/export.ts';

export const getStaticPaths = (async () => {
	const catalogs = await getCatalogs();
	return catalogs.map((catalog) => ({ params: { venue: catalog.slug }, props: { catalog } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ catalog: Catalog }> = ({ props, site }) =>
	Response.json(exportCatalog(props.catalog, site!));
