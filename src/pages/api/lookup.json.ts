import type { APIRoute } from 'astro';
import { getCatalogs } from '../../lib/catalogs.ts';
import { lookupIndex } from '../../lib/export.ts';

export const GET: APIRoute = async () => Response.json(lookupIndex(await getCatalogs()));
