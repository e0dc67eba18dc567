import type { APIRoute, GetStaticPaths } from 'astro';
import type { Catalog } from '../../catalog/model.ts';
import { getDataVersion, venuePaths } from '../../catalog/collection.ts';
import { exportCatalog } from '../../exports/documents.ts';

export const getStaticPaths = venuePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ catalog: Catalog }> = async ({ props, site }) => Response.json(exportCatalog(props.catalog, site!, await getDataVersion()));
