import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Catalog, CodeEntry } from './catalog-model.ts';
import { CATEGORY_INFO } from './vocabulary.ts';

/** A search document for one code: indexed by Pagefind as if it were a page at the code's anchor. */
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
 * The HTML Pagefind indexes for one code. Each code is its own result, so a search for `-1121`,
 * `bad_symbol` or `recvWindow` lands on `/binance-options/#-1121` itself rather than on the page.
 * Venue text is inserted as text nodes (escaped by the serializer), never as markup.
 */
export function codeSearchRecord(catalog: Catalog, entry: CodeEntry): CodeSearchRecord {
	const code = entry.name ? `${entry.code} ${entry.name}` : entry.code;
	const tree = h('html', { lang: 'en' }, [
		h('head', [h('title', `${code} · ${catalog.title}`)]),
		h('body', { dataPagefindBody: '' }, [
			h('h1', { dataPagefindMeta: 'title' }, `${code} · ${catalog.title}`),
			// The result's excerpt: the venue's messages, not the search keys (see Search.astro).
			h('p', { dataPagefindMeta: 'messages', dataPagefindIgnore: 'index' }, entry.messages.join(' · ')),
			h('p', { dataPagefindWeight: KEY_WEIGHT }, code),
			h('p', { dataPagefindWeight: KEY_WEIGHT }, entry.searchKeys.join(' ')),
			...entry.messages.map((message) => h('p', { dataPagefindWeight: MESSAGE_WEIGHT }, message)),
			h('p', { dataPagefindWeight: '1' }, `${catalog.title} · ${entry.groupTitle} · ${CATEGORY_INFO[entry.category].label}`),
		]),
	]);
	return { url: entry.pageHref, content: `<!doctype html>${toHtml(tree)}` };
}

/** Search records for every code of every catalog. */
export function codeSearchRecords(catalogs: Catalog[]): CodeSearchRecord[] {
	return catalogs.flatMap((catalog) => catalog.entries.map((entry) => codeSearchRecord(catalog, entry)));
}
