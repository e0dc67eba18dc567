import type { APIRoute, GetStaticPaths } from 'astro';
import type { Catalog } from '../../lib/catalog-model.ts';
import { getDataVersion, venuePaths } from '../../lib/catalogs.ts';
import { exportCatalog } from '../../lib/export.ts';

export const getStaticPaths = venuePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ catalog: Catalog }> = async ({ props, site }) =>
	Response.json(exportCatalog(props.catalog, site!, await getDataVersion()));
