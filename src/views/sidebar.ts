import type { Catalog } from '../catalog/model.ts';

/** Venues the sidebar names one by one; past this it links to the list on the home page, so that no page grows with every venue added. */
export const SIDEBAR_VENUES = 12;

/**
 * Starlight sidebar items generated from the catalog files, built at config time so that adding a
 * venue file adds it to the navigation. A venue's groups are listed on its own page, not here:
 * every page carries the sidebar.
 */
export function buildSidebar(catalogs: Catalog[]) {
	const venues =
		catalogs.length <= SIDEBAR_VENUES
			? catalogs.map((catalog) => ({ label: `${catalog.title} (${catalog.entries.length})`, link: catalog.href }))
			: [{ label: `All ${catalogs.length} venues`, link: '/#venues' }];
	return [
		{ label: 'Home', link: '/' },
		{ label: 'Look up a code', link: '/lookup/' },
		{ label: 'Compare by category', link: '/compare/' },
		{ label: 'About the data', link: '/about/' },
		{ label: 'Changelog', link: '/changelog/' },
		{ label: 'Venues', items: venues },
	];
}
