/**
 * A venue page's filters, view and deep links. The filter logic is the pure one in
 * src/lib/venue-filter.ts; this file reads the entries from the page, shows and hides them, and
 * keeps the URL (`?q=…&category=…&retry=…`) and the chosen view (localStorage) in step.
 */
import { VENUE_VIEW_KEY } from '../lib/page-meta.ts';
import { fragmentText } from './fragment.ts';
import { facetCounts, filterSearch, isFiltered, matchesFilter, parseFilter, EMPTY_FILTER, type FilterableEntry, type FilterState } from '../lib/venue-filter.ts';

const tools = document.querySelector<HTMLElement>('[data-venue-tools]');
const articles = [...document.querySelectorAll<HTMLElement>('article.code-entry')];
const entries = new Map<HTMLElement, FilterableEntry>(
	articles.map((article) => [
		article,
		{
			code: article.id,
			name: article.querySelector('.code-entry__name')?.textContent ?? undefined,
			messages: [...article.querySelectorAll('.code-entry__messages .message')].map((m) => m.textContent ?? ''),
			category: article.dataset.category ?? '',
			retry: article.dataset.retry ?? '',
		},
	]),
);
let state: FilterState = parseFilter(location.search);

function render() {
	let shown = 0;
	for (const [article, entry] of entries) {
		const visible = matchesFilter(entry, state);
		article.hidden = !visible;
		if (visible) shown++;
	}
	for (const section of document.querySelectorAll<HTMLElement>('[data-group]')) {
		const total = section.querySelectorAll('article.code-entry').length;
		const visible = section.querySelectorAll('article.code-entry:not([hidden])').length;
		section.hidden = visible === 0;
		section.querySelector('[data-group-count]')!.textContent = isFiltered(state) ? `${visible} of ${total} codes` : `${total} ${total === 1 ? 'code' : 'codes'}`;
	}
	if (!tools) return;
	const counts = facetCounts([...entries.values()], state);
	for (const chip of tools.querySelectorAll<HTMLButtonElement>('[data-filter-category]')) {
		chip.setAttribute('aria-pressed', String(state.categories.includes(chip.dataset.filterCategory!)));
		chip.querySelector('[data-count]')!.textContent = String(counts.categories.get(chip.dataset.filterCategory!) ?? 0);
	}
	for (const chip of tools.querySelectorAll<HTMLButtonElement>('[data-filter-retry]')) {
		chip.setAttribute('aria-pressed', String(state.retries.includes(chip.dataset.filterRetry!)));
		chip.querySelector('[data-count]')!.textContent = String(counts.retries.get(chip.dataset.filterRetry!) ?? 0);
	}
	tools.querySelector('[data-filter-status]')!.textContent = isFiltered(state) ? `Showing ${shown} of ${entries.size} codes.` : `${entries.size} codes.`;
}

function update(next: FilterState) {
	state = next;
	render();
	history.replaceState(history.state, '', `${location.pathname}${filterSearch(state, location.search)}${location.hash}`);
}

const toggle = (values: string[], value: string) => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);

/** Opens one entry in the table view: its details (copy link, notes, CCXT class) and full messages, by CSS. */
function expand(article: Element) {
	article.setAttribute('data-expanded', '');
}

/** Table or cards: the card view shows every entry's details (by CSS), the table view only the opened ones. */
function setView(view: 'table' | 'cards', remember: boolean) {
	if (view === 'cards') document.documentElement.dataset.venueView = 'cards';
	else delete document.documentElement.dataset.venueView;
	const button = tools?.querySelector<HTMLButtonElement>('[data-view-toggle]');
	if (button) button.setAttribute('aria-pressed', String(view === 'cards'));
	if (remember) {
		try {
			localStorage.setItem(VENUE_VIEW_KEY, view);
		} catch {
			// Private mode: the view still changes, it is just not remembered.
		}
	}
}

/** A deep link lands on its entry, shown even if a filter hid it, with its details open. */
function revealTarget() {
	const id = fragmentText();
	const target = id ? document.getElementById(id) : null;
	if (!target?.matches('article.code-entry')) return;
	if (target.hidden) {
		update(EMPTY_FILTER);
		if (tools) tools.querySelector<HTMLInputElement>('[data-filter-text]')!.value = '';
		target.scrollIntoView();
	}
	expand(target);
}

// Following a code's permalink when it is already the target would not fire hashchange: open it here too.
document.addEventListener('click', (event) => {
	const link = (event.target as Element).closest<HTMLAnchorElement>('a.code-entry__permalink');
	if (link) expand(link.closest('article')!);
});

if (tools) {
	const text = tools.querySelector<HTMLInputElement>('[data-filter-text]')!;
	text.value = state.text;
	text.addEventListener('input', () => update({ ...state, text: text.value }));
	tools.addEventListener('click', (event) => {
		const chip = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!chip) return;
		if (chip.dataset.filterCategory) update({ ...state, categories: toggle(state.categories, chip.dataset.filterCategory) });
		else if (chip.dataset.filterRetry) update({ ...state, retries: toggle(state.retries, chip.dataset.filterRetry) });
		else if (chip.hasAttribute('data-view-toggle')) setView(document.documentElement.dataset.venueView === 'cards' ? 'table' : 'cards', true);
	});
}
setView(document.documentElement.dataset.venueView === 'cards' ? 'cards' : 'table', false);
render();
revealTarget();
window.addEventListener('hashchange', revealTarget);
