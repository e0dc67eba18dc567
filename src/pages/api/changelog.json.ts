import type { APIRoute } from 'astro';
import { getCatalogs } from '../../lib/catalogs.ts';
import { exportChangelog } from '../../lib/export.ts';

export const GET: APIRoute = async () => Response.json(exportChangelog(await getCatalogs()));
