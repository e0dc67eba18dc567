/**
 * Browser side of the answer engine: fetches the lookup manifest and only the shards a query's
 * keys hash to, then asks the pure resolver. Shared by the search dialog, the lookup page and
 * the unknown-anchor notice; fetched files are kept for the page's lifetime.
 */
import { API_PATHS } from '../exports/urls.ts';
import { answerParsed, shardsFor, type Answer, type AnswerOptions } from '../resolver/answer.ts';
import { indexShard, RecordIndex } from '../resolver/record-index.ts';
import { type LookupManifest, type LookupShard } from '../resolver/lookup-keys.ts';
import { parsePaste, type ParsedPaste } from '../resolver/paste.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const index = new RecordIndex();
const shards = new Map<number, Promise<void>>();
let manifest: Promise<LookupManifest> | undefined;

async function getJson<T>(path: string): Promise<T> {
	const response = await fetch(`${base}${path}`);
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/** The manifest, fetched once; a failed fetch is tried again on the next call. */
export function loadManifest(): Promise<LookupManifest> {
	manifest ??= getJson<LookupManifest>(API_PATHS.lookupIndex).catch((error: unknown) => {
		manifest = undefined;
		throw error;
	});
	return manifest;
}

function loadShard(number: number): Promise<void> {
	let loading = shards.get(number);
	if (!loading) {
		loading = getJson<LookupShard>(API_PATHS.lookupShard(number)).then(
			(shard) => indexShard(index, shard),
			(error: unknown) => {
				shards.delete(number);
				throw error;
			},
		);
		shards.set(number, loading);
	}
	return loading;
}

/**
 * What to give full-text search for a paste: a JSON body's message rather than its braces and
 * field names, otherwise the paste as typed.
 */
export function fullTextOf(parsed: ParsedPaste): string {
	// Full text is for words: a long dump without a body gives its start, not 64 KB of query.
	return parsed.json ? (parsed.message ?? '') : parsed.text.slice(0, 300);
}

/** Answers a paste, fetching what it needs (the manifest and the shards of its keys), with the words full text should search for, read in the same pass. */
export async function answerQuery(query: string, options: AnswerOptions = {}): Promise<{ answer: Answer; manifest: LookupManifest; fullText: string }> {
	const loaded = await loadManifest();
	const parsed = parsePaste(query, loaded.venues);
	await Promise.all(shardsFor(parsed, loaded.shards).map(loadShard));
	return { answer: answerParsed(parsed, index, loaded.venues, options), manifest: loaded, fullText: fullTextOf(parsed) };
}

/**
 * Pastes the warm-up reads: a JSON body, and two without one (a paste with a body never reaches
 * the plain-text path), one word run together and a phrase in lower case, so that every regular
 * expression of both paths runs once. V8 compiles a regular expression on its first run, and one
 * with Unicode classes (`\p{Ll}`) cost a query typed at once about 10 ms there.
 */
export const WARM_PASTES = ['{"code":-1121,"msg":"Invalid symbol."} ORDER_NOT_FOUND', 'InternalAddressCannotBeYourself', 'Invalid symbol.'];

/**
 * Runs the reader of pastes and the resolver once on each sample, over no data: the first query
 * then runs compiled code instead of paying for parsing and compiling them while the reader waits.
 */
export async function warmResolver(): Promise<void> {
	const loaded = await loadManifest();
	for (const paste of WARM_PASTES) answerParsed(parsePaste(paste, loaded.venues), new RecordIndex(), loaded.venues);
}
