/**
 * V8's explicit compile hint (Chromium 136 and later): a script or module whose first line is this
 * comment is compiled whole while it loads, instead of each function on its first call. Without
 * it, the first query of a page compiled the search engine's and Pagefind's functions on the main
 * thread while the reader waited (10–24 ms in traces of a query typed after the dialog opened).
 * Other browsers read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `js` with the compile hint as its first line; unchanged if it has it already. */
export function withCompileHint(js: string): string {
	return js.startsWith(`${COMPILE_HINT}\n`) ? js : `${COMPILE_HINT}\n${js}`;
}

/**
 * The modules of a build that no page loads with itself (`loadedWithPages`: the pages' module
 * scripts and what they import statically): those loaded on intent, such as the search engine
 * after a key or a pointer on the search button. Their functions run once they arrive, so they are
 * the ones to compile whole; a page's own modules keep the browser's lazy compilation, which
 * spends nothing on a function the page never calls.
 */
export function modulesLoadedOnIntent(modules: Iterable<string>, loadedWithPages: ReadonlySet<string>): string[] {
	return [...modules].filter((module) => !loadedWithPages.has(module)).sort();
}
