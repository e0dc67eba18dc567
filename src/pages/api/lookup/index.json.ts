import type { APIRoute } from 'astro';
import { getLookupData } from '../../../catalog/collection.ts';

/** The lookup manifest: venues (names, payload shapes) and the shard count. */
export const GET: APIRoute = async () => Response.json((await getLookupData()).manifest);
