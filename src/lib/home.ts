import type { Catalog } from './catalog-model.ts';

/** Totals and example deep links for the home page. */
export function homeSummary(catalogs: Catalog[]) {
	const codes = catalogs.reduce((sum, c) => sum + c.entries.length, 0);
	const messages = catalogs.reduce((sum, c) => sum + c.messageCount, 0);
	return {
		codes,
		messages,
		description: `${codes} error codes of ${catalogs.map((c) => c.title).join(', ')}: verbatim messages, a permanent link per code, retry advice.`,
		examples: catalogs.map((c) => c.entries.find((e) => !e.isSuccess)?.href ?? c.href),
	};
}
