import type { APIRoute } from 'astro';
import { getCatalogs } from '../../catalog/collection.ts';
import { exportIndex } from '../../exports/documents.ts';

export const GET: APIRoute = async ({ site }) => Response.json(exportIndex(await getCatalogs(), site!));
