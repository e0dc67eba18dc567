import { z } from 'astro/zod';
import { catalogTotals, type Catalog } from './catalog-model.ts';
import { CATEGORIES, CCXT_CLASSES, RETRY_ADVICE } from './vocabulary.ts';

/** Version of the JSON export's shape; bump on breaking changes. */
export const EXPORT_VERSION = 2;

/**
 * The shape of `/api/<slug>.json`, the single definition from which `/api/schema.json` is
 * generated. Codes are strings, always.
 */
export const exportedCatalogSchema = z
	.strictObject({
		version: z.literal(EXPORT_VERSION),
		slug: z.string(),
		venue: z.string(),
		product: z.string(),
		summary: z.string(),
		source: z.strictObject({ title: z.string(), url: z.url() }),
		transport: z.string(),
		payload: z.strictObject({ codeField: z.string(), messageField: z.string(), origin: z.enum(['venue', 'site']), example: z.string() }),
		url: z.url().describe('Absolute URL of the venue page.'),
		grouping: z.enum(['venue', 'site']).describe("Whose grouping the groups are: the venue's own sections or this site's."),
		groups: z.array(
			z.strictObject({
				id: z.string(),
				title: z.string(),
				label: z.string().nullable(),
				ranges: z.array(z.tuple([z.int(), z.int()])).nullable().describe('Numeric ranges the group declares, inclusive; null when it declares none.'),
				url: z.url(),
				count: z.int().min(1),
			}),
		),
		counts: z.strictObject({ codes: z.int(), messages: z.int() }),
		codes: z.array(
			z.strictObject({
				code: z.string().min(1).describe('The code exactly as the API sends it.'),
				name: z.string().nullable().describe('Symbolic name, where the venue gives one.'),
				messages: z.array(z.string().min(1)).min(1).describe('Every message variant, verbatim, in source order.'),
				group: z.string().describe('Site grouping: id of the group.'),
				category: z.enum(CATEGORIES).describe('Site classification.'),
				retry: z.enum(RETRY_ADVICE).nullable().describe('Site retry advice; null for codes that are not errors.'),
				ccxt: z.enum(CCXT_CLASSES).nullable().describe('CCXT exception class (site mapping); null for codes that are not errors.'),
				url: z.url().describe('Absolute deep link to the code: <site>/<slug>/#<code>.'),
				notes: z.array(z.string()).describe('Site notes.'),
				sharesMessageWith: z.array(z.string()).describe('Codes of the same venue with a message in common.'),
			}),
		),
	})
	.describe('One venue catalog of the trading API error-code reference.');

export type ExportedCatalog = z.infer<typeof exportedCatalogSchema>;

/** JSON Schema (draft 2020-12) of the per-venue export, served at `/api/schema.json`. */
export function exportJsonSchema(site: URL) {
	return { ...z.toJSONSchema(exportedCatalogSchema), $id: new URL('/api/schema.json', site).href, title: 'Trading API error-code catalog' };
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
		grouping: catalog.grouping,
		groups: catalog.groups.map((group) => ({
			id: group.id,
			title: group.title,
			label: group.label ?? null,
			ranges: group.ranges,
			url: absolute(group.href),
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
		schema: absolute('/api/schema.json'),
		catalogs: catalogs.map((catalog) => ({
			slug: catalog.slug,
			venue: catalog.venue,
			product: catalog.product,
			url: absolute(catalog.href),
			json: absolute(`/api/${catalog.slug}.json`),
			counts: { codes: catalog.entries.length, messages: catalog.messageCount },
			groups: catalog.groups.map((group) => group.title),
		})),
		counts: catalogTotals(catalogs),
	};
}
