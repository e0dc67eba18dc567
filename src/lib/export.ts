import type { Catalog, CodeEntry } from './catalog-model.ts';

/** Version of the JSON export's shape; bump on breaking changes. */
export const EXPORT_VERSION = 1;

export interface ExportedCode {
	code: string;
	name: string | null;
	messages: string[];
	group: string;
	category: CodeEntry['category'];
	retry: CodeEntry['retry'];
	ccxt: CodeEntry['ccxt'];
	/** Absolute deep link to the code's entry. */
	url: string;
	notes: string[];
	sharesMessageWith: string[];
}

export interface ExportedCatalog {
	version: number;
	slug: string;
	venue: string;
	product: string;
	summary: string;
	source: Catalog['source'];
	transport: string;
	payload: Catalog['payload'];
	url: string;
	groups: { id: string; title: string; label: string | null; rule: string; url: string; count: number }[];
	counts: { codes: number; messages: number };
	codes: ExportedCode[];
}

/** The `/api/<slug>.json` document: venue metadata and every code, verbatim. */
export function exportCatalog(catalog: Catalog, site: URL): ExportedCatalog {
	const absolute = (path: string) => new URL(path, site).href;
	return {
		version: EXPORT_VERSION,
		slug: catalog.slug,
		venue: catalog.venue,
		product: catalog.product,
		summary: catalog.summary,
		source: catalog.source,
		transport: catalog.transport,
		payload: catalog.payload,
		url: absolute(catalog.href),
		groups: catalog.groups.map((group) => ({
			id: group.id,
			title: group.title,
			label: group.label ?? null,
			rule: group.rule,
			url: absolute(`${catalog.href}#${group.id}`),
			count: group.entries.length,
		})),
		counts: { codes: catalog.entries.length, messages: catalog.messageCount },
		codes: catalog.entries.map((entry) => ({
			code: entry.code,
			name: entry.name ?? null,
			messages: entry.messages,
			group: entry.groupId,
			category: entry.category,
			retry: entry.retry,
			ccxt: entry.ccxt,
			url: absolute(entry.href),
			notes: entry.notes,
			sharesMessageWith: entry.sharesMessageWith,
		})),
	};
}

/** The `/api/catalogs.json` index: one line per venue with its counts and links. */
export function exportIndex(catalogs: Catalog[], site: URL) {
	const absolute = (path: string) => new URL(path, site).href;
	return {
		version: EXPORT_VERSION,
		catalogs: catalogs.map((catalog) => ({
			slug: catalog.slug,
			venue: catalog.venue,
			product: catalog.product,
			url: absolute(catalog.href),
			json: absolute(`/api/${catalog.slug}.json`),
			counts: { codes: catalog.entries.length, messages: catalog.messageCount },
			groups: catalog.groups.map((group) => group.title),
		})),
		counts: {
			codes: catalogs.reduce((sum, c) => sum + c.entries.length, 0),
			messages: catalogs.reduce((sum, c) => sum + c.messageCount, 0),
		},
	};
}
