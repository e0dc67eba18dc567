/**
 * The data behind the resolver, sharded so that one lookup fetches a few KB however many
 * venues there are. Every code is filed under a handful of keys; a key's shard is a hash of the
 * key, so the browser computes which files to fetch from the query alone.
 *
 * Keys: `k:<folded code or name>` (`k:5001` holds `5001`, `05001` and `-5001`), `p:<first six
 * letters>` of a symbolic name (typo suggestions), `w:<word>` for each of a message's rarest words
 * (a pasted message, or a few words of it, holds one of them).
 */
import type { Catalog, CodeEntry } from '../catalog/model.ts';
import { foldCode, foldName, messageWords, type VenueProfile } from './paste.ts';
import { findBodies, WrittenNumber } from './bodies.ts';
import { splitPlaceholders } from '../catalog/placeholders.ts';
import type { Category, RetryAdvice } from '../catalog/vocabulary.ts';

/** One code as the resolver shows it. */
export interface LookupRecord {
	venue: string;
	code: string;
	name?: string;
	href: string;
	messages: string[];
	category: Category;
	retry: RetryAdvice | null;
	/** Guidance of the messages the catalog refines, keyed by message index (`-1008`'s ban message: do not retry). */
	variants?: Record<string, { retry: RetryAdvice | null; wait: string | null }>;
}

/** `/api/lookup/index.json`: the venues and how many shards the keys are spread over. */
export interface LookupManifest {
	version: 1;
	shards: number;
	venues: VenueProfile[];
}

/** `/api/lookup/<n>.json`: records and the keys that point at them (indices into `records`). */
export interface LookupShard {
	records: LookupRecord[];
	keys: Record<string, number[]>;
}

/** Filed records per shard on average: a shard stays a few KB gzip at any catalog size. */
const RECORDS_PER_SHARD = 96;
/** How many of a message's rarest words it is filed under. */
const WORDS_PER_MESSAGE = 4;
/** Typo suggestions look among names that share this many leading letters (separators left out)… */
const PREFIX_LENGTH = 6;
/** …or this many, where more than MAX_RECORDS_PER_KEY names share the short prefix. */
const LONG_PREFIX_LENGTH = 10;
/**
 * Records a prefix key holds at most before its names move to their long prefix; a word in more
 * messages than this is filed under no key, as it narrows nothing (`order`, `error` on a site of
 * 50,000 codes) and would make one shard hold a large part of the catalog.
 */
const MAX_RECORDS_PER_KEY = 120;

/** FNV-1a over UTF-16 code units: a stable hash the build and the browser compute alike. */
export function shardOf(key: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % shards;
}

/** Symbolic spellings of a record: its name and a code with letters in it. */
export function recordSymbols(record: Pick<LookupRecord, 'code' | 'name'>): string[] {
	return [record.name, /[A-Za-z]/.test(record.code) ? record.code : undefined].filter((s): s is string => !!s);
}

/**
 * The prefix key under which a symbolic name is found for typo suggestions: its first letters
 * without separators, so that the many names of one family (`ORDER_…`) spread over many keys.
 */
export function prefixKey(folded: string): string | null {
	return prefixOfLength(folded, PREFIX_LENGTH);
}

/** `p:` and the first `length` letters and digits of a name, or `null` when it has no more than that. */
function prefixOfLength(folded: string, length: number): string | null {
	const letters = folded.replace(/[^\p{L}\p{N}]+/gu, '');
	return letters.length > length ? `p:${letters.slice(0, length)}` : null;
}

/**
 * The longer prefix key a name is filed under instead when too many names share its short one
 * (hundreds of `SIGNATURE_…`): a query looks under both.
 */
export function longPrefixKey(folded: string): string | null {
	return prefixOfLength(folded, LONG_PREFIX_LENGTH);
}

/** The prefix keys of a name, short then long. */
export function prefixKeys(folded: string): string[] {
	return [prefixKey(folded), longPrefixKey(folded)].filter((key): key is string => key !== null);
}

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
	for (const record of records) for (const message of record.messages) for (const word of templateWords(message)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	return (message) =>
		templateWords(message)
			.filter((word) => frequency.get(word)! <= MAX_RECORDS_PER_KEY)
			.sort((a, b) => frequency.get(a)! - frequency.get(b)! || b.length - a.length)
			.slice(0, WORDS_PER_MESSAGE);
}

/** The prefix key each name is filed under: its short prefix, or its long one where the short one is crowded. */
export function crowdedPrefixes(records: LookupRecord[]): (folded: string) => string | null {
	const count = new Map<string, number>();
	for (const record of records) for (const symbol of recordSymbols(record)) {
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
	const keys = new Set<string>([`k:${foldCode(record.code)}`]);
	for (const symbol of recordSymbols(record)) {
		keys.add(`k:${foldName(symbol)}`);
		const prefix = prefixOf(foldName(symbol));
		if (prefix) keys.add(prefix);
	}
	for (const message of record.messages) for (const word of rareWords(message)) keys.add(`w:${word}`);
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
	const words = [...new Set([catalog.slug, ...catalog.venue.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)])];
	return {
		slug: catalog.slug,
		title: catalog.title,
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

/** A key → records map over any set of records: the resolver's view of the data. */
export class RecordIndex {
	private readonly byKey = new Map<string, LookupRecord[]>();

	/** Files `record` under `keys` (shards arrive with their keys already computed). */
	add(record: LookupRecord, keys: string[]): void {
		for (const key of keys) {
			const list = this.byKey.get(key) ?? [];
			if (!list.some((r) => r.venue === record.venue && r.code === record.code)) list.push(record);
			this.byKey.set(key, list);
		}
	}

	get(key: string): LookupRecord[] {
		return this.byKey.get(key) ?? [];
	}
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

/** Adds a fetched shard's records to an index, under the keys the shard files them under. */
export function indexShard(index: RecordIndex, shard: LookupShard): void {
	const keysOf = new Map<number, string[]>();
	for (const [key, positions] of Object.entries(shard.keys)) for (const position of positions) keysOf.set(position, [...(keysOf.get(position) ?? []), key]);
	for (const [position, keys] of keysOf) index.add(shard.records[position], keys);
}

/** An index over every shard: what the browser would see after fetching all of them (tests, Node callers). */
export function fullIndex(shards: LookupShard[]): RecordIndex {
	const index = new RecordIndex();
	for (const shard of shards) indexShard(index, shard);
	return index;
}
