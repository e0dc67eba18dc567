/**
 * The site's search engine in its dialog (src/components/SiteSearch.astro), imported on intent by
 * src/client/search-shell.ts: code hits from the answer engine
 * as the reader types, Pagefind's full-text results after a short pause, and answers that never
 * mix one query's results with another's (each input has a generation; late answers are dropped).
 */
import { answerQuery } from './answer-client.ts';
import { answerHits, hitItem, noticeParagraphs } from './answer-view.ts';
import { preloadText, warmSearch } from './search-warmup.ts';
import { textResultItem } from './text-results-view.ts';
import { textResults, type TextResult } from './text-search.ts';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Full-text search waits this long after a key, for the next one; code hits do not wait, nor does a paste. */
const TEXT_DEBOUNCE_MS = 60;
const MAX_TEXT_RESULTS = 10;

/**
 * Whether `query` came from `previous` by one key (a character typed or deleted), which the next
 * key may soon replace; a paste, a drop or a query put in whole has no keys to wait for.
 */
export const isKeystroke = (previous: string, query: string) => Math.abs(query.length - previous.length) <= 1;

/** The venue of the page the dialog is opened on: its codes are preferred. */
const pageVenue = () => document.querySelector<HTMLElement>('[data-venue-page]')?.dataset.venuePage;

/** The dialog's answering side, attached to its element by src/client/search-shell.ts. */
export class SearchController {
	private readonly input: HTMLTextAreaElement;
	private readonly codeSection: HTMLElement;
	private readonly textSection: HTMLElement;
	private readonly status: HTMLElement;
	private generation = 0;
	/** The query last answered: whether the next one is a keystroke away from it. */
	private previousQuery = '';
	private textTimer: ReturnType<typeof setTimeout> | undefined;
	/** Settles when the code hits for the current input are shown. */
	private codeHitsShown: Promise<void> = Promise.resolve();
	/** Settles when the full-text results for the current input are shown (or it was replaced). */
	private textShown: Promise<void> = Promise.resolve();

	constructor(private readonly host: HTMLElement) {
		this.input = host.querySelector<HTMLTextAreaElement>('#site-search-input')!;
		this.codeSection = host.querySelector<HTMLElement>('[data-code-section]')!;
		this.textSection = host.querySelector<HTMLElement>('[data-text-section]')!;
		this.status = host.querySelector<HTMLElement>('[data-search-status]')!;
		this.input.addEventListener('input', () => this.update());
		// Typed before the engine was in: answer it now (the answer itself compiles the resolver).
		// Otherwise compile it on a sample while the reader has not typed.
		const typed = () => this.input.value.trim() !== '';
		if (typed()) this.update();
		else warmSearch(() => this.codeHitsShown, typed);
	}

	private querySelector<E extends Element = HTMLElement>(selector: string): E | null {
		return this.host.querySelector<E>(selector);
	}

	private querySelectorAll<E extends Element = HTMLElement>(selector: string): NodeListOf<E> {
		return this.host.querySelectorAll<E>(selector);
	}

	/** Enter goes to the best result for what is in the box now, never to a previous query's: a code hit once they are in, otherwise the first full-text result once those are. */
	async enter() {
		const generation = this.generation;
		await this.codeHitsShown;
		if (generation !== this.generation) return;
		const codeHit = this.codeSection.hidden ? null : this.codeSection.querySelector<HTMLAnchorElement>('a[href]');
		if (codeHit) return codeHit.click();
		await this.textShown;
		if (generation !== this.generation) return;
		if (!this.textSection.hidden) this.textSection.querySelector<HTMLAnchorElement>('a[href]')?.click();
	}

	/** Answers what is in the input now: code hits at once, full text after a short pause. */
	update() {
		const generation = ++this.generation;
		const query = this.input.value;
		const debounce = isKeystroke(this.previousQuery, query) ? TEXT_DEBOUNCE_MS : 0;
		this.previousQuery = query;
		clearTimeout(this.textTimer);
		if (query.trim() === '') {
			this.codeSection.hidden = true;
			this.textSection.hidden = true;
			this.status.textContent = '';
			this.textShown = Promise.resolve();
			return;
		}
		const answered = answerQuery(query, { venue: pageVenue() });
		this.codeHitsShown = answered
			.then(({ answer }) => {
				if (generation !== this.generation) return;
				const hits = answerHits(answer);
				this.querySelector('[data-code-notices]')!.replaceChildren(...noticeParagraphs(answer));
				this.querySelector('[data-code-hits]')!.replaceChildren(...hits.map((hit) => hitItem(hit)));
				this.codeSection.hidden = hits.length === 0;
			})
			.catch(() => {
				if (generation === this.generation) this.codeSection.hidden = true;
			});
		// Full text searches for the words read in the same pass; Pagefind preloads them once the code hits are shown (both work on the main thread, code hits first).
		const fullText = answered.then(
			({ fullText }) => fullText,
			() => query,
		);
		void this.codeHitsShown.then(() => generation === this.generation && preloadText(fullText));
		this.textShown = new Promise((resolve) => {
			this.textTimer = setTimeout(() => this.searchText(query, fullText, generation).finally(resolve), debounce);
		});
	}

	private async searchText(query: string, fullText: Promise<string>, generation: number) {
		// Code hits first: the search engine's start-up would delay them on the main thread.
		await this.codeHitsShown;
		if (generation !== this.generation) return;
		let results: TextResult[];
		try {
			const text = await fullText;
			results = text.trim() === '' ? [] : await textResults(text, MAX_TEXT_RESULTS);
		} catch {
			if (generation !== this.generation) return;
			this.status.textContent = 'Full-text search is not available here (it is built with the site).';
			this.status.dataset.query = query;
			return;
		}
		if (generation !== this.generation) return;
		const codeLinks = new Set([...this.querySelectorAll<HTMLAnchorElement>('[data-code-hits] a')].map((a) => a.getAttribute('href')));
		const shown = results.filter((result) => !codeLinks.has(result.url));
		this.querySelector('[data-text-results]')!.replaceChildren(...shown.map(textResultItem));
		this.textSection.hidden = shown.length === 0;
		const codeCount = this.querySelectorAll('[data-code-hits] > li').length;
		this.status.textContent =
			codeCount + shown.length === 0
				? `Nothing found for “${query.slice(0, 100)}”.`
				: `${plural(codeCount, 'code')}, ${plural(shown.length, 'full-text result')}.`;
		// Tests and the benchmark wait for this: every result for `query` is shown.
		this.status.dataset.query = query;
	}
}

/** Attaches the engine to the dialog's element; it answers whatever the box holds already. */
export function attachSearch(host: HTMLElement): SearchController {
	return new SearchController(host);
}
