import { buildCatalog, sortCatalogs } from './catalog-model.ts';
import type { ValidatedCatalog } from './validate-catalog.ts';

/**
 * Starlight sidebar items generated from the catalog files: each venue with its code count and a
 * link per group. Built at config time, so adding a venue file adds it to the navigation.
 */
export function buildSidebar(validated: ValidatedCatalog[]) {
	const catalogs = sortCatalogs(validated.flatMap((c) => (c.data ? [buildCatalog(c.slug, c.data)] : [])));
	return [
		{ label: 'Home', link: '/' },
		{ label: 'Look up a code', link: '/lookup/' },
		{ label: 'Compare by category', link: '/compare/' },
		{ label: 'About the data', link: '/about/' },
		...catalogs.map((catalog) => ({
			label: catalog.title,
			collapsed: true,
			items: [
				{ label: `All ${catalog.entries.length} codes`, link: catalog.href },
				...catalog.groups.map((group) => ({
					label: group.heading,
					link: `${catalog.href}#${group.id}`,
				})),
			],
		})),
	];
}
