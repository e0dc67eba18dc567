import { describe, expect, it } from 'vitest';
import { facetCounts, filterSearch, matchesFilter, NOT_AN_ERROR, parseFilter, venueFacets, type FilterableEntry } from '../../src/views/venue-filter.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

const webull = realCatalogs().find((c) => c.slug === 'webull')!;
const entries: FilterableEntry[] = webull.entries.map((e) => ({
	code: e.code,
	name: e.name,
	messages: e.messages,
	category: e.category,
	retry: e.retry ?? NOT_AN_ERROR,
}));

describe('venue filters', () => {
	it('round-trips through the query string, keeping other parameters', () => {
		const state = { text: 'order not', categories: ['order-state', 'invalid-order'], retries: ['no'] };
		const search = filterSearch(state, '?utm=x');
		expect(search).toBe('?utm=x&q=order+not&category=order-state%2Cinvalid-order&retry=no');
		expect(parseFilter(search)).toEqual(state);
		expect(filterSearch({ text: ' ', categories: [], retries: [] }, '?q=old')).toBe('');
	});

	it('matches code, name and messages in any case, with spaces for underscores', () => {
		const found = entries.filter((e) => matchesFilter(e, { text: 'order not found', categories: [], retries: [] }));
		expect(found.map((e) => e.code)).toContain('ORDER_NOT_FOUND');
		expect(entries.filter((e) => matchesFilter(e, { text: 'buying power', categories: [], retries: [] })).map((e) => e.code)).toContain(
			'ORDER_BUYING_POWER_NOT_ENOUGH',
		);
	});

	it('combines chips: any chosen category, and any chosen retry advice', () => {
		const state = { text: '', categories: ['order-state'], retries: ['check-first'] };
		const found = entries.filter((e) => matchesFilter(e, state));
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((e) => e.category === 'order-state' && e.retry === 'check-first')).toBe(true);
	});

	it('counts each chip with the other filters applied', () => {
		const all = facetCounts(entries, { text: '', categories: [], retries: [] });
		expect([...all.categories.values()].reduce((a, b) => a + b, 0)).toBe(entries.length);
		const narrowed = facetCounts(entries, { text: '', categories: ['order-state'], retries: [] });
		expect([...narrowed.retries.values()].reduce((a, b) => a + b, 0)).toBe(all.categories.get('order-state'));
		// A category chip's count ignores the category filter itself, so other chips stay usable.
		expect(narrowed.categories.get('invalid-order')).toBe(all.categories.get('invalid-order'));
	});

	it('offers the chips a venue uses, with their totals', () => {
		const shown = (entries: typeof webull.entries) => entries.map((e) => ({ category: e.category, retry: e.retry ?? NOT_AN_ERROR }));
		const facets = venueFacets(shown(webull.entries));
		expect(facets.categories.reduce((n, f) => n + f.count, 0)).toBe(webull.entries.length);
		expect(facets.retries.reduce((n, f) => n + f.count, 0)).toBe(webull.entries.length);
		expect(venueFacets(shown(realCatalogs().find((c) => c.slug === 'mexc-futures')!.entries)).retries.map((f) => f.id)).toContain(NOT_AN_ERROR);
	});
});
