/**
 * What every page loads for search (src/components/SiteSearch.astro): the button, the shortcuts and
 * the dialog itself, so that it opens at once and keys typed the moment it opens land in its box.
 * The engine behind it (answer engine, Pagefind, results; src/client/search-dialog.ts) is imported
 * on the first sign of intent: a pointer, focus or touch on the button, a shortcut key, the dialog
 * opening. What was typed before it arrives is answered when it does.
 */
import { OPEN_SEARCH_EVENT } from './search-events.ts';
import { preloadSearchFiles } from './search-preloads.ts';
import { bindSearchShortcuts } from './search-shortcuts.ts';
import type { SearchController } from './search-dialog.ts';

class SiteSearch extends HTMLElement {
	private readonly dialog = this.querySelector('dialog')!;
	private readonly input = this.querySelector<HTMLTextAreaElement>('#site-search-input')!;
	private controller: Promise<SearchController> | undefined;

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			this.querySelector('[data-platform-key]')!.textContent = '⌘';
			openButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}
		openButton.addEventListener('click', () => this.open());
		openButton.disabled = false;
		for (const type of ['pointerenter', 'focus', 'touchstart']) openButton.addEventListener(type, () => this.engine(), { once: true, passive: true });
		window.addEventListener('keydown', (event) => ['Control', 'Meta', '/'].includes(event.key) && this.engine(), { passive: true });
		this.querySelector('button[data-close-modal]')!.addEventListener('click', () => this.close());
		// A click on the backdrop lands on the dialog element itself.
		this.dialog.addEventListener('click', (event) => {
			if (event.target === this.dialog) this.close();
			// Following a result on the same page only changes the hash: close for it too.
			else if ((event.target as Element).closest('a[href]')) this.close();
		});
		this.dialog.addEventListener('close', () => document.body.removeAttribute('data-search-modal-open'));
		// Escape closes the dialog here rather than by the browser's close request, which Chromium
		// skips for a dialog reopened without a new user activation (it then took two more presses).
		this.dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			this.close();
		});
		// Enter follows the best result (Shift+Enter breaks a line), also when pressed before the engine is in.
		this.input.addEventListener('keydown', (event) => {
			if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
			event.preventDefault();
			void this.engine().then((controller) => controller.enter());
		});
		bindSearchShortcuts({ isOpen: () => this.dialog.open, open: () => this.open(), close: () => this.close() });
		window.addEventListener(OPEN_SEARCH_EVENT, (event) => this.open((event as CustomEvent<string>).detail));
	}

	/** The engine, imported once; it answers whatever the box holds when it arrives. */
	private engine(): Promise<SearchController> {
		if (!this.controller) {
			this.controller = import('./search-dialog.ts').then((module) => module.attachSearch(this));
			// The files the engine and Pagefind ask for first are fetched beside the engine's import, not after it.
			preloadSearchFiles(this.dataset.lookupManifest ?? '');
		}
		return this.controller;
	}

	/**
	 * Closes the dialog with the focus out of it at once: the browser moves it off the hidden box
	 * only at its next rendering update, and a key pressed before then (`/` again, under load) went
	 * to the box instead of the page.
	 */
	close() {
		if (this.dialog.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
		this.dialog.close();
	}

	/** Opens the dialog with the input focused, optionally with a query typed in. */
	open(query?: string) {
		if (!this.dialog.open) this.dialog.showModal();
		document.body.setAttribute('data-search-modal-open', '');
		this.input.focus();
		if (query !== undefined) this.input.value = query;
		this.input.select();
		void this.engine().then((controller) => query !== undefined && controller.update());
	}
}
customElements.define('site-search', SiteSearch);
