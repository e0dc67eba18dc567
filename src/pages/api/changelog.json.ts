import type { APIRoute } from 'astro';
import { getCatalogs } from '../../catalog/collection.ts';
import { exportChangelog } from '../../exports/documents.ts';

export const GET: APIRoute = async () => Response.json(exportChangelog(await getCatalogs()));
