import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../exports/schemas.ts';

export const GET: APIRoute = ({ site }) => Response.json(exportJsonSchema(site!));
