import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_INFO, CCXT_CLASSES, RETRY_ADVICE } from '../../src/catalog/vocabulary.ts';
import { compareByCategory } from '../../src/views/compare.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

const catalogs = realCatalogs();
const entry = (slug: string, code: string) => {
	const found = catalogs.find((c) => c.slug === slug)?.entries.find((e) => e.code === code);
	if (!found) throw new Error(`${slug} ${code} not found`);
	return found;
};

describe('classification of well-known codes', () => {
	it.each([
		['binance-options', '-1121', 'invalid-symbol', 'no', 'BadSymbol'],
		['binance-options', '-2018', 'insufficient-funds', 'no', 'InsufficientFunds'],
		['binance-options', '-1021', 'timestamp', 'yes', 'InvalidNonce'],
		['binance-options', '-1022', 'authentication', 'no', 'AuthenticationError'],
		['binance-options', '-1008', 'rate-limit', 'yes', 'RateLimitExceeded'],
		['binance-options', '-1001', 'system', 'check-first', 'ExchangeNotAvailable'],
		['binance-options', '-2013', 'order-not-found', 'no', 'OrderNotFound'],
		['binance-options', '-4029', 'invalid-order', 'no', 'InvalidOrder'],
		['mexc-futures', '0', 'success', null, null],
		['mexc-futures', '2005', 'insufficient-funds', 'no', 'InsufficientFunds'],
		['mexc-futures', '406', 'permission', 'no', 'PermissionDenied'],
		['mexc-futures', '510', 'rate-limit', 'yes', 'RateLimitExceeded'],
		['mexc-futures', '501', 'system', 'yes', 'ExchangeNotAvailable'],
		['mexc-futures', '6001', 'market-state', 'no', 'OperationRejected'],
		['lbank-futures', '0', 'success', null, null],
		['lbank-futures', '35', 'insufficient-funds', 'no', 'InsufficientFunds'],
		['lbank-futures', '36', 'insufficient-funds', 'no', 'InsufficientFunds'],
		['lbank-futures', '24', 'order-not-found', 'no', 'OrderNotFound'],
		['lbank-futures', '22', 'order-state', 'no', 'DuplicateOrderId'],
		['lbank-futures', '10012', 'rate-limit', 'yes', 'RateLimitExceeded'],
		['lbank-futures', '10004', 'system', 'check-first', 'RequestTimeout'],
		['coinflex', '710006', 'insufficient-funds', 'no', 'InsufficientFunds'],
		['coinflex', '05001', 'permission', 'no', 'PermissionDenied'],
		['coinflex', '20000', 'authentication', 'no', 'AuthenticationError'],
		['coinflex', '100015', 'timestamp', 'yes', 'InvalidNonce'],
		['coinflex', '000201', 'system', 'yes', 'ExchangeNotAvailable'],
		['webull', 'ORDER_BUYING_POWER_NOT_ENOUGH', 'insufficient-funds', 'no', 'InsufficientFunds'],
		['webull', 'ORDER_NOT_FOUND', 'order-not-found', 'no', 'OrderNotFound'],
		['webull', 'INVALID_TOKEN', 'authentication', 'no', 'AuthenticationError'],
		['webull', 'NO_TRADING_TIME', 'market-state', 'no', 'OperationRejected'],
		['webull', 'ORDER_PLACE_REPEART', 'order-state', 'no', 'DuplicateOrderId'],
		['webull', 'ORDER_PENDING_CANCEL', 'order-state', 'check-first', 'InvalidOrder'],
		['webull', 'BANK_CARD_ACCOUNT_REPEAT', 'funds-transfer', 'no', 'ExchangeError'],
		['webull', 'ACCOUNT_IS_DENY', 'account-state', 'no', 'AccountSuspended'],
		['webull', 'SYSTEM_INTERNAL_ERROR', 'system', 'check-first', 'ExchangeNotAvailable'],
	])('%s %s is %s (retry %s, CCXT %s)', (slug, code, category, retry, ccxt) => {
		const e = entry(slug, code);
		expect([e.category, e.retry, e.ccxt]).toEqual([category, retry, ccxt]);
	});

	it('classifies every code with the shared vocabulary', () => {
		for (const catalog of catalogs) {
			for (const e of catalog.entries) {
				expect(CATEGORIES).toContain(e.category);
				if (e.isSuccess) continue;
				expect(RETRY_ADVICE).toContain(e.retry);
				expect(CCXT_CLASSES).toContain(e.ccxt);
			}
		}
	});

	it('gives every category its advice, and success no retry or CCXT class', () => {
		for (const category of CATEGORIES) expect(CATEGORY_INFO[category].advice.length).toBeGreaterThan(40);
		expect([CATEGORY_INFO.success.retry, CATEGORY_INFO.success.ccxt]).toEqual([null, null]);
	});

	it('lines up insufficient funds across every venue on the compare page', () => {
		const funds = compareByCategory(catalogs).find((c) => c.category === 'insufficient-funds')!;
		// Binance Spot's only insufficient-funds error is a message of its matching-engine set, not a code of its own.
		expect(funds.venues.map((v) => v.slug)).toEqual(catalogs.filter((c) => c.entries.some((e) => e.category === 'insufficient-funds')).map((c) => c.slug));
		expect(funds.venues.length).toBeGreaterThanOrEqual(6);
		expect(funds.venues.every((v) => v.entries.length > 0)).toBe(true);
	});
});
