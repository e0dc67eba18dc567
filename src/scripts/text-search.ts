/**
 * Pagefind's JS API, started once on demand: full-text results as plain titles and excerpts.
 * Excerpts come from Pagefind as HTML with <mark>; they are rebuilt from text nodes and <mark>
 * alone, so no markup from a catalog can get into the page.
 */

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export interface TextResult {
	url: string;
	title: string;
	/** Text and <mark> nodes, safe to append. */
	excerpt: Node[];
}

const bundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
let engine: Promise<Pagefind> | undefined;

/** Loads and starts Pagefind (script, WebAssembly, index metadata); a failure is tried again next time. */
export function startTextSearch(): Promise<Pagefind> {
	engine ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
		// Prefer words of the typed length: `2005` over `20050`.
		await pagefind.options({ ranking: { termSimilarity: 5 } });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		engine = undefined;
		throw error;
	});
	return engine;
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

/** The first `limit` full-text results for `query`; waits for the engine if it is still starting. */
export async function textResults(query: string, limit: number): Promise<TextResult[]> {
	const pagefind = await startTextSearch();
	const { results } = await pagefind.search(query);
	const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
	return data.map((result) => ({
		url: result.url,
		title: result.meta.title ?? result.url,
		// A code's record carries its messages as metadata: shown as text, instead of the search keys.
		excerpt: result.meta.messages !== undefined ? [document.createTextNode(result.meta.messages)] : excerptNodes(result.excerpt),
	}));
}
