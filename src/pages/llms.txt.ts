import type { APIRoute } from 'astro';
import { getCatalogs } from '../catalog/collection.ts';
import { llmsIndex } from '../exports/llms.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(llmsIndex(await getCatalogs(), site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
