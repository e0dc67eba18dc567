import { messageText, type CatalogData, type CodeEntryData, type MessageData } from './schema.ts';
import {
	CCXT_SNAPSHOT,
	ccxtExchangeKey,
	ccxtRaises,
	ccxtRelation,
	type CcxtExchangeSnapshot,
	type CcxtRaise,
	type CcxtRelation,
	type CcxtSnapshot,
} from '../ccxt/mapping.ts';
import { codeFragment, compareCodes } from './codes.ts';
import { describeRanges } from './group-match.ts';
import { searchKeys } from '../search/keys.ts';
import { CATEGORY_INFO, type Category, type CcxtClass, type RetryAdvice } from './vocabulary.ts';

/** One message variant of a code with the guidance that applies to it. */
export interface MessageVariant {
	/** The message, verbatim. */
	text: string;
	category: Category;
	retry: RetryAdvice | null;
	ccxt: CcxtClass | null;
	/** When a retry may come, in the site's words; `null` when the category's advice says it all. */
	wait: string | null;
	/** Whether the catalog refines the code's guidance for this message. */
	refined: boolean;
	/** What CCXT raises for this code and message; `null` when CCXT has no class for the venue or takes the code as success. */
	ccxtRaises: CcxtRaise | null;
	/** How CCXT's class relates to the site's, where CCXT maps this code or message (not its fallback). */
	ccxtRelation: CcxtRelation | null;
	/** The message set this message comes from (listed once for several codes), or `null` for the code's own. */
	set: { id: string; title: string } | null;
	/** Titles of every section of the source that lists this message, where that is not only the code's own group (Bybit's codes in several tables); empty otherwise. */
	sections: string[];
}

/** A list of messages the source gives once for several codes, as the page shows it once. */
export interface MessageSet {
	id: string;
	title: string;
	/** The codes it comes under, in the set's order. */
	codes: string[];
	/** Those codes with the link to each on the page that holds it. */
	codeLinks: { code: string; href: string }[];
	/** The messages with their guidance (the first code's; a refinement is the same for every code). */
	variants: MessageVariant[];
	/** Site-relative link to the list on the venue page. */
	href: string;
}

/** CCXT's classes for a code across its messages, and the most notable relation to the site's. */
export interface CcxtComparison {
	/** The CCXT exchange and market read (`binance.option`) and the CCXT version. */
	exchange: string;
	version: string;
	/** Distinct classes CCXT raises, in message order. */
	classes: string[];
	/** `unmapped`: CCXT maps neither the code nor a message and raises its generic class. */
	relation: CcxtRelation | 'unmapped';
}

/** One code as the pages, the export and search use it. */
export interface CodeEntry {
	venueSlug: string;
	/** The code exactly as the API sends it; also the element id on the page. */
	code: string;
	name?: string;
	/** Every message variant, verbatim, in source order: its own, then those of the message sets it is in. */
	messages: string[];
	/** The messages with the guidance for each (refined where the catalog says so). */
	variants: MessageVariant[];
	/** The message sets whose messages this code also takes, shown once on the page and linked from the code. */
	messageSets: MessageSet[];
	/** The venue's own description of the code, verbatim, where the source gives one. */
	description: string | null;
	/** Struck through in the source as no longer used; the entry and its link stay. */
	deprecated: boolean;
	/** CCXT's own mapping of this code, where CCXT has a class for the venue. */
	ccxtActual: CcxtComparison | null;
	/** Notes of this site's curation (listed twice in the source …). */
	notes: string[];
	groupId: string;
	groupTitle: string;
	category: Category;
	retry: RetryAdvice | null;
	ccxt: CcxtClass | null;
	/** Whether the catalog overrides its category's default retry advice for this code (shown apart). */
	retryOverridden: boolean;
	/** Whether some message carries other retry advice than the code's (Binance's `-1008` ban message): shown on the row, unopened. */
	retryVaries: boolean;
	/** `success` codes are not errors. */
	isSuccess: boolean;
	/** Other codes of the same venue that share a message with this one. */
	sharesMessageWith: string[];
	/** The same, with the link to each on the page that holds it. */
	sharesMessageWithLinks: { code: string; href: string }[];
	/** Site-relative deep link: `/<slug>/#<code>`, the permanent one. */
	href: string;
	/** Where the entry is rendered: `href`, or on a split venue its group page (`/<slug>/<group>/#<code>`). */
	pageHref: string;
	searchKeys: string[];
}

/** One page of a split venue: a group, or a part of a large group. */
export interface VenuePart {
	/** Site-relative path: `/<slug>/<group id>/`, or `/<slug>/<group id>/<n>/` for later parts. */
	path: string;
	/** The route parameter after the venue: `<group id>` or `<group id>/<n>`. */
	param: string;
	group: CodeGroup;
	/** 1-based part number within the group, and how many parts the group has. */
	part: number;
	parts: number;
	entries: CodeEntry[];
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
	/** Site-relative link to the group's heading, or on a split venue to its first page. */
	href: string;
	entries: CodeEntry[];
}

/** One change to a catalog's data, as its history states it. */
export interface HistoryEntry {
	date: string;
	summary: string;
	added: string[];
	removed: string[];
	reworded: string[];
	/** The first entry: the initial capture of the venue's document. */
	initial: boolean;
}

export interface Catalog {
	slug: string;
	venue: string;
	product: string;
	/** `Venue Product`, e.g. `Binance Options API`. */
	title: string;
	summary: string;
	source: CatalogData['source'];
	/** The CCXT exchange class covering this API (`binance.option`) and the CCXT version read, or `null`. */
	ccxt: { exchange: string; version: string } | null;
	/** Changes to the data, oldest first. */
	history: HistoryEntry[];
	transport: string;
	payload: CatalogData['payload'];
	/** Whose grouping the groups are: the venue's own or this site's. */
	grouping: CatalogData['grouping'];
	/** Site-relative path of the venue page. */
	href: string;
	groups: CodeGroup[];
	/** Lists of messages the source gives once for several codes. */
	messageSets: MessageSet[];
	/** All entries in page order (group order, then code order). */
	entries: CodeEntry[];
	messageCount: number;
	/** Past `MAX_CODES_PER_PAGE` codes the venue page is an overview and each group has its own page(s). */
	split: boolean;
	/** The group pages of a split venue, in order; empty otherwise. */
	parts: VenuePart[];
}

/** Codes a venue page shows at most before the venue is split into a page per group: past it, a page stops being quick to load and scan on a phone. */
export const MAX_CODES_PER_PAGE = 600;
/** Codes per page of a large group on a split venue. */
export const CODES_PER_PART = 400;

/** Splits the groups of a large venue into pages, and points each entry at the page that holds it. */
function splitIntoParts(slug: string, groups: CodeGroup[]): VenuePart[] {
	const parts: VenuePart[] = [];
	for (const group of groups) {
		const count = Math.max(1, Math.ceil(group.entries.length / CODES_PER_PART));
		for (let part = 1; part <= count; part++) {
			const param = part === 1 ? group.id : `${group.id}/${part}`;
			const entries = group.entries.slice((part - 1) * CODES_PER_PART, part * CODES_PER_PART);
			const path = `/${slug}/${param}/`;
			for (const entry of entries) entry.pageHref = `${path}#${codeFragment(entry.code)}`;
			parts.push({ path, param, group, part, parts: count, entries });
		}
		group.href = `/${slug}/${group.id}/`;
	}
	return parts;
}

/** Site-relative deep link to a code. */
export function codeHref(slug: string, code: string): string {
	return `/${slug}/#${codeFragment(code)}`;
}

function sharedMessages(codes: CodeEntryData[]): Map<string, string[]> {
	const byMessage = new Map<string, string[]>();
	for (const entry of codes) for (const message of entry.messages.map(messageText)) byMessage.set(message, [...(byMessage.get(message) ?? []), entry.code]);
	const shared = new Map<string, string[]>();
	for (const entry of codes) {
		const others = new Set(entry.messages.map(messageText).flatMap((message) => byMessage.get(message) ?? []));
		others.delete(entry.code);
		shared.set(entry.code, [...others]);
	}
	return shared;
}

/** Relations from the least to the most notable: a code's summary shows the most notable one. */
const RELATION_WEIGHT: Record<CcxtRelation, number> = { same: 0, narrower: 1, broader: 2, different: 3 };

/** Each message with its guidance: the code's, refined where the message says so, and what CCXT raises. */
function messageVariants(
	entry: CodeEntryData,
	messages: MessageData[],
	code: { retry: RetryAdvice | null; ccxt: CcxtClass | null },
	context: { exchange: CcxtExchangeSnapshot | undefined; classes: CcxtSnapshot['classes']; set: MessageVariant['set']; groupTitles: Map<string, string> },
): MessageVariant[] {
	const { exchange, classes } = context;
	return messages.map((message: MessageData) => {
		const refinement = typeof message === 'string' ? undefined : message;
		const category = refinement?.category ?? entry.category;
		const categoryChanged = category !== entry.category;
		const retry = refinement?.retry ?? (categoryChanged ? CATEGORY_INFO[category].retry : code.retry);
		const ccxt = categoryChanged ? CATEGORY_INFO[category].ccxt : code.ccxt;
		const text = messageText(message);
		const raises = exchange ? ccxtRaises(exchange, entry.code, text) : null;
		return {
			text,
			category,
			retry,
			ccxt,
			wait: refinement?.wait ?? null,
			refined: refinement !== undefined && (refinement.category !== undefined || refinement.retry !== undefined || refinement.wait !== undefined),
			ccxtRaises: raises,
			ccxtRelation: raises && raises.via !== 'fallback' && ccxt ? ccxtRelation(classes, ccxt, raises.class) : null,
			set: context.set,
			sections: (refinement?.sections ?? []).map((id) => context.groupTitles.get(id) ?? id),
		};
	});
}

/** A code's CCXT summary across its messages, or `null` when CCXT has no class for the venue or takes it as success. */
function compareWithCcxt(variants: MessageVariant[], exchange: string, version: string): CcxtComparison | null {
	const raised = variants.flatMap((variant) => (variant.ccxtRaises ? [variant.ccxtRaises] : []));
	if (raised.length === 0) return null;
	const relations = variants.flatMap((variant) => (variant.ccxtRelation ? [variant.ccxtRelation] : []));
	return {
		exchange,
		version,
		classes: [...new Set(raised.map((raise) => raise.class))],
		relation: relations.length === 0 ? 'unmapped' : relations.reduce((worst, next) => (RELATION_WEIGHT[next] > RELATION_WEIGHT[worst] ? next : worst)),
	};
}

/** The catalog's history with every list present, oldest first. */
function historyEntries(data: CatalogData): HistoryEntry[] {
	return data.history.map((entry, index) => ({
		date: entry.date,
		summary: entry.summary,
		added: entry.added ?? [],
		removed: entry.removed ?? [],
		reworded: entry.reworded ?? [],
		initial: index === 0,
	}));
}

/**
 * Builds the page model of one venue from its validated catalog data: groups in declared order,
 * codes sorted inside each group, classification defaults filled from the category.
 */
export function buildCatalog(slug: string, data: CatalogData, snapshot: CcxtSnapshot = CCXT_SNAPSHOT): Catalog {
	const shared = sharedMessages(data.codes);
	const exchangeKey = data.ccxtExchange ? ccxtExchangeKey(data.ccxtExchange) : undefined;
	const exchange = exchangeKey ? snapshot.exchanges[exchangeKey] : undefined;
	if (exchangeKey && !exchange) throw new Error(`${slug}: ccxtExchange ${exchangeKey} is not in the CCXT snapshot; run npm run ccxt:snapshot`);
	const groupTitles = new Map(data.groups.map((group) => [group.id, group.title]));
	const setsData = data.messageSets ?? [];
	const setHref = (id: string) => `/${slug}/#${id}`;
	const setsOf = (code: string) => setsData.filter((set) => set.codes.includes(code));
	const groups: CodeGroup[] = data.groups.map((group) => {
		const entries = data.codes
			.filter((entry) => entry.group === group.id)
			.map((entry): CodeEntry => {
				const info = CATEGORY_INFO[entry.category];
				const retry = entry.retry ?? info.retry;
				const ccxt = entry.ccxt ?? info.ccxt;
				const context = { exchange, classes: snapshot.classes, groupTitles };
				const own = messageVariants(entry, entry.messages, { retry, ccxt }, { ...context, set: null });
				const fromSets = setsOf(entry.code).flatMap((set) =>
					messageVariants(entry, set.messages, { retry, ccxt }, { ...context, set: { id: set.id, title: set.title } }),
				);
				const variants = [...own, ...fromSets];
				return {
					venueSlug: slug,
					code: entry.code,
					name: entry.name,
					messages: variants.map((variant) => variant.text),
					variants,
					messageSets: [],
					description: entry.description ?? null,
					deprecated: entry.deprecated === true,
					ccxtActual: exchangeKey ? compareWithCcxt(variants, exchangeKey, snapshot.ccxtVersion) : null,
					notes: entry.notes ?? [],
					groupId: group.id,
					groupTitle: group.title,
					category: entry.category,
					retry,
					ccxt,
					retryOverridden: entry.retry !== undefined && entry.retry !== info.retry,
					retryVaries: variants.some((variant) => variant.retry !== retry),
					isSuccess: entry.category === 'success',
					sharesMessageWith: shared.get(entry.code) ?? [],
					sharesMessageWithLinks: [],
					href: codeHref(slug, entry.code),
					pageHref: codeHref(slug, entry.code),
					searchKeys: searchKeys(entry.code, entry.name),
				};
			})
			.sort((a, b) => compareCodes(a.code, b.code));
		const heading = group.label ? `${group.label} · ${group.title}` : group.title;
		return {
			id: group.id,
			title: group.title,
			label: group.label,
			rangeText: describeRanges(group),
			ranges: group.ranges ?? null,
			heading,
			href: `/${slug}/#${group.id}`,
			entries,
		};
	});
	const entries = groups.flatMap((group) => group.entries);
	const byCode = new Map(entries.map((entry) => [entry.code, entry]));
	const messageSets: MessageSet[] = setsData.map((set) => ({
		id: set.id,
		title: set.title,
		codes: set.codes,
		codeLinks: [],
		variants: byCode.get(set.codes[0])!.variants.filter((variant) => variant.set?.id === set.id),
		href: setHref(set.id),
	}));
	for (const set of messageSets) for (const code of set.codes) byCode.get(code)!.messageSets.push(set);
	const split = entries.length > MAX_CODES_PER_PAGE;
	const parts = split ? splitIntoParts(slug, groups) : [];
	// Links between pages go straight to the page holding the code (a split venue's group page), not through the overview.
	const linkTo = (code: string) => ({ code, href: byCode.get(code)!.pageHref });
	for (const entry of entries) entry.sharesMessageWithLinks = entry.sharesMessageWith.map(linkTo);
	for (const set of messageSets) set.codeLinks = set.codes.map(linkTo);
	return {
		slug,
		venue: data.venue,
		product: data.product,
		title: `${data.venue} ${data.product}`,
		summary: data.summary,
		source: data.source,
		ccxt: exchangeKey ? { exchange: exchangeKey, version: snapshot.ccxtVersion } : null,
		history: historyEntries(data),
		transport: data.transport,
		payload: data.payload,
		grouping: data.grouping,
		href: `/${slug}/`,
		groups,
		messageSets,
		entries,
		messageCount: entries.reduce((sum, entry) => sum + entry.messages.length, 0),
		split,
		parts,
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

/**
 * The version of the published data: the date of the latest change to any catalog. It moves
 * whenever codes or messages change or a venue is added, and never otherwise.
 */
export function dataVersion(catalogs: Catalog[]): string {
	return catalogs.flatMap((catalog) => catalog.history.map((entry) => entry.date)).reduce((latest, date) => (date > latest ? date : latest), '');
}

/** One release of the data: every venue's change of that day. */
export interface Release {
	date: string;
	changes: { catalog: Catalog; entry: HistoryEntry }[];
}

/** The changelog of the data, newest release first, venues in navigation order within a release. */
export function changelog(catalogs: Catalog[]): Release[] {
	const byDate = new Map<string, Release>();
	for (const catalog of catalogs) {
		for (const entry of catalog.history) {
			const release = byDate.get(entry.date) ?? { date: entry.date, changes: [] };
			release.changes.push({ catalog, entry });
			byDate.set(entry.date, release);
		}
	}
	return [...byDate.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
}
