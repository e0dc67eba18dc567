import snapshotJson from '../data/ccxt-snapshot.json' with { type: 'json' };

/**
 * CCXT's own mapping of venue errors to its exception classes, read from the committed snapshot
 * (`npm run ccxt:snapshot` writes it from the pinned `ccxt` package). The site's classes are its
 * suggestion; these are what a CCXT client actually raises.
 */

/** One step of an exchange's error handling: which part of the reply it matches, how, against which maps. */
export interface CcxtStep {
	on: 'message' | 'code';
	/** `exact`: the whole value is a key; `broad`: the first key contained in the value. */
	match: 'exact' | 'broad';
	/** Paths into the exchange's `exceptions`, in the order CCXT reads them. */
	tables: string[];
}

export interface CcxtExchangeSnapshot {
	steps: CcxtStep[];
	/** The class raised when nothing matches. */
	fallback: string;
	/** Codes the exchange class treats as success. */
	notErrors: string[];
	tables: Record<string, Record<string, string>>;
}

export interface CcxtSnapshot {
	ccxtVersion: string;
	/** Every CCXT error class and its parent class (`null` for the root). */
	classes: Record<string, string | null>;
	/** Keyed `<exchange id>` or `<exchange id>.<market>`. */
	exchanges: Record<string, CcxtExchangeSnapshot>;
}

export const CCXT_SNAPSHOT: CcxtSnapshot = snapshotJson as CcxtSnapshot;

/** What CCXT raises for one message variant of a code. */
export interface CcxtRaise {
	/** CCXT's exception class name. */
	class: string;
	/** What matched: the code, the message, or nothing (the exchange's generic class). */
	via: 'code' | 'message' | 'fallback';
	/** The key of CCXT's map that matched, or `null` for the fallback. */
	key: string | null;
}

/** How CCXT's class relates to the site's: the same, a parent of it (broader), a child (narrower) or apart. */
export type CcxtRelation = 'same' | 'broader' | 'narrower' | 'different';

/** The snapshot key of a catalog's `ccxtExchange`. */
export function ccxtExchangeKey(exchange: { id: string; market?: string }): string {
	return exchange.market ? `${exchange.id}.${exchange.market}` : exchange.id;
}

/**
 * The class CCXT raises for `code` sent with `message`, following the exchange's handler step by
 * step; `null` when CCXT treats the code as success. Broad keys are tried in the map's order and
 * the first one the message contains wins, as in CCXT's `findBroadlyMatchedKey`.
 */
export function ccxtRaises(exchange: CcxtExchangeSnapshot, code: string, message: string): CcxtRaise | null {
	if (exchange.notErrors.includes(code)) return null;
	for (const step of exchange.steps) {
		const subject = step.on === 'code' ? code : message;
		for (const path of step.tables) {
			const table = exchange.tables[path] ?? {};
			if (step.match === 'exact') {
				if (Object.hasOwn(table, subject)) return { class: table[subject], via: step.on, key: subject };
			} else {
				const key = Object.keys(table).find((candidate) => subject.includes(candidate));
				if (key !== undefined) return { class: table[key], via: step.on, key };
			}
		}
	}
	return { class: exchange.fallback, via: 'fallback', key: null };
}

/** The chain of classes from `name` up to CCXT's root error. */
function ancestry(classes: CcxtSnapshot['classes'], name: string): string[] {
	const chain: string[] = [];
	for (let current: string | null | undefined = name; current && !chain.includes(current); current = classes[current]) chain.push(current);
	return chain;
}

/** How CCXT's class `actual` relates to the site's class `site` in CCXT's hierarchy. */
export function ccxtRelation(classes: CcxtSnapshot['classes'], site: string, actual: string): CcxtRelation {
	if (site === actual) return 'same';
	if (ancestry(classes, site).includes(actual)) return 'broader';
	if (ancestry(classes, actual).includes(site)) return 'narrower';
	return 'different';
}
