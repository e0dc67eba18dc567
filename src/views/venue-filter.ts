import { foldName } from '../catalog/codes.ts';
import { CATEGORIES, CATEGORY_INFO, RETRY_ADVICE, RETRY_INFO } from '../catalog/vocabulary.ts';

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
	for (const [key, value] of [
		['q', state.text.trim()],
		['category', state.categories.join(',')],
		['retry', state.retries.join(',')],
	] as const) {
		if (value) params.set(key, value);
		else params.delete(key);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function isFiltered(state: FilterState): boolean {
	return state.text.trim() !== '' || state.categories.length > 0 || state.retries.length > 0;
}

/** The entry whose code is exactly the text (as sent, or its name in any case and spacing): where Enter goes even when other rows also contain the text. */
export function exactEntry<T extends FilterableEntry>(entries: T[], text: string): T | undefined {
	const wanted = text.trim();
	if (wanted === '') return undefined;
	return entries.find((entry) => entry.code === wanted) ?? entries.find((entry) => entry.name !== undefined && foldName(entry.name) === foldName(wanted));
}

/** What Enter in a venue's filter does: go to one entry, move to the several shown, or look the text up when nothing here matches. */
export type EnterAction<T> = { kind: 'go'; entry: T } | { kind: 'results'; first: T } | { kind: 'lookup' } | { kind: 'none' };

/** Decides what Enter does, from the entries the filter shows now and the text in the box. */
export function enterAction<T extends FilterableEntry>(shown: T[], text: string): EnterAction<T> {
	const exact = exactEntry(shown, text);
	if (exact) return { kind: 'go', entry: exact };
	if (shown.length === 1) return { kind: 'go', entry: shown[0] };
	if (shown.length > 1) return { kind: 'results', first: shown[0] };
	return text.trim() === '' ? { kind: 'none' } : { kind: 'lookup' };
}

function matchesText(entry: FilterableEntry, text: string): boolean {
	const wanted = foldName(text.trim());
	return wanted === '' || [entry.code, entry.name ?? '', ...entry.messages].some((field) => foldName(field).includes(wanted));
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
export function venueFacets(entries: Pick<FilterableEntry, 'category' | 'retry'>[]): { categories: Facet[]; retries: Facet[] } {
	const count = (test: (e: Pick<FilterableEntry, 'category' | 'retry'>) => boolean) => entries.filter(test).length;
	const categories = CATEGORIES.map((id) => ({ id, label: CATEGORY_INFO[id].label, count: count((e) => e.category === id) }));
	const retries = [...RETRY_ADVICE, NOT_AN_ERROR].map((id) => ({ id, label: retryFacetLabel(id), count: count((e) => e.retry === id) }));
	return { categories: categories.filter((f) => f.count > 0), retries: retries.filter((f) => f.count > 0) };
}

/** The label of a retry facet: the advice's, or "Not an error". */
export function retryFacetLabel(id: string): string {
	return id === NOT_AN_ERROR ? 'Not an error' : (RETRY_INFO[id as keyof typeof RETRY_INFO]?.label ?? id);
}

/** The filter in words, for the status line and the note at the top of a filtered page: `“order”, category Order state, retry Check first`. */
export function describeFilter(state: FilterState): string {
	const parts: string[] = [];
	if (state.text.trim()) parts.push(`“${state.text.trim()}”`);
	if (state.categories.length)
		parts.push(`category ${state.categories.map((id) => CATEGORY_INFO[id as keyof typeof CATEGORY_INFO]?.label ?? id).join(' or ')}`);
	if (state.retries.length) parts.push(`retry advice ${state.retries.map(retryFacetLabel).join(' or ')}`);
	return parts.join(', ');
}
