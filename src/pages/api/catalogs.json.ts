import type { APIRoute } from 'astro';
import { getCatalogs } from '../../lib/catalogs.ts';
import { exportIndex } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => Response.json(exportIndex(await getCatalogs(), site!));
