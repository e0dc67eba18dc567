import type { APIRoute } from 'astro';
import { getCatalogs } from '../lib/catalogs.ts';
import { llmsFull } from '../lib/llms.ts';

export const GET: APIRoute = async ({ site }) => new Response(llmsFull(await getCatalogs(), site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
