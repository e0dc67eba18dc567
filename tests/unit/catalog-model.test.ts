import { describe, expect, it } from 'vitest';
import { codeFragment, codeWrapParts, compareCodes, numericValue } from '../../src/catalog/codes.ts';
import { buildCatalog, codeHref } from '../../src/catalog/model.ts';
import { inGroupRanges } from '../../src/catalog/group-match.ts';
import { splitPlaceholders } from '../../src/catalog/placeholders.ts';
import { searchKeys } from '../../src/search/keys.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

describe('codes', () => {
	it('keeps codes as strings: 05001 and 5001 are different codes', () => {
		expect(numericValue('05001')).toBe(5001);
		expect(compareCodes('05001', '5001')).not.toBe(0);
		expect(numericValue('ORDER_NOT_FOUND')).toBeNull();
	});

	it('orders negative codes by magnitude, as Binance lists them', () => {
		expect(['-1121', '-1000', '-1022', '-2010'].sort(compareCodes)).toEqual(['-1000', '-1022', '-1121', '-2010']);
	});

	it('leaves symbolic codes in source order', () => {
		expect(['ORDER_NOT_FOUND', 'INVALID_TOKEN', 'ACCOUNT_NOT_EXIST'].sort(compareCodes)).toEqual(['ORDER_NOT_FOUND', 'INVALID_TOKEN', 'ACCOUNT_NOT_EXIST']);
	});

	it('builds the anchor from the code exactly as sent', () => {
		expect(codeHref('binance-options', '-1121')).toBe('/binance-options/#-1121');
		expect(codeHref('coinflex', '05001')).toBe('/coinflex/#05001');
		expect(codeHref('webull', 'ORDER_NOT_FOUND')).toBe('/webull/#ORDER_NOT_FOUND');
		expect(codeFragment('A B#')).toBe('A%20B%23');
	});

	it('splits long codes at underscores without changing them', () => {
		const code = 'NO_MORE_THAN_FIVE_BANK_CARDS_ARE_ALLOWED_TO_BE_BOUND';
		expect(codeWrapParts(code).join('')).toBe(code);
		expect(codeWrapParts(code)[0]).toBe('NO_');
	});
});

describe('placeholders', () => {
	it.each([
		['Too many new orders; current limit is %s orders per %s.', ['%s', '%s']],
		['The current {HKD} account balance is insufficient.', ['{HKD}']],
		['A single exchange amount exceeds the limit, the limit amount{}, the actual exchange amount{}.', ['{}', '{}']],
		['recvWindow xxx has expired', ['xxx']],
		['Invalid symbol.', []],
	])('finds the placeholders of %j and keeps the text', (message, placeholders) => {
		const parts = splitPlaceholders(message);
		expect(parts.map((p) => p.text).join('')).toBe(message);
		expect(parts.filter((p) => p.placeholder).map((p) => p.text)).toEqual(placeholders);
	});
});

describe('search keys', () => {
	it('adds the unsigned and unpadded forms of numeric codes', () => {
		expect(searchKeys('-1121', 'BAD_SYMBOL')).toEqual(expect.arrayContaining(['-1121', '1121', 'BAD_SYMBOL', 'bad_symbol', 'bad symbol']));
		expect(searchKeys('05001')).toEqual(expect.arrayContaining(['05001', '5001']));
		expect(searchKeys('0')).toEqual(['0']);
	});

	it('adds the lower-case and word forms of symbolic codes', () => {
		expect(searchKeys('ORDER_NOT_FOUND')).toEqual(expect.arrayContaining(['ORDER_NOT_FOUND', 'order_not_found', 'order not found']));
	});
});

describe('grouping', () => {
	const catalogs = new Map(realCatalogs().map((c) => [c.slug, c]));
	const groupOf = (slug: string, code: string) => catalogs.get(slug)!.entries.find((e) => e.code === code)?.groupId;

	it("keeps Binance's own three groups", () => {
		expect(catalogs.get('binance-options')!.groups.map((g) => g.label)).toEqual(['10xx', '11xx–2xxx', '3xxx–5xxx']);
		expect(groupOf('binance-options', '-1021')).toBe('general-server-or-network');
		expect(groupOf('binance-options', '-2018')).toBe('request-issues');
		expect(groupOf('binance-options', '-4055')).toBe('filters-and-other-issues');
	});

	it('groups MEXC by range, wherever the source lists the code', () => {
		expect(groupOf('mexc-futures', '0')).toBe('general');
		expect(groupOf('mexc-futures', '510')).toBe('access-and-authentication');
		expect(groupOf('mexc-futures', '2036')).toBe('orders-and-positions');
		expect(groupOf('mexc-futures', '6005')).toBe('trading-status');
		const orders = catalogs
			.get('mexc-futures')!
			.groups.find((g) => g.id === 'orders-and-positions')!
			.entries.map((e) => e.code);
		expect(orders.indexOf('2035')).toBeLessThan(orders.indexOf('2036'));
	});

	it('groups Webull by domain, with bank and fund transfers apart', () => {
		expect(groupOf('webull', 'ORDER_NOT_FOUND')).toBe('orders');
		expect(groupOf('webull', 'ORDER_ODD_LOT_CANNOT_CREATE')).toBe('fractional-shares');
		expect(groupOf('webull', 'BANK_CARD_ACCOUNT_REPEAT')).toBe('bank-and-fund-transfers');
		expect(groupOf('webull', 'FUND_EXCHANGE_FAILED')).toBe('currency-exchange');
		expect(groupOf('webull', 'ACCOUNT_STATUS_NOT_SUPPORT_THIS_OPERATION')).toBe('bank-and-fund-transfers');
	});

	it('groups CoinFLEX by the prefix of the string code, leading zeros included', () => {
		expect(groupOf('coinflex', '05001')).toBe('authority');
		expect(groupOf('coinflex', '000101')).toBe('service-availability');
		expect(groupOf('coinflex', '20050')).toBe('request-validation');
		expect(groupOf('coinflex', '200050')).toBe('markets');
	});

	it('puts every code in exactly one group, inside the ranges a group declares', () => {
		for (const catalog of catalogs.values()) {
			const seen = catalog.groups.flatMap((g) => g.entries.map((e) => e.code));
			expect(new Set(seen).size).toBe(catalog.entries.length);
		}
		expect(inGroupRanges({ ranges: [[-1099, -1000]] }, '-1121')).toBe(false);
		expect(inGroupRanges({ ranges: [[1, 99]] }, '05')).toBe(true);
		expect(inGroupRanges({}, '5')).toBe(false);
		expect(inGroupRanges({ ranges: [[1, 99]] }, 'ORDER_NOT_FOUND')).toBe(false);
	});
});

describe('entries', () => {
	const catalogs = new Map(realCatalogs().map((c) => [c.slug, c]));
	const entry = (slug: string, code: string) => catalogs.get(slug)!.entries.find((e) => e.code === code)!;

	it('marks success codes as not errors', () => {
		expect(entry('mexc-futures', '0').isSuccess).toBe(true);
		expect(entry('lbank-futures', '0').isSuccess).toBe(true);
		expect(entry('lbank-futures', '0').retry).toBeNull();
		expect(entry('lbank-futures', '-99').isSuccess).toBe(false);
	});

	it('says which codes share a message with another code of the venue', () => {
		expect(entry('lbank-futures', '9').sharesMessageWith).toEqual(['88']);
		expect(entry('lbank-futures', '88').sharesMessageWith).toEqual(['9']);
		expect(entry('lbank-futures', '26').sharesMessageWith).toEqual(['27']);
		expect(entry('lbank-futures', '51').sharesMessageWith).toEqual(['56']);
		expect(entry('lbank-futures', '35').sharesMessageWith).toEqual([]);
	});

	it('keeps wire typos as they are', () => {
		expect(entry('webull', 'ORDER_PLACE_REPEART').messages).toEqual(['Repeat orders']);
		expect(entry('webull', 'ORDER_PRICIE_EXCEED_UP_LIMIT')).toBeDefined();
		expect(entry('binance-options', '-1130').messages[1]).toBe('Data sent for paramter %s is not valid.');
	});

	it('records CoinFLEX 20034 once, with a note that the source lists it twice', () => {
		const coinflex = catalogs.get('coinflex')!;
		expect(coinflex.entries.filter((e) => e.code === '20034')).toHaveLength(1);
		expect(entry('coinflex', '20034').notes[0]).toMatch(/listed twice/i);
	});

	it('builds a model from minimal data', () => {
		const catalog = buildCatalog('test', {
			venue: 'Test',
			product: 'API',
			summary: 'A test.',
			source: { title: 'Errors', url: 'https://example.com/', captured: '2026-01-01', checked: '2026-01-02' },
			transport: 'REST',
			payload: { codeField: 'code', messageField: 'msg', origin: 'site', example: '{}' },
			grouping: 'site',
			groups: [{ id: 'all', title: 'All', ranges: [[0, 9]] }],
			codes: [
				{ code: '2', group: 'all', category: 'system', retry: 'yes', messages: ['Busy'] },
				{ code: '1', group: 'all', category: 'rate-limit', messages: ['Slow down', 'Busy'] },
			],
			history: [{ date: '2026-01-01', summary: 'Initial capture.' }],
		});
		expect(catalog.entries.map((e) => e.code)).toEqual(['1', '2']);
		expect(catalog.entries[1].retry).toBe('yes');
		expect(catalog.entries[0].ccxt).toBe('RateLimitExceeded');
		expect(catalog.entries[0].sharesMessageWith).toEqual(['2']);
		expect(catalog.messageCount).toBe(3);
		expect(catalog.groups[0].heading).toBe('All');
	});
});
