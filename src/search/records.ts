import type { Catalog, CodeEntry } from '../catalog/model.ts';
import { SEARCH_DOCUMENT_KIND, SEARCH_EXCERPTS_META } from './metadata.ts';
import { CATEGORY_INFO } from '../catalog/vocabulary.ts';
import { element, type Markup } from './markup.ts';

/** A search document for Pagefind: a run of codes of one venue page, each a section at its anchor. */
export interface CodeSearchRecord {
	url: string;
	content: string;
}

/**
 * Pagefind weights: a typed code or name must outrank a code whose message merely mentions it.
 * Pagefind accepts weights from 0 to 10.
 */
const KEY_WEIGHT = '10';
const MESSAGE_WEIGHT = '2';

/**
 * Codes per search document. Pagefind's cost is per document (a fragment file each): one
 * document per code took 60 s to index at 50,000 codes, runs of codes a tenth of it. Each code
 * is a section under a heading with the code's id, which Pagefind returns as a sub-result at
 * that anchor, so a search still lands on the code itself.
 */
export const CODES_PER_RECORD = 5;

/**
 * The section of one code: its heading (the result's title: code and name, not the venue, whose
 * name must not match message words such as "ban" in "LBank"), its keys and messages. Venue
 * text goes in as text nodes only.
 */
function codeSection(entry: CodeEntry) {
	return [
		element('h2', { id: entry.code, 'data-pagefind-weight': KEY_WEIGHT }, [entry.name ? `${entry.code} ${entry.name}` : entry.code]),
		...entry.messages.map((message) => element('p', { 'data-pagefind-weight': MESSAGE_WEIGHT }, [message])),
		element('p', { 'data-pagefind-weight': KEY_WEIGHT }, [entry.searchKeys.join(' ')]),
		element('p', { 'data-pagefind-weight': '1' }, [`${entry.groupTitle} · ${CATEGORY_INFO[entry.category].label}`]),
	];
}

/**
 * What a result shows beside Pagefind's section title: the venue, and each code's messages as
 * its excerpt (Pagefind's own excerpt of a code's section would show the index keys).
 */
function codeRunMeta(catalog: Catalog, run: CodeEntry[]): Record<string, string> {
	return { venue: catalog.title, [SEARCH_EXCERPTS_META]: JSON.stringify(Object.fromEntries(run.map((entry) => [entry.code, entry.messages]))) };
}

/** A search document: an HTML page whose result title is `title` (kept out of the index itself). */
function searchDocument(page: string, id: string, title: string, body: Markup[], meta: Record<string, string> = {}): CodeSearchRecord {
	const document = element('html', { lang: 'en' }, [
		element('head', {}, [element('title', {}, [title])]),
		// Pagefind keeps one document per URL, so each has its own; `url` metadata points results
		// (and sections, `<page>#<code>`) at the page. `kind` tells the search dialog to list the
		// document's sections, one per code.
		element('body', { 'data-pagefind-body': '' }, [
			element('p', { 'data-pagefind-meta': 'title', 'data-pagefind-ignore': 'index' }, [title]),
			element('p', { 'data-pagefind-meta': 'url', 'data-pagefind-ignore': 'index' }, [page]),
			element('p', { 'data-pagefind-meta': 'kind', 'data-pagefind-ignore': 'index' }, [SEARCH_DOCUMENT_KIND]),
			// From an attribute: its value reaches the result exactly (element text may have its spaces folded).
			...Object.entries(meta).map(([key, value]) => element('meta', { 'data-pagefind-meta': `${key}[content]`, content: value })),
			...body,
		]),
	]);
	return { url: `${page}${id}/`, content: `<!doctype html>${document.html}` };
}

/**
 * The documents Pagefind indexes for a venue: one naming the venue (its title and summary, so a
 * search for the venue finds its page), then its codes in runs of {@link CODES_PER_RECORD} at the
 * page that shows them (the venue page, or a group page of a split venue). The venue pages
 * themselves are left out of the page index: these documents are their lists.
 */
export function venueSearchRecords(catalog: Catalog): CodeSearchRecord[] {
	const title = `${catalog.title} error codes`;
	const records = [
		searchDocument(catalog.href, 'venue', title, [element('p', { 'data-pagefind-weight': '5' }, [catalog.title]), element('p', {}, [catalog.summary])]),
	];
	const pages = catalog.split ? catalog.parts.map((part) => ({ path: part.path, entries: part.entries })) : [{ path: catalog.href, entries: catalog.entries }];
	for (const page of pages) {
		for (let start = 0; start < page.entries.length; start += CODES_PER_RECORD) {
			const run = page.entries.slice(start, start + CODES_PER_RECORD);
			records.push(searchDocument(page.path, `codes-${start}`, title, run.flatMap(codeSection), codeRunMeta(catalog, run)));
		}
	}
	return records;
}

/** Search documents for every code of every catalog. */
export function codeSearchRecords(catalogs: Catalog[]): CodeSearchRecord[] {
	return catalogs.flatMap(venueSearchRecords);
}
