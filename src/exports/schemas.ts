/**
 * The data contract: the zod schema of every kind of file under `/api/`, and the one JSON Schema
 * generated from them. The documents (documents.ts, ccxt-map.ts) are typed by these.
 */
import { z } from 'astro/zod';
import { LICENCE } from './licence.ts';
import type { LookupManifest, LookupShard } from '../resolver/lookup-keys.ts';
import { CATEGORIES, CCXT_CLASSES, RETRY_ADVICE } from '../catalog/vocabulary.ts';
import { absoluteUrl, API_PATHS } from './urls.ts';

/** Version of the JSON export's shape; bump on breaking changes. */
export const EXPORT_VERSION = 4;

const day = z.iso.date().describe('A calendar date, YYYY-MM-DD.');
const licenceSchema = z
	.strictObject({ curation: z.literal(LICENCE.curation), curationUrl: z.url(), venueText: z.string(), ccxt: z.string(), attribution: z.string() })
	.describe('Licence of the site curation and attribution of the venue text and of CCXT.');
const ccxtRaiseSchema = z.strictObject({
	class: z.string().describe("CCXT's exception class."),
	via: z.enum(['code', 'message', 'fallback']).describe('What CCXT matched: the code, the message, or nothing (its generic class).'),
	key: z.string().nullable().describe("The key of CCXT's exceptions map that matched; null for the fallback."),
});
const relationSchema = z.enum(['same', 'broader', 'narrower', 'different']);
const historySchema = z.strictObject({
	date: day,
	summary: z.string(),
	initial: z.boolean().describe("The initial capture of the venue's document."),
	added: z.array(z.string()),
	removed: z.array(z.string()),
	reworded: z.array(z.string()).describe('Codes whose messages changed.'),
});

/**
 * The shape of `/api/<slug>.json`, the single definition from which its JSON Schema is
 * generated. Codes are strings, always.
 */
export const exportedCatalogSchema = z
	.strictObject({
		version: z.literal(EXPORT_VERSION),
		dataVersion: day.describe('Version of the data: the date of the latest change to any catalog (see /api/changelog.json).'),
		slug: z.string(),
		venue: z.string(),
		product: z.string(),
		summary: z.string(),
		source: z.strictObject({
			title: z.string(),
			url: z.url(),
			captured: day.describe("When the venue's document was captured."),
			checked: day.describe("When the catalog was last compared with the venue's live document."),
			repository: z.string().nullable().describe('For a source kept in a public repository: owner/name; null otherwise.'),
			path: z.string().nullable().describe("The source file's path in that repository."),
			commit: z.string().nullable().describe('The commit the source was copied at.'),
		}),
		licence: licenceSchema,
		transport: z.string(),
		payload: z.strictObject({ codeField: z.string(), messageField: z.string(), origin: z.enum(['venue', 'site']), example: z.string() }),
		url: z.url().describe('Absolute URL of the venue page.'),
		ccxt: z
			.strictObject({
				exchange: z.string().describe('CCXT exchange id and market, e.g. binance.option.'),
				version: z.string(),
				map: z.url().describe("This catalog as a CCXT exceptions map (the site's classes)."),
			})
			.nullable()
			.describe('The CCXT exchange class covering this API; null when CCXT has none.'),
		grouping: z.enum(['venue', 'site']).describe("Whose grouping the groups are: the venue's own sections or this site's."),
		groups: z.array(
			z.strictObject({
				id: z.string(),
				title: z.string(),
				label: z.string().nullable(),
				ranges: z
					.array(z.tuple([z.int(), z.int()]))
					.nullable()
					.describe('Numeric ranges the group declares, inclusive; null when it declares none.'),
				url: z.url(),
				count: z.int().min(1),
			}),
		),
		counts: z.strictObject({ codes: z.int(), messages: z.int() }),
		messageSets: z
			.array(
				z.strictObject({
					id: z.string(),
					title: z.string().describe("The source's heading of the list, verbatim."),
					codes: z.array(z.string()).min(1).describe('The codes these messages come under.'),
					messages: z.array(z.string().min(1)).min(1),
					url: z.url(),
				}),
			)
			.describe("Messages the source lists once for several codes; they are also in each of those codes' messages."),
		codes: z.array(
			z.strictObject({
				code: z.string().min(1).describe('The code exactly as the API sends it.'),
				name: z.string().nullable().describe('Symbolic name, where the venue gives one.'),
				description: z.string().nullable().describe("The venue's own description of the code, verbatim, where the source gives one."),
				deprecated: z.boolean().describe('Struck through in the source as no longer used; the entry and its link stay.'),
				messages: z.array(z.string().min(1)).min(1).describe('Every message variant, verbatim, in source order.'),
				group: z.string().describe('Id of the group.'),
				category: z.enum(CATEGORIES).describe('Site classification.'),
				retry: z.enum(RETRY_ADVICE).nullable().describe('Site retry advice; null for codes that are not errors.'),
				ccxt: z.enum(CCXT_CLASSES).nullable().describe('CCXT exception class the site suggests; null for codes that are not errors.'),
				ccxtActual: z
					.strictObject({
						exchange: z.string(),
						version: z.string(),
						classes: z.array(z.string()).min(1),
						relation: z.enum(['same', 'broader', 'narrower', 'different', 'unmapped']),
					})
					.nullable()
					.describe(
						"What CCXT itself raises for this code (across its messages) and how that relates to the site's class; null when CCXT has no class for the venue or takes the code as success.",
					),
				variants: z
					.array(
						z.strictObject({
							message: z.string().min(1).describe('The message, verbatim (the same as in messages, same order).'),
							refined: z.boolean().describe("Whether the site's guidance for this message differs from the code's."),
							category: z.enum(CATEGORIES),
							retry: z.enum(RETRY_ADVICE).nullable(),
							wait: z.string().nullable().describe("When a retry may come, in the site's words."),
							ccxt: z.enum(CCXT_CLASSES).nullable(),
							ccxtActual: ccxtRaiseSchema.nullable(),
							ccxtRelation: relationSchema.nullable().describe("How CCXT's class relates to the site's, where CCXT maps the code or message."),
							set: z.string().nullable().describe("Id of the message set this message comes from; null for the code's own."),
							sections: z
								.array(z.string())
								.describe("Titles of every source section that lists this message, where that is not only the code's group; empty otherwise."),
						}),
					)
					.min(1)
					.describe('Site guidance per message variant.'),
				url: z.url().describe('Absolute deep link to the code: <site>/<slug>/#<code>.'),
				notes: z.array(z.string()).describe('Site notes.'),
				sharesMessageWith: z.array(z.string()).describe('Codes of the same venue with a message in common.'),
			}),
		),
		history: z.array(historySchema).min(1).describe('Changes to this catalog, oldest first.'),
	})
	.describe('One venue catalog of the trading API error-code reference.');

export type ExportedCatalog = z.infer<typeof exportedCatalogSchema>;

/** `/api/catalogs.json`: one line per venue with its counts and the URLs of its files. */
export const catalogIndexSchema = z
	.strictObject({
		version: z.literal(EXPORT_VERSION),
		dataVersion: day,
		schema: z.url(),
		changelog: z.url(),
		licence: licenceSchema,
		catalogs: z.array(
			z.strictObject({
				slug: z.string(),
				venue: z.string(),
				product: z.string(),
				url: z.url(),
				json: z.url(),
				ccxtMap: z.url(),
				source: z.strictObject({ url: z.url(), captured: day, checked: day }),
				counts: z.strictObject({ codes: z.int(), messages: z.int() }),
				groups: z.array(z.string()),
			}),
		),
		counts: z.strictObject({ codes: z.int(), messages: z.int() }),
	})
	.describe('Index of every venue catalog.');

/** `/api/changelog.json`: every release of the data, newest first. */
export const changelogSchema = z
	.strictObject({
		version: z.literal(EXPORT_VERSION),
		dataVersion: day,
		releases: z.array(z.strictObject({ date: day, changes: z.array(historySchema.extend({ slug: z.string(), venue: z.string() })) })),
	})
	.describe('Changelog of the data: codes added, removed and reworded per venue, per release.');

/** `/api/ccxt/<slug>.json`: the catalog in CCXT's own exceptions-map shape. */
export const ccxtMapSchema = z
	.strictObject({
		version: z.literal(EXPORT_VERSION),
		dataVersion: day,
		slug: z.string(),
		note: z.string(),
		exact: z.record(z.string(), z.enum(CCXT_CLASSES)).describe('Code → CCXT class, for every error code (success codes are not errors).'),
		broad: z.record(z.string(), z.enum(CCXT_CLASSES)).describe("Message fragment → CCXT class, for message variants whose category differs from their code's."),
	})
	.describe("A venue's codes as a CCXT exceptions map ({ exact, broad }) with the site's classes.");

const venueProfileSchema = z.strictObject({
	slug: z.string(),
	title: z.string(),
	words: z.array(z.string()),
	codeField: z.string(),
	messageField: z.string(),
	shapeKeys: z.array(z.string()),
	stringCodes: z.boolean().describe('Whether the venue sends its codes as JSON strings.'),
	venue: z.string().describe('The company whose API this is (Binance for both Binance products).'),
	exampleCodes: z.array(z.string()).describe('Codes its documentation shows only in an example body, not in its list.'),
});

/** `/api/lookup/index.json` (see src/resolver/lookup-keys.ts). */
export const lookupManifestSchema = z
	.strictObject({
		version: z.literal(1),
		shards: z.int().min(1).describe('How many shards: /api/lookup/0.json … /api/lookup/<shards-1>.json.'),
		venues: z.array(venueProfileSchema),
	})
	.describe('Lookup manifest: venues and shard count. A key k:, p: or w: lives in shard fnv1a(key) mod shards.') satisfies z.ZodType<LookupManifest>;

/** `/api/lookup/<n>.json`. */
export const lookupShardSchema = z
	.strictObject({
		records: z.array(
			z.strictObject({
				venue: z.string(),
				code: z.string(),
				name: z.string().optional(),
				href: z.string().describe('Site-relative deep link.'),
				messages: z.array(z.string()),
				category: z.enum(CATEGORIES),
				retry: z.enum(RETRY_ADVICE).nullable(),
				variants: z
					.record(z.string(), z.strictObject({ retry: z.enum(RETRY_ADVICE).nullable(), wait: z.string().nullable() }))
					.optional()
					.describe('Guidance of refined messages, keyed by message index.'),
			}),
		),
		keys: z.record(z.string(), z.array(z.int().min(0))).describe('Key → indices into records.'),
	})
	.describe('One shard of the lookup data.') satisfies z.ZodType<LookupShard>;

/** Every kind of file under `/api/`, its path, and its schema: the one data contract. */ export const API_FILES = [
	{ kind: 'catalogs', path: API_PATHS.catalogs, pattern: /^\/api\/catalogs\.json$/, schema: catalogIndexSchema },
	{ kind: 'changelog', path: API_PATHS.changelog, pattern: /^\/api\/changelog\.json$/, schema: changelogSchema },
	{
		kind: 'catalog',
		path: '/api/<slug>.json',
		pattern: /^\/api\/(?!catalogs\.json$|changelog\.json$|schema\.json$)[a-z0-9-]+\.json$/,
		schema: exportedCatalogSchema,
	},
	{ kind: 'ccxtMap', path: '/api/ccxt/<slug>.json', pattern: /^\/api\/ccxt\/[a-z0-9-]+\.json$/, schema: ccxtMapSchema },
	{ kind: 'lookupIndex', path: API_PATHS.lookupIndex, pattern: /^\/api\/lookup\/index\.json$/, schema: lookupManifestSchema },
	{ kind: 'lookupShard', path: '/api/lookup/<n>.json', pattern: /^\/api\/lookup\/\d+\.json$/, schema: lookupShardSchema },
] as const;

export type ApiFileKind = (typeof API_FILES)[number]['kind'];
/** JSON Schema (draft 2020-12) of every file under `/api/`, one `$defs` entry per kind, served at `/api/schema.json`. */
export function exportJsonSchema(site: URL) {
	const defs = Object.fromEntries(
		API_FILES.map(({ kind, path, schema }) => {
			const { $schema: _drop, ...definition } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
			return [kind, { ...definition, title: path }];
		}),
	);
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absoluteUrl(API_PATHS.schema, site),
		title: 'Trading API error codes: every file under /api/',
		description: 'Validate a file against the $defs entry of its kind: catalogs, changelog, catalog, ccxtMap, lookupIndex, lookupShard.',
		$defs: defs,
	};
}
