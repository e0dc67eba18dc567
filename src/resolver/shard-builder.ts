/**
 * Builds the lookup data at build time (Node): every code filed under a handful of keys
 * (src/resolver/lookup-keys.ts), spread over shards by a hash of the key, so that one lookup
 * fetches a few KB however many venues there are.
 */
import type { Catalog, CodeEntry } from '../catalog/model.ts';
import { splitPlaceholders } from '../catalog/placeholders.ts';
import { findBodies, WrittenNumber } from './bodies.ts';
import {
	codeKey,
	longPrefixKey,
	nameKey,
	prefixKey,
	recordSymbols,
	shardOf,
	wordKey,
	type LookupManifest,
	type LookupRecord,
	type LookupShard,
} from './lookup-keys.ts';
import { foldName } from '../catalog/codes.ts';
import { messageWords, type VenueProfile } from './paste.ts';

/**
 * Filed records per shard on average: a shard stays a few KB gzip at any catalog size. A lookup
 * fetches one shard per key whatever their size, so smaller shards cost only files (written by
 * src/integrations/published-data.ts, not rendered as routes): at 50,000 codes a long message's
 * lookup fetched 32.5 KB with 96, 23.2 KB with 64.
 */
const RECORDS_PER_SHARD = 64;
/** How many of a message's rarest words it is filed under. */
const WORDS_PER_MESSAGE = 4; /**
 * Records a prefix key holds at most before its names move to their long prefix; a word in more
 * messages than this is filed under no key, as it narrows nothing (`order`, `error` on a site of
 * 50,000 codes) and would make one shard hold a large part of the catalog.
 */
const MAX_RECORDS_PER_KEY = 120;
/** Literal words of a message template, lower case (placeholders left out). */
export function templateWords(message: string): string[] {
	return messageWords(
		splitPlaceholders(message)
			.filter((part) => !part.placeholder)
			.map((part) => part.text)
			.join(' '),
	);
}

/**
 * The words each message is filed under: its {@link WORDS_PER_MESSAGE} rarest across all
 * catalogs (longest first among equals). Any few words pasted from a message — a fragment such
 * as `IP banned until 1700000000000` — almost always hold one of them; common words such as
 * `order` would make one shard hold half the catalog.
 */
export function rareWordsOf(records: LookupRecord[]): (message: string) => string[] {
	const frequency = new Map<string, number>();
	for (const record of records)
		for (const message of record.messages) for (const word of templateWords(message)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	return (message) =>
		templateWords(message)
			.filter((word) => frequency.get(word)! <= MAX_RECORDS_PER_KEY)
			.sort((a, b) => frequency.get(a)! - frequency.get(b)! || b.length - a.length)
			.slice(0, WORDS_PER_MESSAGE);
}

/** The prefix key each name is filed under: its short prefix, or its long one where the short one is crowded. */
export function crowdedPrefixes(records: LookupRecord[]): (folded: string) => string | null {
	const count = new Map<string, number>();
	for (const record of records)
		for (const symbol of recordSymbols(record)) {
			const key = prefixKey(foldName(symbol));
			if (key) count.set(key, (count.get(key) ?? 0) + 1);
		}
	return (folded) => {
		const short = prefixKey(folded);
		return short && count.get(short)! > MAX_RECORDS_PER_KEY ? (longPrefixKey(folded) ?? short) : short;
	};
}

/** Every key a record is filed under, given each message's rare words and each name's prefix key. */
export function recordKeys(record: LookupRecord, rareWords: (message: string) => string[], prefixOf: (folded: string) => string | null = prefixKey): string[] {
	const keys = new Set<string>([codeKey(record.code)]);
	for (const symbol of recordSymbols(record)) {
		keys.add(nameKey(symbol));
		const prefix = prefixOf(foldName(symbol));
		if (prefix) keys.add(prefix);
	}
	for (const message of record.messages) for (const word of rareWords(message)) keys.add(wordKey(word));
	return [...keys];
}

/**
 * How a venue is named in a query and what its error body looks like, read from its documented
 * example with the paste reader itself (Webull's example is not strict JSON: a comma is missing).
 */
export function venueProfile(catalog: Catalog): VenueProfile {
	const [example] = findBodies(catalog.payload.example).map((body) => body.object);
	const shapeKeys = example ? Object.keys(example) : [];
	const exampleCode = example?.[catalog.payload.codeField];
	const exampleText = typeof exampleCode === 'string' ? exampleCode : exampleCode instanceof WrittenNumber ? exampleCode.text : null;
	const words = [
		...new Set([
			catalog.slug,
			...catalog.venue
				.toLowerCase()
				.split(/[^\p{L}\p{N}]+/u)
				.filter((w) => w.length >= 3),
		]),
	];
	return {
		slug: catalog.slug,
		title: catalog.title,
		venue: catalog.venue,
		words,
		codeField: catalog.payload.codeField,
		messageField: catalog.payload.messageField,
		shapeKeys,
		stringCodes: typeof exampleCode === 'string',
		exampleCodes: exampleText !== null && !catalog.entries.some((entry) => entry.code === exampleText) ? [exampleText] : [],
	};
}

/** The `variants` of a record: only refined messages, so most records carry nothing extra. */
function refinedVariants(entry: CodeEntry): Pick<LookupRecord, 'variants'> {
	const refined = entry.variants.flatMap((variant, index) => (variant.refined ? [[String(index), { retry: variant.retry, wait: variant.wait }] as const] : []));
	return refined.length > 0 ? { variants: Object.fromEntries(refined) } : {};
}

/** Every code of every catalog as a lookup record. */
export function lookupRecords(catalogs: Catalog[]): LookupRecord[] {
	return catalogs.flatMap((catalog) =>
		catalog.entries.map((entry) => ({
			venue: catalog.slug,
			code: entry.code,
			...(entry.name ? { name: entry.name } : {}),
			href: entry.pageHref,
			messages: entry.messages,
			category: entry.category,
			retry: entry.retry,
			...refinedVariants(entry),
		})),
	);
}
/** The manifest and every shard of the lookup data for `catalogs`. */
export function buildLookupData(catalogs: Catalog[]): { manifest: LookupManifest; shards: LookupShard[] } {
	const records = lookupRecords(catalogs);
	const rareWords = rareWordsOf(records);
	const prefixOf = crowdedPrefixes(records);
	const filed = records.map((record) => ({ record, keys: recordKeys(record, rareWords, prefixOf) }));
	const count = Math.max(1, Math.ceil(filed.reduce((n, f) => n + f.keys.length, 0) / RECORDS_PER_SHARD));
	const shards: LookupShard[] = Array.from({ length: count }, () => ({ records: [], keys: {} }));
	for (const { record, keys } of filed) {
		const positions = new Map<number, number>();
		for (const key of keys) {
			const number = shardOf(key, count);
			const shard = shards[number];
			let position = positions.get(number);
			if (position === undefined) {
				position = shard.records.push(record) - 1;
				positions.set(number, position);
			}
			(shard.keys[key] ??= []).push(position);
		}
	}
	return { manifest: { version: 1, shards: count, venues: catalogs.map(venueProfile) }, shards };
}
