import { dataVersion, type Catalog } from '../catalog/model.ts';
import { buildLookupData } from '../resolver/shard-builder.ts';
import { exportCcxtMap } from './ccxt-map.ts';
import { exportCatalog, exportChangelog, exportIndex } from './documents.ts';
import { llmsFull, llmsIndex } from './llms.ts';
import { exportJsonSchema } from './schemas.ts';
import { API_PATHS, TEXT_PATHS } from './urls.ts';

/** One file the site publishes: its path on the site and its body. */
export interface PublishedFile {
	path: string;
	body: string;
}

/** A JSON file as `Response.json` would send it. */
const json = (path: string, document: unknown): PublishedFile => ({ path, body: JSON.stringify(document) });

/**
 * The lookup data as files: the manifest at `/api/lookup/index.json` and each shard at
 * `/api/lookup/<n>.json`.
 */
function* lookupFiles(catalogs: Catalog[]): Generator<PublishedFile> {
	const { manifest, shards } = buildLookupData(catalogs);
	yield json(API_PATHS.lookupIndex, manifest);
	for (const [n, shard] of shards.entries()) yield json(API_PATHS.lookupShard(n), shard);
}

/**
 * Every file the site publishes beside its pages, made from the catalogs: the JSON documents
 * under `/api/` (the index, the JSON Schema, the changelog, each venue's catalog and CCXT map),
 * llms.txt and llms-full.txt, and the lookup data. One at a time, so that a writer holds one
 * file's text, not all of them. `site` is the public origin absolute links are made against.
 */
export function* publishedFiles(catalogs: Catalog[], site: URL): Generator<PublishedFile> {
	const version = dataVersion(catalogs);
	yield json(API_PATHS.catalogs, exportIndex(catalogs, site));
	yield json(API_PATHS.schema, exportJsonSchema(site));
	yield json(API_PATHS.changelog, exportChangelog(catalogs));
	for (const catalog of catalogs) {
		yield json(API_PATHS.catalog(catalog.slug), exportCatalog(catalog, site, version));
		yield json(API_PATHS.ccxtMap(catalog.slug), exportCcxtMap(catalog, version));
	}
	yield { path: TEXT_PATHS.llms, body: llmsIndex(catalogs, site) };
	yield { path: TEXT_PATHS.llmsFull, body: llmsFull(catalogs, site) };
	yield* lookupFiles(catalogs);
}
