import { describe, expect, it } from 'vitest';
import { lookupIndex } from '../../src/lib/export.ts';
import { editDistance, redirectTarget, resolveCode } from '../../src/lib/lookup.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

const index = lookupIndex(realCatalogs());
const hrefs = (result: ReturnType<typeof resolveCode>) =>
	result.kind === 'exact' ? result.matches.map((m) => m.href) : result.kind === 'near' ? result.suggestions.map((m) => m.href) : [];

describe('resolveCode', () => {
	it.each([
		['-1121', '/binance-options/#-1121'],
		['05001', '/coinflex/#05001'],
		['5001', '/mexc-futures/#5001'],
		['order_not_found', '/webull/#ORDER_NOT_FOUND'],
		['ORDER_NOT_FOUND', '/webull/#ORDER_NOT_FOUND'],
		['bad_symbol', '/binance-options/#-1121'],
		['  -2018 ', '/binance-options/#-2018'],
	])('%j resolves to exactly %s', (query, href) => {
		const result = resolveCode(index, query);
		expect(result.kind).toBe('exact');
		expect(redirectTarget(result)).toBe(href);
	});

	it('lists every venue that has the code', () => {
		const result = resolveCode(index, '0');
		expect(redirectTarget(result)).toBeNull();
		expect(hrefs(result).sort()).toEqual(['/lbank-futures/#0', '/mexc-futures/#0']);
	});

	it('prefers the venue given, and says when the code is only elsewhere', () => {
		expect(redirectTarget(resolveCode(index, '0', 'lbank-futures'))).toBe('/lbank-futures/#0');
		const elsewhere = resolveCode(index, '2005', 'binance-options');
		expect(elsewhere).toMatchObject({ kind: 'exact', outsideVenue: true });
		expect(hrefs(elsewhere)).toEqual(['/mexc-futures/#2005']);
	});

	it('never jumps to a different code: sign and padding differences are suggestions', () => {
		const unsigned = resolveCode(index, '1121');
		expect(unsigned.kind).toBe('near');
		expect(redirectTarget(unsigned)).toBeNull();
		expect(hrefs(unsigned)).toEqual(['/binance-options/#-1121']);
		expect(hrefs(resolveCode(index, '5002'))).toEqual(['/mexc-futures/#5002']);
		expect(resolveCode(index, '005001').kind).toBe('near');
		expect(hrefs(resolveCode(index, '005001'))).toEqual(expect.arrayContaining(['/coinflex/#05001', '/mexc-futures/#5001']));
	});

	it('suggests names with a typo', () => {
		const result = resolveCode(index, 'ORDER_NOT_FUOND');
		expect(result.kind).toBe('near');
		expect(hrefs(result)[0]).toBe('/webull/#ORDER_NOT_FOUND');
		expect(hrefs(resolveCode(index, 'bad symbl'))[0]).toBe('/binance-options/#-1121');
	});

	it('says when nothing matches, and when nothing was asked', () => {
		expect(resolveCode(index, 'ZZZ_NOPE_123').kind).toBe('none');
		expect(resolveCode(index, '987654321').kind).toBe('none');
		expect(resolveCode(index, '   ').kind).toBe('empty');
	});
});

describe('editDistance', () => {
	it('counts edits and stops early past the limit', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('abc', 'abc')).toBe(0);
		expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
	});
});
