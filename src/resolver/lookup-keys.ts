/**
 * The keys of the lookup data, shared by the build and the browser. The data is sharded so that one lookup fetches a few KB however many
 * venues there are. Every code is filed under a handful of keys; a key's shard is a hash of the
 * key, so the browser computes which files to fetch from the query alone.
 *
 * Keys: `k:<folded code or name>` (`k:5001` holds `5001`, `05001` and `-5001`), `p:<first six
 * letters>` of a symbolic name (typo suggestions), `w:<word>` for each of a message's rarest words
 * (a pasted message, or a few words of it, holds one of them).
 */
import type { Category, RetryAdvice } from '../catalog/vocabulary.ts';
import { foldCode, foldName } from '../catalog/codes.ts';
import type { VenueProfile } from './paste.ts';

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
/** Typo suggestions look among names that share this many leading letters (separators left out)… */
const PREFIX_LENGTH = 6;
/** …or this many, where more than MAX_RECORDS_PER_KEY names share the short prefix. */
const LONG_PREFIX_LENGTH = 10;
/** The key of a code, folded for sign, padding and case: `k:5001` holds `5001`, `05001` and `-5001`. */
export function codeKey(code: string): string {
	return `k:${foldCode(code)}`;
}

/** The key of a symbolic name, folded: `k:order_not_found`. */
export function nameKey(name: string): string {
	return `k:${foldName(name)}`;
}

/** The key of a rare word of a message: `w:whitelist`. */
export function wordKey(word: string): string {
	return `w:${word}`;
}

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
