/**
 * The site's search dialog (src/components/SiteSearch.astro): code hits from the answer engine
 * as the reader types, Pagefind's full-text results after a short pause, and answers that never
 * mix one query's results with another's (each input has a generation; late answers are dropped).
 */
import { answerQuery, fullTextQuery } from './answer-client.ts';
import { answerHits, hitItem, noticeParagraphs } from './answer-view.ts';
import { OPEN_SEARCH_EVENT } from './search-events.ts';
import { bindSearchShortcuts } from './search-shortcuts.ts';
import { warmSearchOnIntent } from './search-warmup.ts';
import { textResultItem } from './text-results-view.ts';
import { textResults, type TextResult } from './text-search.ts';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Full-text search waits this long after the last key; code hits do not wait. */
const TEXT_DEBOUNCE_MS = 60;
const MAX_TEXT_RESULTS = 10;

/** The venue of the page the dialog is opened on: its codes are preferred. */
const pageVenue = () => document.querySelector<HTMLElement>('[data-venue-page]')?.dataset.venuePage;

class SiteSearch extends HTMLElement {
	private readonly dialog = this.querySelector('dialog')!;
	private readonly input = this.querySelector<HTMLTextAreaElement>('#site-search-input')!;
	private readonly codeSection = this.querySelector<HTMLElement>('[data-code-section]')!;
	private readonly textSection = this.querySelector<HTMLElement>('[data-text-section]')!;
	private readonly status = this.querySelector<HTMLElement>('[data-search-status]')!;
	private generation = 0;
	private textTimer: ReturnType<typeof setTimeout> | undefined;
	/** Settles when the code hits for the current input are shown. */
	private codeHitsShown: Promise<void> = Promise.resolve();
	/** Settles when the full-text results for the current input are shown (or it was replaced). */
	private textShown: Promise<void> = Promise.resolve();

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			this.querySelector('[data-platform-key]')!.textContent = '⌘';
			openButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}
		openButton.addEventListener('click', () => this.open());
		openButton.disabled = false;
		this.querySelector('button[data-close-modal]')!.addEventListener('click', () => this.dialog.close());
		// A click on the backdrop lands on the dialog element itself.
		this.dialog.addEventListener('click', (event) => {
			if (event.target === this.dialog) this.dialog.close();
			// Following a result on the same page only changes the hash: close for it too.
			else if ((event.target as Element).closest('a[href]')) this.dialog.close();
		});
		this.dialog.addEventListener('close', () => document.body.removeAttribute('data-search-modal-open'));
		this.input.addEventListener('input', () => this.update());
		// Enter goes to the best result for what is in the box now, never to a previous query's:
		// a code hit once they are in, otherwise the first full-text result once those are.
		this.input.addEventListener('keydown', async (event) => {
			if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
			event.preventDefault();
			const generation = this.generation;
			await this.codeHitsShown;
			if (generation !== this.generation) return;
			const codeHit = this.codeSection.hidden ? null : this.codeSection.querySelector<HTMLAnchorElement>('a[href]');
			if (codeHit) return codeHit.click();
			await this.textShown;
			if (generation !== this.generation) return;
			if (!this.textSection.hidden) this.textSection.querySelector<HTMLAnchorElement>('a[href]')?.click();
		});
		// Escape closes the dialog here rather than by the browser's close request, which Chromium
		// skips for a dialog reopened without a new user activation (it then took two more presses).
		this.dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			this.dialog.close();
		});
		bindSearchShortcuts({ isOpen: () => this.dialog.open, open: () => this.open(), close: () => this.dialog.close() });
		window.addEventListener(OPEN_SEARCH_EVENT, (event) => this.open((event as CustomEvent<string>).detail));
		warmSearchOnIntent(openButton);
	}

	/** Opens the dialog with the input focused, optionally with a query typed in. */
	open(query?: string) {
		if (!this.dialog.open) this.dialog.showModal();
		document.body.setAttribute('data-search-modal-open', '');
		this.input.focus();
		if (query !== undefined) {
			this.input.value = query;
			this.update();
		}
		this.input.select();
	}

	/** Answers what is in the input now: code hits at once, full text after a short pause. */
	private update() {
		const generation = ++this.generation;
		const query = this.input.value;
		clearTimeout(this.textTimer);
		if (query.trim() === '') {
			this.codeSection.hidden = true;
			this.textSection.hidden = true;
			this.status.textContent = '';
			this.textShown = Promise.resolve();
			return;
		}
		this.codeHitsShown = answerQuery(query, { venue: pageVenue() })
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
		this.textShown = new Promise((resolve) => {
			this.textTimer = setTimeout(() => this.searchText(query, generation).finally(resolve), TEXT_DEBOUNCE_MS);
		});
	}

	private async searchText(query: string, generation: number) {
		// Code hits first: the search engine's start-up would delay them on the main thread.
		await this.codeHitsShown;
		if (generation !== this.generation) return;
		let results: TextResult[];
		try {
			const text = await fullTextQuery(query).catch(() => query);
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
customElements.define('site-search', SiteSearch);
