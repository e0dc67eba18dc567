import type { Catalog } from './catalog-model.ts';

/**
 * Starlight sidebar items generated from the catalog files: each venue with its code count and a
 * link per group. Built at config time, so adding a venue file adds it to the navigation.
 */
export function buildSidebar(catalogs: Catalog[]) {
	return [
		{ label: 'Home', link: '/' },
		{ label: 'Look up a code', link: '/lookup/' },
		{ label: 'Compare by category', link: '/compare/' },
		{ label: 'About the data', link: '/about/' },
		{ label: 'Changelog', link: '/changelog/' },
		...catalogs.map((catalog) => ({
			label: catalog.title,
			collapsed: true,
			items: [
				{ label: `All ${catalog.entries.length} codes`, link: catalog.href },
				...catalog.groups.map((group) => ({
					label: group.heading,
					link: group.href,
				})),
			],
		})),
	];
}
