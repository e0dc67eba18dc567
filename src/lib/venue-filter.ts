import type { Catalog } from './catalog-model.ts';
import { CATEGORIES, CATEGORY_INFO, RETRY_ADVICE, RETRY_INFO } from './vocabulary.ts';

/**
 * The filters of a venue page: a text filter over code, name and messages, and chips for the
 * site's category and retry advice. Pure, so the page script and the tests share it; the state
 * round-trips through the URL (`?q=order&category=order-state&retry=no`) so a view can be shared.
 */

/** Retry facet of a code that is not an error (it has no retry advice). */
export const NOT_AN_ERROR = 'not-an-error';

export interface FilterState {
	text: string;
	categories: string[];
	retries: string[];
}

export interface FilterableEntry {
	code: string;
	name?: string;
	messages: string[];
	category: string;
	/** Retry advice, or {@link NOT_AN_ERROR}. */
	retry: string;
}

export const EMPTY_FILTER: FilterState = { text: '', categories: [], retries: [] };

const list = (value: string | null) => (value ? [...new Set(value.split(',').filter(Boolean))] : []);

/** The filter a URL's query string describes (unknown parameters are ignored). */
export function parseFilter(search: string): FilterState {
	const params = new URLSearchParams(search);
	return { text: (params.get('q') ?? '').slice(0, 200), categories: list(params.get('category')), retries: list(params.get('retry')) };
}

/** The query string for a filter (`''` when nothing is filtered), other parameters kept. */
export function filterSearch(state: FilterState, current = ''): string {
	const params = new URLSearchParams(current);
	for (const [key, value] of [['q', state.text.trim()], ['category', state.categories.join(',')], ['retry', state.retries.join(',')]] as const) {
		if (value) params.set(key, value);
		else params.delete(key);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function isFiltered(state: FilterState): boolean {
	return state.text.trim() !== '' || state.categories.length > 0 || state.retries.length > 0;
}

/** Lower case, and `-`/`_`/spaces as one: `order not found` finds `ORDER_NOT_FOUND`. */
const fold = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, ' ');

function matchesText(entry: FilterableEntry, text: string): boolean {
	const wanted = fold(text.trim());
	return wanted === '' || [entry.code, entry.name ?? '', ...entry.messages].some((field) => fold(field).includes(wanted));
}

/** Whether an entry passes the filter: the text, any chosen category, any chosen retry advice. */
export function matchesFilter(entry: FilterableEntry, state: FilterState): boolean {
	return (
		matchesText(entry, state.text) &&
		(state.categories.length === 0 || state.categories.includes(entry.category)) &&
		(state.retries.length === 0 || state.retries.includes(entry.retry))
	);
}

/**
 * How many entries each chip would show, given the other filters: a category chip counts with
 * the text and retry filters applied, a retry chip with the text and category filters.
 */
export function facetCounts(entries: FilterableEntry[], state: FilterState): { categories: Map<string, number>; retries: Map<string, number> } {
	const categories = new Map<string, number>();
	const retries = new Map<string, number>();
	for (const entry of entries) {
		if (!matchesText(entry, state.text)) continue;
		if (state.retries.length === 0 || state.retries.includes(entry.retry)) categories.set(entry.category, (categories.get(entry.category) ?? 0) + 1);
		if (state.categories.length === 0 || state.categories.includes(entry.category)) retries.set(entry.retry, (retries.get(entry.retry) ?? 0) + 1);
	}
	return { categories, retries };
}

export interface Facet {
	id: string;
	label: string;
	count: number;
}

/** The category and retry chips of a venue page: the values its codes use, in vocabulary order, with counts. */
export function venueFacets(entries: Catalog['entries']): { categories: Facet[]; retries: Facet[] } {
	const count = (test: (e: Catalog['entries'][number]) => boolean) => entries.filter(test).length;
	const categories = CATEGORIES.map((id) => ({ id, label: CATEGORY_INFO[id].label, count: count((e) => e.category === id) }));
	const retries = [...RETRY_ADVICE.map((id) => ({ id, label: RETRY_INFO[id].label, count: count((e) => e.retry === id) })), { id: NOT_AN_ERROR, label: 'Not an error', count: count((e) => e.retry === null) }];
	return { categories: categories.filter((f) => f.count > 0), retries: retries.filter((f) => f.count > 0) };
}
