/**
 * What search fetches first, asked for together the moment the reader shows intent (see
 * src/client/search-shell.ts) rather than each after the one it depends on: the lookup manifest,
 * which the answer engine reads first, and Pagefind's script, its WebAssembly and its entry file,
 * which src/client/text-search.ts would otherwise fetch one after another. Pagefind runs on the
 * page's main thread, so its fetch() calls take these preloaded responses.
 */

/** Where Pagefind's files are served from, as Pagefind itself derives it from its script's URL. */
export const PAGEFIND_BASE = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;

/**
 * Pagefind's cache tag for its entry file (its `metaCacheTag` option), one per page view: the URL
 * preloaded here is then the one Pagefind asks for, and a build's entry file is never read stale.
 */
export const PAGEFIND_ENTRY_TAG = String(Date.now());

/** The WebAssembly Pagefind loads for a page's language (its index names it after the language). */
export const pagefindWasmFile = (language: string) => `wasm.${language.toLowerCase() || 'unknown'}.pagefind`;

function preload(attributes: Partial<HTMLLinkElement>): void {
	document.head.append(Object.assign(document.createElement('link'), attributes));
}

/**
 * Starts the fetches search begins with; called once, on the first sign of intent, after the
 * engine's import. Pagefind's files ask for a low priority: the code hits (the engine's modules,
 * the manifest, then a shard) are answered first, and with six connections to a host over
 * HTTP/1.1 the engine's module waited behind the WebAssembly.
 */
export function preloadSearchFiles(lookupManifest: string): void {
	const data = { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' } as const;
	const pagefind = { ...data, fetchPriority: 'low' } as const;
	preload({ ...data, href: lookupManifest });
	preload({ rel: 'modulepreload', fetchPriority: 'low', href: `${PAGEFIND_BASE}pagefind.js` });
	preload({ ...pagefind, href: `${PAGEFIND_BASE}pagefind-entry.json?ts=${PAGEFIND_ENTRY_TAG}` });
	preload({ ...pagefind, href: PAGEFIND_BASE + pagefindWasmFile(document.documentElement.lang) });
}
