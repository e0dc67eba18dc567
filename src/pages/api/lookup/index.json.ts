import type { APIRoute } from 'astro';
import { getLookupData } from '../../../lib/catalogs.ts';

/** The lookup manifest: venues (names, payload shapes) and the shard count. */
export const GET: APIRoute = async () => Response.json((await getLookupData()).manifest);
