/**
 * What a venue page runs from the start: rows open and close, a deep link opens its entry (or the
 * notice says the page lacks it), the view buttons, copy links and full messages on hover. The filter (src/client/venue-filter-page.ts)
 * is imported when the page opens filtered or the reader turns to the bar (pointer, focus or touch
 * on it); buttons pressed and Enter in the box before it arrives are replayed, and what was typed is read.
 */
import { VENUE_VIEW_KEY } from '../views/page-meta.ts';
import { attachCopyLinks } from './copy-link.ts';
import { fragmentText } from './fragment.ts';
import { watchAnchor } from './unknown-anchor.ts';

type FilterModule = typeof import('./venue-filter-page.ts');

const root = document.documentElement;
const tools = document.querySelector<HTMLFormElement>('[data-venue-tools]');
let filter: Promise<FilterModule> | undefined;
let filterReady = false;

/** The filter, imported and started once. */
function loadFilter(): Promise<FilterModule> {
	filter ??= import('./venue-filter-page.ts').then(
		(module) => {
			module.startFilter();
			filterReady = true;
			return module;
		},
		(error: unknown) => {
			// Unfiltered but whole: a page opened filtered shows every code rather than none.
			root.dataset.filterApplied = '';
			filter = undefined;
			throw error;
		},
	);
	return filter;
}

/** Opens or closes one entry in the table view: its details (copy link, notes, CCXT class) and full messages, by CSS. */
function expand(article: Element, open = true) {
	article.toggleAttribute('data-expanded', open);
}

/** Table or cards: the card view shows every entry's details (by CSS), the table view only the opened ones. */
function setView(view: 'table' | 'cards', remember: boolean) {
	if (view === 'cards') root.dataset.venueView = 'cards';
	else delete root.dataset.venueView;
	for (const button of tools?.querySelectorAll<HTMLButtonElement>('[data-view]') ?? [])
		button.setAttribute('aria-pressed', String(button.dataset.view === view));
	if (remember) {
		try {
			localStorage.setItem(VENUE_VIEW_KEY, view);
		} catch {
			// Private mode: the view still changes, it is just not remembered.
		}
	}
}

/** A deep link opens its entry (the filter, once in, shows it if it had hidden it). */
function openTarget() {
	const id = fragmentText();
	const target = id ? document.getElementById(id) : null;
	if (target?.matches('article.code-entry')) expand(target);
}

// Following a code's permalink when it is already the target would not fire hashchange: open it here too.
// A tap anywhere else on a row opens or closes it (not on a link or button, nor when text is being selected).
document.addEventListener('click', (event) => {
	const target = event.target as Element;
	const link = target.closest<HTMLAnchorElement>('a.code-entry__permalink');
	if (link) return expand(link.closest('article')!);
	const button = target.closest<HTMLButtonElement>('[data-venue-tools] button, button[data-filter-clear]');
	if (button?.dataset.view) return setView(button.dataset.view === 'cards' ? 'cards' : 'table', true);
	// Pressed before the filter was in: it acts once it is.
	if (button && !filterReady) return void loadFilter().then((module) => module.press(button));
	const article = target.closest<HTMLElement>('article.code-entry');
	if (!article || target.closest('a, button, [data-details]') || !getSelection()?.isCollapsed) return;
	expand(article, !article.hasAttribute('data-expanded'));
});

if (tools) {
	for (const type of ['pointerover', 'focusin', 'touchstart']) tools.addEventListener(type, () => void loadFilter(), { once: true, passive: true });
	tools.addEventListener('submit', (event) => {
		if (filterReady) return;
		event.preventDefault();
		void loadFilter().then((module) => module.enter());
	});
}
// A page opened from a filtered link (the head script marked it) filters at once.
if (root.dataset.urlFilter !== undefined) void loadFilter();

// A message cut to one line in the table view shows in full on hover.
document.addEventListener('pointerover', (event) => {
	const message = (event.target as Element).closest<HTMLElement>('.code-entry .message');
	if (message && !message.title && message.scrollWidth > message.clientWidth) message.title = message.textContent ?? '';
});

setView(root.dataset.venueView === 'cards' ? 'cards' : 'table', false);
openTarget();
window.addEventListener('hashchange', openTarget);
attachCopyLinks();
watchAnchor();
