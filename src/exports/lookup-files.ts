import type { Catalog } from '../catalog/model.ts';
import { buildLookupData } from '../resolver/shard-builder.ts';
import { API_PATHS } from './urls.ts';

/** One file the site publishes: its path on the site and its body. */
export interface PublishedFile {
	path: string;
	body: string;
}

/**
 * The lookup data as files: the manifest at `/api/lookup/index.json` and each shard at
 * `/api/lookup/<n>.json`. One at a time, so that a writer holds one shard's text, not all of them.
 */
export function* lookupFiles(catalogs: Catalog[]): Generator<PublishedFile> {
	const { manifest, shards } = buildLookupData(catalogs);
	yield { path: API_PATHS.lookupIndex, body: JSON.stringify(manifest) };
	for (const [n, shard] of shards.entries()) yield { path: API_PATHS.lookupShard(n), body: JSON.stringify(shard) };
}
