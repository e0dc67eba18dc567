import type { CatalogData, CodeEntryData } from './catalog-schema.ts';
import { codeFragment, compareCodes } from './codes.ts';
import { describeRanges } from './group-match.ts';
import { searchKeys } from './search-keys.ts';
import { CATEGORY_INFO, type Category, type CcxtClass, type RetryAdvice } from './vocabulary.ts';

/** One code as the pages, the export and search use it. */
export interface CodeEntry {
	venueSlug: string;
	/** The code exactly as the API sends it; also the element id on the page. */
	code: string;
	name?: string;
	/** Every message variant, verbatim, in source order. */
	messages: string[];
	/** Notes of this site's curation (listed twice in the source …). */
	notes: string[];
	groupId: string;
	groupTitle: string;
	category: Category;
	retry: RetryAdvice | null;
	ccxt: CcxtClass | null;
	/** Whether the catalog overrides its category's default retry advice for this code (shown apart). */
	retryOverridden: boolean;
	/** `success` codes are not errors. */
	isSuccess: boolean;
	/** Other codes of the same venue that share a message with this one. */
	sharesMessageWith: string[];
	/** Site-relative deep link: `/<slug>/#<code>`. */
	href: string;
	searchKeys: string[];
}

export interface CodeGroup {
	id: string;
	title: string;
	/** The range or rule as shown in the heading (`10xx`), where the catalog gives one. */
	label?: string;
	/** The numeric ranges the group declares, in words (`-1099 to -1000`), or `null`. */
	rangeText: string | null;
	/** The declared ranges, or `null`. */
	ranges: [number, number][] | null;
	/** Heading text: label and title, e.g. `10xx · General server or network issues`. */
	heading: string;
	/** Site-relative link to the group's heading: `/<slug>/#<group id>`. */
	href: string;
	entries: CodeEntry[];
}

export interface Catalog {
	slug: string;
	venue: string;
	product: string;
	/** `Venue Product`, e.g. `Binance Options API`. */
	title: string;
	summary: string;
	source: { title: string; url: string };
	transport: string;
	payload: CatalogData['payload'];
	/** Whose grouping the groups are: the venue's own or this site's. */
	grouping: CatalogData['grouping'];
	/** Site-relative path of the venue page. */
	href: string;
	groups: CodeGroup[];
	/** All entries in page order (group order, then code order). */
	entries: CodeEntry[];
	messageCount: number;
}

/** Site-relative deep link to a code. */
export function codeHref(slug: string, code: string): string {
	return `/${slug}/#${codeFragment(code)}`;
}

function sharedMessages(codes: CodeEntryData[]): Map<string, string[]> {
	const byMessage = new Map<string, string[]>();
	for (const entry of codes) for (const message of entry.messages) byMessage.set(message, [...(byMessage.get(message) ?? []), entry.code]);
	const shared = new Map<string, string[]>();
	for (const entry of codes) {
		const others = new Set(entry.messages.flatMap((message) => byMessage.get(message) ?? []));
		others.delete(entry.code);
		shared.set(entry.code, [...others]);
	}
	return shared;
}

/**
 * Builds the page model of one venue from its validated catalog data: groups in declared order,
 * codes sorted inside each group, classification defaults filled from the category.
 */
export function buildCatalog(slug: string, data: CatalogData): Catalog {
	const shared = sharedMessages(data.codes);
	const groups: CodeGroup[] = data.groups.map((group) => {
		const entries = data.codes
			.filter((entry) => entry.group === group.id)
			.map((entry): CodeEntry => {
				const info = CATEGORY_INFO[entry.category];
				return {
					venueSlug: slug,
					code: entry.code,
					name: entry.name,
					messages: entry.messages,
					notes: entry.notes ?? [],
					groupId: group.id,
					groupTitle: group.title,
					category: entry.category,
					retry: entry.retry ?? info.retry,
					ccxt: entry.ccxt ?? info.ccxt,
					retryOverridden: entry.retry !== undefined && entry.retry !== info.retry,
					isSuccess: entry.category === 'success',
					sharesMessageWith: shared.get(entry.code) ?? [],
					href: codeHref(slug, entry.code),
					searchKeys: searchKeys(entry.code, entry.name),
				};
			})
			.sort((a, b) => compareCodes(a.code, b.code));
		const heading = group.label ? `${group.label} · ${group.title}` : group.title;
		return { id: group.id, title: group.title, label: group.label, rangeText: describeRanges(group), ranges: group.ranges ?? null, heading, href: `/${slug}/#${group.id}`, entries };
	});
	const entries = groups.flatMap((group) => group.entries);
	return {
		slug,
		venue: data.venue,
		product: data.product,
		title: `${data.venue} ${data.product}`,
		summary: data.summary,
		source: data.source,
		transport: data.transport,
		payload: data.payload,
		grouping: data.grouping,
		href: `/${slug}/`,
		groups,
		entries,
		messageCount: entries.reduce((sum, entry) => sum + entry.messages.length, 0),
	};
}

/** Codes and messages across all catalogs, as the home page and the export index state them. */
export function catalogTotals(catalogs: Catalog[]): { codes: number; messages: number } {
	return {
		codes: catalogs.reduce((sum, c) => sum + c.entries.length, 0),
		messages: catalogs.reduce((sum, c) => sum + c.messageCount, 0),
	};
}

/** Orders venues for navigation: alphabetically by display title. */
export function sortCatalogs(catalogs: Catalog[]): Catalog[] {
	return [...catalogs].sort((a, b) => a.title.localeCompare(b.title));
}
