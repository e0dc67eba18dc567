import { catalogTotals, type Catalog } from '../catalog/model.ts';

/** Totals and example deep links for the home page. */
export function homeSummary(catalogs: Catalog[]) {
	const { codes, messages } = catalogTotals(catalogs);
	return {
		codes,
		messages,
		description: `${codes} error codes of ${catalogs.map((c) => c.title).join(', ')}: verbatim messages, a permanent link per code, retry advice.`,
		examples: catalogs.map((c) => c.entries.find((e) => !e.isSuccess)?.href ?? c.href),
	};
}
