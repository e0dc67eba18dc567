import type { Catalog, HistoryEntry, Release } from '../catalog/model.ts';

/** One venue's change in a release, as the changelog page lists it. */
export interface ChangeView {
	catalog: Catalog;
	entry: HistoryEntry;
	/** Element id, `<slug>` for the venue's latest change, `<slug>-<date>` for earlier ones. */
	id: string;
	/** Codes the catalog had right after this change (replayed back from today's). */
	codeCount: number;
	lists: { label: string; codes: { code: string; href: string | null }[] }[];
}

/** Replays history backwards from today's codes: how many codes the catalog had after each entry. */
function codeCountsAfter(catalog: Catalog): number[] {
	const counts: number[] = [];
	let count = catalog.entries.length;
	for (let index = catalog.history.length - 1; index >= 0; index--) {
		counts[index] = count;
		count += catalog.history[index].removed.length - catalog.history[index].added.length;
	}
	return counts;
}

/** The changelog page's model: each release with its changes, codes linked while they exist. */
export function changelogView(releases: Release[]): { date: string; changes: ChangeView[] }[] {
	const counts = new Map<Catalog, number[]>();
	const latestDate = new Map<Catalog, string>();
	for (const release of releases) for (const { catalog } of release.changes) if (!latestDate.has(catalog)) latestDate.set(catalog, release.date);
	return releases.map((release) => ({
		date: release.date,
		changes: release.changes.map(({ catalog, entry }) => {
			if (!counts.has(catalog)) counts.set(catalog, codeCountsAfter(catalog));
			const current = new Map(catalog.entries.map((e) => [e.code, e.pageHref]));
			const link = (code: string) => ({ code, href: current.get(code) ?? null });
			return {
				catalog,
				entry,
				id: latestDate.get(catalog) === release.date ? catalog.slug : `${catalog.slug}-${release.date}`,
				codeCount: counts.get(catalog)![catalog.history.indexOf(entry)],
				lists: [
					{ label: 'Added', codes: entry.added.map(link) },
					{ label: 'Removed', codes: entry.removed.map(link) },
					{ label: 'Messages changed', codes: entry.reworded.map(link) },
				].filter((list) => list.codes.length > 0),
			};
		}),
	}));
}
