/**
 * Every path the site publishes a file or a page at, built in one place: a path is written once,
 * and pages, documents, llms.txt and the browser all ask here.
 */

/** Files under `/api/`. */
export const API_PATHS = {
	/** The JSON Schema of every file under `/api/`; each kind is one of its `$defs`. */
	schema: '/api/schema.json',
	catalogs: '/api/catalogs.json',
	changelog: '/api/changelog.json',
	catalog: (slug: string) => `/api/${slug}.json`,
	ccxtMap: (slug: string) => `/api/ccxt/${slug}.json`,
	lookupIndex: '/api/lookup/index.json',
	lookupShard: (shard: number) => `/api/lookup/${shard}.json`,
} as const;

/** Text files for language models at the root of the site. */
export const TEXT_PATHS = {
	llms: '/llms.txt',
	llmsFull: '/llms-full.txt',
} as const;

/** Pages of the site that are addressed by a value. */
export const PAGE_PATHS = {
	/** A category's page, listing its codes across venues. */
	category: (category: string) => `/compare/${category}/`,
} as const;

/** A site path made absolute against the public origin. */
export function absoluteUrl(path: string, site: URL): string {
	return new URL(path, site).href;
}
