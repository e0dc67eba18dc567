import type { Catalog, CodeEntry } from '../catalog/model.ts';
import type { CcxtRelation } from './mapping.ts';
import type { Category } from '../catalog/vocabulary.ts';

/** What each relation means for a client that catches the site's class (shown on /about/ and beside each code). */
export const CCXT_RELATION_INFO: Record<CcxtRelation | 'unmapped', { label: string; counted: string; meaning: string; flagged: boolean }> = {
	same: { label: 'Same class', counted: 'the same', meaning: 'CCXT raises the class the site suggests.', flagged: false },
	narrower: {
		label: 'CCXT narrower',
		counted: 'narrower in CCXT',
		meaning: "CCXT raises a subclass of the site's class: a handler for the site's class catches it too.",
		flagged: false,
	},
	broader: {
		label: 'CCXT broader',
		counted: 'broader in CCXT',
		meaning:
			"CCXT raises a parent of the site's class: a handler for the site's more specific class misses it; catch CCXT's class and tell the cases apart by code.",
		flagged: true,
	},
	different: {
		label: 'CCXT differs',
		counted: 'on another branch in CCXT',
		meaning: "CCXT raises a class on another branch of its hierarchy: a handler for the site's class misses it; under CCXT, handle the class CCXT raises.",
		flagged: true,
	},
	unmapped: {
		label: 'Not in CCXT',
		counted: 'not mapped by CCXT',
		meaning: 'CCXT maps neither the code nor its message and raises its generic class for it.',
		flagged: false,
	},
};

/** The relations other than the same class, most notable first: how /about/ counts each venue's codes and /about/ccxt/ explains its table. */
export const CCXT_RELATIONS_APART = ['different', 'broader', 'narrower', 'unmapped'] as const;

/** Whether a code's CCXT class is worth a flag: a client catching the site's class would miss it. */
export function ccxtFlagged(entry: CodeEntry): boolean {
	return entry.ccxtActual !== null && CCXT_RELATION_INFO[entry.ccxtActual.relation].flagged;
}

export interface CcxtDisagreement {
	catalog: Catalog;
	entry: CodeEntry;
	relation: CcxtRelation;
}

/** Every code whose CCXT class differs from the site's, most notable first, per venue in navigation order. */
export function ccxtDisagreements(catalogs: Catalog[]): CcxtDisagreement[] {
	const order: Record<CcxtRelation, number> = { different: 0, broader: 1, narrower: 2, same: 3 };
	return catalogs.flatMap((catalog) =>
		catalog.entries
			.flatMap((entry): CcxtDisagreement[] => {
				const relation = entry.ccxtActual?.relation;
				if (!relation || relation === 'same' || relation === 'unmapped') return [];
				return [{ catalog, entry, relation }];
			})
			.sort((a, b) => order[a.relation] - order[b.relation]),
	);
}

/** Codes of one venue that disagree with CCXT in the same way: one row of the /about/ table. */
export interface CcxtDisagreementRow {
	catalog: Catalog;
	relation: CcxtRelation;
	siteClass: CodeEntry['ccxt'];
	ccxtClasses: string[];
	/** Why the site files them as it does. */
	category: Category;
	entries: CodeEntry[];
}

/**
 * The disagreements of `ccxtDisagreements`, codes that share venue, relation, both classes and
 * the site's category folded into one row (195 codes read as 69 rows): the pattern is what a
 * reader compares, the codes are its instances. Rows keep the order of their first code.
 */
export function ccxtDisagreementRows(disagreements: CcxtDisagreement[]): CcxtDisagreementRow[] {
	const rows = new Map<string, CcxtDisagreementRow>();
	for (const { catalog, entry, relation } of disagreements) {
		const ccxtClasses = entry.ccxtActual!.classes;
		const key = JSON.stringify([catalog.slug, relation, entry.ccxt, ccxtClasses, entry.category]);
		const row = rows.get(key);
		if (row) row.entries.push(entry);
		else rows.set(key, { catalog, relation, siteClass: entry.ccxt, ccxtClasses, category: entry.category, entries: [entry] });
	}
	return [...rows.values()];
}

/** Per venue, how many codes CCXT maps the same, differently or not at all. */
export function ccxtCoverage(catalog: Catalog): Record<CcxtRelation | 'unmapped', number> {
	const counts: Record<CcxtRelation | 'unmapped', number> = { same: 0, narrower: 0, broader: 0, different: 0, unmapped: 0 };
	for (const entry of catalog.entries) if (entry.ccxtActual) counts[entry.ccxtActual.relation]++;
	return counts;
}

/** 1-based positions as short ranges: `[1, 2, 3, 5]` → `1–3, 5`. */
export function positionRanges(positions: number[]): string {
	const out: string[] = [];
	for (let i = 0; i < positions.length; i++) {
		let j = i;
		while (j + 1 < positions.length && positions[j + 1] === positions[j] + 1) j++;
		out.push(j > i ? `${positions[i]}–${positions[j]}` : String(positions[i]));
		i = j;
	}
	return out.join(', ');
}

/**
 * Which messages of a code make CCXT raise which class, one line per class in order of first use
 * (`InvalidOrder` for messages 1–4, 6; `MarketClosed` for message 5): a code with dozens of
 * messages (Binance Spot's -2010) stays one short sentence.
 */
export function ccxtClassesByMessage(variants: { ccxtRaises: { class: string } | null }[]): { ccxtClass: string; messages: string; count: number }[] {
	const byClass = new Map<string, number[]>();
	variants.forEach((variant, index) => {
		if (!variant.ccxtRaises) return;
		byClass.set(variant.ccxtRaises.class, [...(byClass.get(variant.ccxtRaises.class) ?? []), index + 1]);
	});
	return [...byClass].map(([ccxtClass, positions]) => ({ ccxtClass, messages: positionRanges(positions), count: positions.length }));
}
