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
	ranges: z.array(z.tuple([z.number().int(), z.number().int()])).min(1).optional(),
});

export const codeEntrySchema = z.strictObject({
	code: z.string(),
	name: text.optional(),
	group: z.string(),
	category: z.enum(CATEGORIES),
	retry: z.enum(RETRY_ADVICE).optional(),
	ccxt: z.enum(CCXT_CLASSES).optional(),
	messages: z.array(z.string()),
	notes: z.array(text).optional(),
});

export const catalogSchema = z.strictObject({
	venue: text,
	product: text,
	summary: text,
	source: z.strictObject({
		title: text,
		url: z.url({ protocol: /^https?$/, error: 'source.url must be an absolute http(s) URL' }),
	}),
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
	codes: z.array(codeEntrySchema).min(1),
});

export type CatalogData = z.infer<typeof catalogSchema>;
export type CodeEntryData = z.infer<typeof codeEntrySchema>;
export type GroupData = z.infer<typeof groupSchema>;
