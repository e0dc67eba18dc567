/**
 * What search needs, started as soon as the engine is imported (that is, on intent, never on a
 * plain page view): the lookup manifest (a few hundred bytes, so the first code hit needs only its
 * shard) and Pagefind (script, WebAssembly, index metadata), which then loads the index chunks of
 * the words as they are typed, before the full-text query is made.
 */
import { fullTextQuery, loadManifest } from './answer-client.ts';
import { startTextSearch } from './text-search.ts';

const ignore = () => {};

export function warmSearch(): void {
	loadManifest().catch(ignore);
	startTextSearch().catch(ignore);
}

/** Loads Pagefind's index for the words of `query` ahead of the debounced search (a miss costs nothing). */
export function preloadText(query: string): void {
	fullTextQuery(query)
		.then(async (text) => text.trim() !== '' && (await startTextSearch()).preload(text))
		.catch(ignore);
}
