/**
 * What search needs once the engine is imported (that is, on intent, never on a plain page
 * view): the lookup manifest and the resolver's code compiled on a sample, so the first code hit
 * needs only its shard; then Pagefind's start, whose files the shell has been fetching since the
 * intent (src/client/search-preloads.ts), and, while nothing is typed, one search of Pagefind's
 * own. Pagefind then loads the index chunks of the words as they are typed, before the full-text
 * query is made.
 */
import { warmResolver } from './answer-client.ts';
import { startTextSearch, warmTextSearch } from './text-search.ts';

const ignore = () => {};

/**
 * Warms the resolver, then starts Pagefind once the code hits of whatever the reader has typed by
 * then are shown (`codeHitsShown` is read at that moment): evaluating Pagefind's script and
 * unpacking its WebAssembly on the main thread had delayed the shards' answers of a query typed
 * the moment the dialog opened by about 15 ms, and full text waits for the code hits anyway.
 * If the box is still empty then (`typed` says), Pagefind makes one search of its own, so that the
 * reader's first one finds it compiled (src/client/text-search.ts); a query already typed is not
 * made to wait behind it.
 */
export function warmSearch(codeHitsShown: () => Promise<void>, typed: () => boolean): void {
	warmResolver()
		.catch(ignore)
		.then(codeHitsShown)
		.then(() => startTextSearch())
		.then(() => (typed() ? undefined : warmTextSearch()))
		.catch(ignore);
}

/** Loads Pagefind's index for the words full text will search for, ahead of the debounced search (a miss costs nothing). */
export function preloadText(text: Promise<string>): void {
	text.then(async (words) => words.trim() !== '' && (await startTextSearch()).preload(words)).catch(ignore);
}
