import type { APIRoute, GetStaticPaths } from 'astro';
import type { Catalog } from '../../../catalog/model.ts';
import { getDataVersion, venuePaths } from '../../../catalog/collection.ts';
import { exportCcxtMap } from '../../../exports/ccxt-map.ts';

/** `/api/ccxt/<slug>.json`: the catalog as a CCXT exceptions map. */
export const getStaticPaths = venuePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ catalog: Catalog }> = async ({ props }) => Response.json(exportCcxtMap(props.catalog, await getDataVersion()));
