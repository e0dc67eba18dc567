import type { APIRoute, GetStaticPaths } from 'astro';
import { getLookupData } from '../../../catalog/collection.ts';
import type { LookupShard } from '../../../resolver/lookup-keys.ts';

/** One shard of the lookup data: `/api/lookup/<n>.json` (see src/resolver/lookup-keys.ts). */
export const getStaticPaths = (async () =>
	(await getLookupData()).shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: LookupShard }> = ({ props }) => Response.json(props.shard);
