import type { Catalog, CodeEntry } from '../catalog/model.ts';
import { CATEGORIES, CATEGORY_INFO, type Category, type CategoryInfo } from '../catalog/vocabulary.ts';
import { PAGE_PATHS } from '../exports/urls.ts';

/** Codes a category page shows per venue; the rest are one link away, on the venue's filtered page. */
export const COMPARE_CODES_PER_VENUE = 8;

export interface VenueInCategory {
	slug: string;
	title: string;
	/** The first codes of the venue in this category, in page order. */
	entries: CodeEntry[];
	/** How many codes the venue has in this category. */
	count: number;
	/** Where every one of them is listed: the venue page filtered by the category, or a split venue's overview. */
	allHref: string;
}

export interface CategoryComparison {
	category: Category;
	info: CategoryInfo;
	/** `/compare/<category>/`. */
	href: string;
	/** Venues with codes in the category. */
	venues: VenueInCategory[];
	/** Venues without any. */
	without: { slug: string; title: string }[];
	count: number;
}

/**
 * Every category of the vocabulary with each venue's codes in it: the compare overview and one
 * page per category. A category page shows a few codes per venue, so its size grows with venues,
 * never with codes.
 */
export function compareByCategory(catalogs: Catalog[]): CategoryComparison[] {
	return CATEGORIES.map((category) => {
		const venues: VenueInCategory[] = [];
		const without: CategoryComparison['without'] = [];
		for (const catalog of catalogs) {
			const entries = catalog.entries.filter((entry) => entry.category === category);
			if (entries.length === 0) without.push({ slug: catalog.slug, title: catalog.title });
			else
				venues.push({
					slug: catalog.slug,
					title: catalog.title,
					entries: entries.slice(0, COMPARE_CODES_PER_VENUE),
					count: entries.length,
					allHref: catalog.split ? catalog.href : `${catalog.href}?category=${category}`,
				});
		}
		return {
			category,
			info: CATEGORY_INFO[category],
			href: PAGE_PATHS.category(category),
			venues,
			without,
			count: venues.reduce((sum, v) => sum + v.count, 0),
		};
	});
}
