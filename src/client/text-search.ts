import { SEARCH_DOCUMENT_KIND, SEARCH_EXCERPTS_META } from '../search/metadata.ts';
import { inflatePagefindFiles } from './pagefind-inflate.ts';
import { PAGEFIND_BASE, PAGEFIND_ENTRY_TAG } from './search-preloads.ts';

/**
 * Pagefind's JS API, started once on demand: full-text results as plain titles and excerpts.
 * Excerpts come from Pagefind as HTML with <mark>; they are rebuilt from text nodes and <mark>
 * alone, so no markup from a catalog can get into the page.
 */

/** What Pagefind scores a matched word with; summed, the relevance of a page or of one of its sections. */
interface WeightedLocation {
	balanced_score: number;
}
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	/** Present for a section under a heading with an id: a code's section. */
	anchor?: { id: string };
	weighted_locations: WeightedLocation[];
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	weighted_locations: WeightedLocation[];
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	/** Loads the index chunks for a term's words, so that its search does not wait for them. */
	preload(term: string): Promise<void>;
	/** The index's filters and their counts; answered once the engine has started. */
	filters(): Promise<unknown>;
	search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export interface TextResult {
	url: string;
	title: string;
	/** Text and <mark> nodes, safe to append. */
	excerpt: Node[];
}

const bundle = `${PAGEFIND_BASE}pagefind.js`;
let engine: Promise<Pagefind> | undefined;

/** When Pagefind is asked whether it has started, in ms after `init()`: see {@link engineStarted}. */
const START_PROBES_MS = [0, 10, 20, 30, 40];

/**
 * Settles once Pagefind's engine has started (its index metadata read and its WebAssembly
 * running). Pagefind's `init()` returns before that, and a call made meanwhile checks again every
 * 50 ms (Pagefind 1.5's `getPtr`), so the first search of a cold page waited up to 50 ms past the
 * start, 20 ms in the traces. Asked at five offsets, one answer comes within 10 ms of the start.
 * Rejects if the start failed.
 */
export function engineStarted(pagefind: Pick<Pagefind, 'filters'>): Promise<unknown> {
	const probe = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)).then(() => pagefind.filters());
	return Promise.any(START_PROBES_MS.map(probe));
}

/**
 * Loads and starts Pagefind (script, WebAssembly, index metadata), its files inflated by the
 * browser (src/client/pagefind-inflate.ts); a failure is tried again next time.
 */
export function startTextSearch(): Promise<Pagefind> {
	engine ??= (async () => {
		inflatePagefindFiles(PAGEFIND_BASE);
		const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
		// Prefer words of the typed length: `2005` over `20050`.
		// On the main thread, where its first fetches are already under way (src/client/search-preloads.ts):
		// a worker would start later and fetch them again.
		await pagefind.options({ ranking: { termSimilarity: 5 }, noWorker: true, metaCacheTag: PAGEFIND_ENTRY_TAG });
		await pagefind.init();
		// Pagefind splits a query into characters with Intl.Segmenter, and the first one made in a
		// page loads ICU's data: 10–60 ms of main thread, spent here while the engine's WebAssembly
		// starts. Made at the first sign of intent instead, it held up the code hits' modules.
		new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' });
		await engineStarted(pagefind);
		return pagefind;
	})().catch((error: unknown) => {
		engine = undefined;
		throw error;
	});
	return engine;
}

/**
 * What the warm-up searches for: words that start with a digit sort first in Pagefind's index, so
 * this loads the index chunk holding the numeric codes, the queries a reader most often makes.
 */
export const WARM_TEXT_QUERY = '0';

/**
 * One search made before the reader types, once Pagefind has started: its WebAssembly compiles
 * each function on its first call, which cost a cold page's first full-text search 17–22 ms, and
 * the index chunk it loads is the one a numeric code needs. No result is read.
 */
export async function warmTextSearch(): Promise<void> {
	await (await startTextSearch()).search(WARM_TEXT_QUERY);
}

/** An excerpt's text with Pagefind's <mark> highlights kept and everything else dropped. */
function excerptNodes(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
	const nodes: Node[] = [];
	const walk = (parent: Node) => {
		for (const child of parent.childNodes) {
			if (child.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(child.textContent ?? ''));
			else if (child.nodeName === 'MARK') {
				const mark = document.createElement('mark');
				mark.textContent = child.textContent;
				nodes.push(mark);
			} else walk(child);
		}
	};
	walk(parsed);
	return nodes;
}

/**
 * A code's messages with the words the query starts marked, as text and <mark> nodes: a code's
 * result shows the venue's message, not the keys its section is indexed by.
 */
export function markedText(text: string, query: string): Node[] {
	const words = query
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 1);
	const nodes: Node[] = [];
	for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
		if (part === '') continue;
		const lower = part.toLowerCase();
		if (words.some((word) => lower.startsWith(word))) {
			const mark = document.createElement('mark');
			mark.textContent = part;
			nodes.push(mark);
		} else nodes.push(document.createTextNode(part));
	}
	return nodes;
}

/** The messages of each code of a document of codes, from its metadata. */
function codeMessages(document: PagefindResultData): Record<string, string[]> {
	try {
		return JSON.parse(document.meta[SEARCH_EXCERPTS_META] ?? '{}') as Record<string, string[]>;
	} catch {
		return {};
	}
}

/** Documents whose sections are read for one query: enough for `limit` results from a few documents of codes. */
const DOCUMENTS_READ = 10;

const relevance = (locations: WeightedLocation[]) => locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * The first `limit` full-text results for `query`, most relevant first; waits for the engine if it
 * is still starting. A document of codes (src/search/records.ts) gives one result per code
 * it matches, at the code's anchor; any other page is one result.
 */
export async function textResults(query: string, limit: number): Promise<TextResult[]> {
	const pagefind = await startTextSearch();
	const { results } = await pagefind.search(query);
	const documents = await Promise.all(results.slice(0, DOCUMENTS_READ).map((result) => result.data()));
	// Scored by their best section, so that a long page does not outrank a code for words spread over it.
	const found = documents.flatMap((document) => {
		if (document.meta.kind === SEARCH_DOCUMENT_KIND) {
			const messages = codeMessages(document);
			return document.sub_results
				.filter((sub) => sub.anchor)
				.map((sub) => ({
					url: sub.url,
					title: `${sub.title} · ${document.meta.venue ?? ''}`,
					excerpt: () => markedText((messages[sub.anchor!.id] ?? []).join(' · '), query),
					score: relevance(sub.weighted_locations),
				}));
		}
		const best = Math.max(0, ...document.sub_results.map((sub) => relevance(sub.weighted_locations)));
		return [
			{
				url: document.meta.url ?? document.url,
				title: document.meta.title ?? document.url,
				excerpt: () => excerptNodes(document.excerpt),
				score: best || relevance(document.weighted_locations),
			},
		];
	});
	const seen = new Set<string>();
	return found
		.sort((a, b) => b.score - a.score)
		.filter((result) => !seen.has(result.url) && seen.add(result.url))
		.slice(0, limit)
		.map((result) => ({ url: result.url, title: result.title, excerpt: result.excerpt() }));
}
