import type { Catalog, CodeEntry } from './catalog-model.ts';
import { CATEGORIES, CATEGORY_INFO, type Category, type CategoryInfo } from './vocabulary.ts';

export interface CategoryComparison {
	category: Category;
	info: CategoryInfo;
	venues: { slug: string; title: string; entries: CodeEntry[] }[];
	count: number;
}

/** Every category of the vocabulary with each venue's codes in it, for the compare page. */
export function compareByCategory(catalogs: Catalog[]): CategoryComparison[] {
	return CATEGORIES.map((category) => {
		const venues = catalogs.map((catalog) => ({
			slug: catalog.slug,
			title: catalog.title,
			entries: catalog.entries.filter((entry) => entry.category === category),
		}));
		return { category, info: CATEGORY_INFO[category], venues, count: venues.reduce((sum, v) => sum + v.entries.length, 0) };
	});
}
