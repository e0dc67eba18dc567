import type { CodeEntry } from '../catalog/model.ts';
import { RETRY_ADVICE, RETRY_INFO } from '../catalog/vocabulary.ts';
import { CCXT_RELATION_INFO } from '../ccxt/report.ts';

/** One term of a venue page's legend: a label its entries show, and what it means. */
export interface LegendTerm {
	label: string;
	meaning: string;
}

/**
 * What the labels in a page's entries mean, said once for the page rather than on every entry:
 * the retry advice that occurs on it, in the vocabulary's order, and how CCXT's class relates to
 * the site's for its codes, flagged relations first.
 */
export function legendTerms(entries: CodeEntry[]): { retry: LegendTerm[]; ccxt: LegendTerm[] } {
	const retries = new Set(entries.flatMap((entry) => [entry.retry, ...entry.variants.map((variant) => variant.retry)]));
	const relations = new Set<string>(entries.map((entry) => entry.ccxtActual?.relation).filter((relation) => relation !== undefined));
	return {
		retry: RETRY_ADVICE.filter((advice) => retries.has(advice)).map((advice) => RETRY_INFO[advice]),
		// Flagged relations first: they are the ones a client has to act on.
		ccxt: Object.entries(CCXT_RELATION_INFO)
			.filter(([relation]) => relations.has(relation))
			.map(([, info]) => info)
			.sort((a, b) => Number(b.flagged) - Number(a.flagged)),
	};
}
