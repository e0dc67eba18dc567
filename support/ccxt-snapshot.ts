import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CcxtSnapshot, CcxtStep } from '../src/ccxt/mapping.ts';

/** Where the committed snapshot lives; the build reads it, never the `ccxt` package. */
export const SNAPSHOT_PATH = 'src/data/ccxt-snapshot.json';

/**
 * The order in which each CCXT exchange class's `handleErrors` consults its exceptions maps,
 * transcribed from its source (ccxt/js/src/<id>.js) for the venues the catalogs name. A table is
 * a path into the exchange's `exceptions` (`{market}` is the catalog's `ccxtExchange.market`), or
 * one of `literal`: strings the handler's own code tests the body for.
 */
const HANDLERS: Record<string, { steps: CcxtStep[]; fallback: string; notErrors: string[]; literal?: Record<string, Record<string, string>> }> = {
	// binance.handleErrors: first its legacy checks of the body (an HTTP error whose body contains
	// one of three strings is InvalidOrder), then `msg` exactly, then broadly, against the market's
	// map and the general one; then `code` exactly against both; otherwise ExchangeError. Codes 0
	// and 200 are success.
	binance: {
		literal: { 'handleErrors.legacy': { 'Price * QTY is zero or less': 'InvalidOrder', LOT_SIZE: 'InvalidOrder', PRICE_FILTER: 'InvalidOrder' } },
		steps: [
			{ on: 'message', match: 'broad', tables: ['handleErrors.legacy'] },
			{ on: 'message', match: 'exact', tables: ['{market}.exact', 'exact'] },
			{ on: 'message', match: 'broad', tables: ['{market}.broad', 'broad'] },
			{ on: 'code', match: 'exact', tables: ['{market}.exact', 'exact'] },
		],
		fallback: 'ExchangeError',
		notErrors: ['0', '200'],
	},
	// bybit.handleErrors: `retCode` (or the older `ret_code`) other than 0 is an error, except 30084;
	// the whole body broadly, then the code exactly; otherwise ExchangeError.
	bybit: {
		steps: [
			{ on: 'message', match: 'broad', tables: ['broad'] },
			{ on: 'code', match: 'exact', tables: ['exact'] },
		],
		fallback: 'ExchangeError',
		notErrors: ['0', '30084'],
	},
	// mexc.handleErrors: the whole body broadly (the message is the part a key can match), then
	// `code` exactly; otherwise ExchangeError. Codes 0 and 200 are success.
	mexc: {
		steps: [
			{ on: 'message', match: 'broad', tables: ['broad'] },
			{ on: 'code', match: 'exact', tables: ['exact'] },
		],
		fallback: 'ExchangeError',
		notErrors: ['0', '200'],
	},
};

/** What a CCXT build exposes that the snapshot needs (the `ccxt` module's default export). */
export interface CcxtModule {
	[name: string]: unknown;
}

type ExceptionTable = Record<string, unknown>;

const className = (value: unknown): string => (typeof value === 'function' ? value.name : String(value));

function tableAt(exceptions: Record<string, unknown>, path: string): Record<string, string> {
	let node: unknown = exceptions;
	for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
	const table = (node && typeof node === 'object' ? node : {}) as ExceptionTable;
	return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, className(value)]));
}

/** The version of the `ccxt` package installed under `root`. */
export function installedCcxtVersion(root = process.cwd()): string {
	return (JSON.parse(readFileSync(join(root, 'node_modules/ccxt/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The snapshot of CCXT's own mapping for the exchanges the catalogs name (`binance.option`,
 * `mexc`): the tables its error handling reads, in its order, and the error class hierarchy.
 */
export function snapshotCcxt(ccxt: CcxtModule, version: string, exchanges: { id: string; market?: string }[]): CcxtSnapshot {
	const errorClasses = Object.keys(ccxt)
		.filter((name) => typeof ccxt[name] === 'function' && (ccxt[name] as { prototype: unknown }).prototype instanceof Error)
		.sort();
	const classes = Object.fromEntries(
		errorClasses.map((name) => {
			const parent = Object.getPrototypeOf(ccxt[name]) as { name: string };
			return [name, errorClasses.includes(parent.name) ? parent.name : null];
		}),
	);
	const snapshot: CcxtSnapshot = { ccxtVersion: version, classes, exchanges: {} };
	for (const { id, market } of [...exchanges].sort((a, b) => `${a.id}.${a.market}`.localeCompare(`${b.id}.${b.market}`))) {
		const handler = HANDLERS[id];
		if (!handler) throw new Error(`no transcription of CCXT's ${id}.handleErrors in support/ccxt-snapshot.ts; add one`);
		const Exchange = ccxt[id] as (new () => { exceptions: Record<string, unknown> }) | undefined;
		if (typeof Exchange !== 'function') throw new Error(`CCXT ${version} has no exchange class "${id}"`);
		const exceptions = new Exchange().exceptions;
		if (market && !(market in exceptions)) throw new Error(`CCXT's ${id} has no exceptions.${market} map`);
		const resolve = (path: string) => path.replace('{market}', market ?? '');
		const steps = handler.steps.map((step) => ({ ...step, tables: step.tables.filter((t) => market || !t.includes('{market}')).map(resolve) }));
		// A table written in the handler's code, not in its exceptions, is transcribed with it.
		const tables = Object.fromEntries(
			[...new Set(steps.flatMap((step) => step.tables))].map((path) => [path, handler.literal?.[path] ?? tableAt(exceptions, path)]),
		);
		snapshot.exchanges[market ? `${id}.${market}` : id] = { steps, fallback: handler.fallback, notErrors: handler.notErrors, tables };
	}
	return snapshot;
}

/** The snapshot as committed: stable key order, tab-indented JSON, a final newline. */
export function serialiseSnapshot(snapshot: CcxtSnapshot): string {
	return `${JSON.stringify(snapshot, null, '\t')}\n`;
}
