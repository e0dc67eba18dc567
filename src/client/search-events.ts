/** The event that opens the search dialog with a query, from anywhere on the page. */
export const OPEN_SEARCH_EVENT = 'site-search:open';

/** Opens the search dialog with `query` typed in (the lookup page's "search every message" link). */
export function openSearch(query: string): void {
	window.dispatchEvent(new CustomEvent<string>(OPEN_SEARCH_EVENT, { detail: query }));
}
