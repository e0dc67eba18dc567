import { z } from 'astro/zod';
import { CATEGORIES, CCXT_CLASSES, RETRY_ADVICE } from './vocabulary.ts';

/**
 * Schema of one venue catalog file (`src/content/catalogs/<slug>.yaml`).
 * Every object is strict: an unknown key (a misspelt `mesages:`) is an error, never dropped data.
 * Cross-field rules (duplicates, group ranges, whitespace) live in `catalog-rules.ts`.
 */

const text = z.string().min(1);

/**
 * A group of codes on the page. Each code names its group; a group may also declare the numeric
 * ranges its codes fall in, which the check holds both ways. No patterns: a regular expression
 * from a contributed file could run for ever, and grouping is data, said once per code.
 */
export const groupSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'group id must be lower-case words joined by hyphens'),
	title: text,
	label: text.optional(),
	ranges: z
		.array(z.tuple([z.number().int(), z.number().int()]))
		.min(1)
		.optional(),
});

/** A calendar date written as a quoted `YYYY-MM-DD` string (a bare date is a timestamp in YAML 1.1). */
export const isoDate = z.iso.date({ error: 'dates are written as quoted "YYYY-MM-DD" strings' });

/**
 * One message variant: its verbatim text, or the text with this site's guidance for that variant
 * where it differs from the code's (Binance -1008's "IP banned until %s" must not be retried), and
 * for a source in sections, the other sections that list it.
 */
export const messageSchema = z.union([
	z.string(),
	z
		.strictObject({
			text: z.string(),
			category: z.enum(CATEGORIES).optional(),
			retry: z.enum(RETRY_ADVICE).optional(),
			/** When a retry may come, in the site's words (e.g. not before the time the message states). */
			wait: text.optional(),
			/**
			 * Every group (the venue's sections) that lists this message, where that is not only the
			 * code's own group: Bybit lists 700001 under "Asset" and "Convert Small Balances" with one
			 * message and under "Prediction" with another.
			 */
			sections: z.array(z.string()).min(1).optional(),
		})
		.refine((variant) => variant.category !== undefined || variant.retry !== undefined || variant.wait !== undefined || variant.sections !== undefined, {
			error:
				'a message written as a map refines its guidance or names its sections: give category, retry, wait or sections, or write the message as plain text',
		}),
]);

/**
 * Messages the source lists once for several codes (Binance Spot's table of matching-engine
 * messages "for -1010, -2010, -2011 and -2038"): each reaches every code named, and the page
 * shows the list once, at `#<id>`, linked from each of those codes.
 */
export const messageSetSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'message set id must be lower-case words joined by hyphens'),
	/** The source's heading of the list, verbatim. */
	title: text,
	codes: z.array(z.string()).min(1),
	messages: z.array(messageSchema).min(1),
});

export const codeEntrySchema = z.strictObject({
	code: z.string(),
	name: text.optional(),
	/** The venue's own description of the code beside its messages, verbatim (Binance Spot's -2021). */
	description: text.optional(),
	/** Struck through in the source as no longer used: the code keeps its entry and its link. */
	deprecated: z.literal(true).optional(),
	group: z.string(),
	category: z.enum(CATEGORIES),
	retry: z.enum(RETRY_ADVICE).optional(),
	ccxt: z.enum(CCXT_CLASSES).optional(),
	messages: z.array(messageSchema),
	notes: z.array(text).optional(),
});

/**
 * One change to the catalog's data, newest last. The first entry is the initial capture of the
 * venue's document; later ones list the codes added, removed or reworded (a message changed).
 */
export const historyEntrySchema = z.strictObject({
	date: isoDate,
	summary: text,
	added: z.array(z.string()).min(1).optional(),
	removed: z.array(z.string()).min(1).optional(),
	reworded: z.array(z.string()).min(1).optional(),
});

export const catalogSchema = z.strictObject({
	venue: text,
	product: text,
	summary: text,
	source: z.strictObject({
		title: text,
		url: z.url({ protocol: /^https?$/, error: 'source.url must be an absolute http(s) URL' }),
		/** The day the venue's document was captured into `sources/<slug>.txt`. */
		captured: isoDate,
		/** The last day the catalog was compared with the venue's live page (`npm run source:diff`). */
		checked: isoDate,
		/** For a source kept in a public repository: the repository (`owner/name`), the file's path and the commit it was copied at. */
		repository: z
			.string()
			.regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'source.repository is owner/name')
			.optional(),
		path: text.optional(),
		commit: z
			.string()
			.regex(/^[0-9a-f]{40}$/, 'source.commit is a full 40-character commit hash')
			.optional(),
	}),
	/**
	 * The CCXT exchange class whose error handling covers this API, and the market whose
	 * exceptions map applies (`binance` + `option` reads `exceptions.option`). Absent when CCXT has
	 * no class for this API.
	 */
	ccxtExchange: z
		.strictObject({
			id: z.string().regex(/^[a-z0-9]+$/, 'ccxtExchange.id is a CCXT exchange id, e.g. binance'),
			market: z
				.string()
				.regex(/^[a-zA-Z]+$/)
				.optional(),
		})
		.optional(),
	transport: text,
	payload: z.strictObject({
		codeField: text,
		messageField: text,
		origin: z.enum(['venue', 'site']),
		example: text,
	}),
	/** Whose grouping the groups are: the venue's own sections (Binance's 10xx, 11xx–2xxx …) or this site's. */
	grouping: z.enum(['venue', 'site']),
	groups: z.array(groupSchema).min(1),
	messageSets: z.array(messageSetSchema).min(1).optional(),
	codes: z.array(codeEntrySchema).min(1),
	history: z.array(historyEntrySchema).min(1),
});

export type CatalogData = z.infer<typeof catalogSchema>;
export type CodeEntryData = z.infer<typeof codeEntrySchema>;
export type GroupData = z.infer<typeof groupSchema>;
export type MessageData = z.infer<typeof messageSchema>;
export type MessageSetData = z.infer<typeof messageSetSchema>;
export type HistoryEntryData = z.infer<typeof historyEntrySchema>;

/** The verbatim text of a message variant, however it is written. */
export function messageText(message: MessageData): string {
	return typeof message === 'string' ? message : message.text;
}
