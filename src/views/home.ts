import { catalogTotals, type Catalog } from '../catalog/model.ts';

/** Totals and example deep links for the home page. */
export function homeSummary(catalogs: Catalog[]) {
	const { codes, messages } = catalogTotals(catalogs);
	return {
		codes,
		messages,
		description: `${codes} error codes of ${catalogs.map((c) => c.title).join(', ')}: verbatim messages, a permanent link per code, retry advice.`,
		// Shown as the permanent link, linked to the page that holds the code (a split venue's group page).
		examples: catalogs.map((c) => {
			const entry = c.entries.find((e) => !e.isSuccess);
			return { href: entry?.pageHref ?? c.href, label: entry?.href ?? c.href };
		}),
	};
}
