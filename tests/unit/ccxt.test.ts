import ccxt from 'ccxt';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedCcxtVersion, serialiseSnapshot, snapshotCcxt, SNAPSHOT_PATH, type CcxtModule } from '../../support/ccxt-snapshot.ts';
import { catalogCcxtExchanges } from '../../support/ccxt-exchanges.ts';
import { CCXT_SNAPSHOT, ccxtRaises, ccxtRelation } from '../../src/ccxt/mapping.ts';
import { exportCcxtMap } from '../../src/exports/ccxt-map.ts';
import { ccxtDisagreementRows, ccxtDisagreements } from '../../src/ccxt/report.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

const module = ccxt as unknown as CcxtModule & Record<string, any>;
const catalogs = realCatalogs();

describe('the CCXT snapshot', () => {
	it('is what the installed ccxt package gives, at its version (run npm run ccxt:snapshot after an upgrade)', () => {
		const fresh = snapshotCcxt(module, installedCcxtVersion(), catalogCcxtExchanges());
		expect(CCXT_SNAPSHOT.ccxtVersion).toBe(installedCcxtVersion());
		expect(readFileSync(SNAPSHOT_PATH, 'utf8')).toBe(serialiseSnapshot(fresh));
	});

	it('covers every exchange a catalog names, and nothing else', () => {
		expect(Object.keys(CCXT_SNAPSHOT.exchanges).sort()).toEqual(catalogs.flatMap((c) => (c.ccxt ? [c.ccxt.exchange] : [])).sort());
	});
});

/** Calls the real CCXT exchange's error handler with the venue's own error body and returns the class it throws. */
function thrownByCcxt(exchangeKey: string, code: string, message: string): string | null {
	const [id] = exchangeKey.split('.');
	const exchange = new module[id]();
	const numeric = /^-?\d+$/.test(code) ? Number(code) : code;
	// Each API's own body and an endpoint of its own (Binance picks the market's map by the URL).
	const response =
		id === 'binance'
			? { code: numeric, msg: message }
			: id === 'bybit'
				? { retCode: numeric, retMsg: message, result: {}, retExtInfo: {}, time: 1700000000000 }
				: { success: false, code: numeric, message };
	const url = {
		'binance.option': 'https://eapi.binance.com/eapi/v1/order',
		'binance.spot': 'https://api.binance.com/api/v3/order',
		bybit: 'https://api.bybit.com/v5/order/create',
		mexc: 'https://contract.mexc.com/api/v1/private/order/submit',
	}[exchangeKey];
	if (!url) throw new Error(`no endpoint for ${exchangeKey} in this test: add one`);
	try {
		exchange.handleErrors(400, 'Bad Request', url, 'POST', {}, JSON.stringify(response), response, {}, '');
	} catch (error) {
		return (error as Error).constructor.name;
	}
	return null;
}

describe("the site's reading of CCXT's mapping agrees with CCXT's own error handler", () => {
	for (const catalog of catalogs.filter((c) => c.ccxt)) {
		it(`${catalog.slug}: every code with every message raises the class the site says CCXT raises`, () => {
			const exchange = CCXT_SNAPSHOT.exchanges[catalog.ccxt!.exchange];
			for (const entry of catalog.entries) {
				for (const variant of entry.variants) {
					const thrown = thrownByCcxt(catalog.ccxt!.exchange, entry.code, variant.text);
					expect(ccxtRaises(exchange, entry.code, variant.text)?.class ?? null, `${entry.code}: ${variant.text}`).toBe(thrown);
					expect(variant.ccxtRaises?.class ?? null).toBe(thrown);
				}
			}
		});
	}

	it('finds disagreements where they are: LBank has no CCXT class; Binance -1111 is BadRequest in CCXT, InvalidOrder here', () => {
		const bySlug = new Map(catalogs.map((c) => [c.slug, c]));
		expect(bySlug.get('lbank-futures')!.entries.every((e) => e.ccxtActual === null)).toBe(true);
		const precision = bySlug.get('binance-options')!.entries.find((e) => e.code === '-1111')!;
		expect(precision.ccxt).toBe('InvalidOrder');
		expect(precision.ccxtActual).toMatchObject({ classes: ['BadRequest'], relation: 'different' });
	});
});

describe('the /about/ table of disagreements', () => {
	const disagreements = ccxtDisagreements(catalogs);
	const rows = ccxtDisagreementRows(disagreements);

	it('folds codes that differ alike into one row, and loses none', () => {
		expect(rows.flatMap((row) => row.entries)).toHaveLength(disagreements.length);
		expect(new Set(rows.flatMap((row) => row.entries)).size).toBe(disagreements.length);
		expect(rows.length).toBeLessThan(disagreements.length);
		for (const row of rows)
			for (const entry of row.entries) {
				expect(entry.ccxt).toBe(row.siteClass);
				expect(entry.ccxtActual!.classes).toEqual(row.ccxtClasses);
				expect(entry.category).toBe(row.category);
				expect(row.catalog.entries).toContain(entry);
			}
		// Binance Options sends seven codes CCXT files as BadRequest where the site says InvalidOrder: one row.
		const options = rows.filter((row) => row.catalog.slug === 'binance-options' && row.siteClass === 'InvalidOrder' && row.ccxtClasses.join() === 'BadRequest');
		expect(options).toHaveLength(1);
		expect(options[0].entries.map((e) => e.code)).toEqual(expect.arrayContaining(['-1111', '-1115', '-4001']));
	});

	it('keeps apart codes whose category differs though their classes agree', () => {
		const keys = rows.map((row) => JSON.stringify([row.catalog.slug, row.relation, row.siteClass, row.ccxtClasses, row.category]));
		expect(new Set(keys).size).toBe(rows.length);
	});
});

describe('relations in CCXT’s hierarchy', () => {
	const { classes } = CCXT_SNAPSHOT;
	it.each([
		['InvalidOrder', 'InvalidOrder', 'same'],
		['AccountSuspended', 'AuthenticationError', 'broader'],
		['ExchangeError', 'InvalidOrder', 'narrower'],
		['InvalidOrder', 'BadRequest', 'different'],
	] as const)('site %s, CCXT %s: %s', (site, actual, relation) => {
		expect(ccxtRelation(classes, site, actual)).toBe(relation);
	});

	it('matches the hierarchy of the installed package', () => {
		for (const [name, parent] of Object.entries(classes)) {
			if (parent) expect(module[name].prototype instanceof module[parent], `${name} extends ${parent}`).toBe(true);
		}
	});
});

describe('the CCXT-shape export', () => {
	for (const catalog of catalogs) {
		it(`${catalog.slug}: every error code under exact, with a class CCXT itself defines`, () => {
			const map = exportCcxtMap(catalog, '2026-01-01');
			expect(Object.keys(map.exact).sort()).toEqual(
				catalog.entries
					.filter((e) => !e.isSuccess)
					.map((e) => e.code)
					.sort(),
			);
			for (const name of [...Object.values(map.exact), ...Object.values(map.broad)]) {
				expect(typeof module[name], name).toBe('function');
				expect(module[name].prototype instanceof module.BaseError, `${name} is a CCXT error class`).toBe(true);
			}
		});
	}
});
