/**
 * A venue page's filter, imported by src/client/venue-page.ts when the page opens filtered or the
 * reader turns to the filter bar. The filter logic is the pure one in src/views/venue-filter.ts;
 * this file reads the entries from the page, shows and hides them, and keeps the URL
 * (`?q=…&category=…&retry=…`) and the history in step.
 */
import { shownText } from '../catalog/codes.ts';
import { RETRY_ADVICE } from '../catalog/vocabulary.ts';
import {
	describeFilter,
	EMPTY_FILTER,
	enterAction,
	facetCounts,
	filterSearch,
	isFiltered,
	matchesFilter,
	NOT_AN_ERROR,
	parseFilter,
	venueFacets,
	type Facet,
	type FilterableEntry,
	type FilterState,
} from '../views/venue-filter.ts';
import { element } from './element.ts';
import { fragmentText } from './fragment.ts';
import { lookupUrl } from './lookup-handoff.ts';

interface PageEntry extends FilterableEntry {
	article: HTMLElement;
}

const root = document.documentElement;
const tools = document.querySelector<HTMLFormElement>('[data-venue-tools]');
const box = tools?.querySelector<HTMLInputElement>('[data-filter-text]') ?? null;
const venue = document.querySelector<HTMLElement>('[data-venue-page]')?.dataset.venuePage ?? '';
/**
 * An entry's category and retry advice as the entry shows them: its notes link to its category's
 * comparison page (`/compare/<category>/`), and its retry label is marked with its advice; no
 * label, or "Not an error", is no advice. Read from what is shown, the chips filter by what the
 * reader sees, and the page carries no copy of them for the script.
 */
function facetsShown(article: HTMLElement): { category: string; retry: string } {
	const compare = article.querySelector<HTMLAnchorElement>('[data-details] a[href^="/compare/"]');
	const label = article.querySelector('.guidance__retry');
	return {
		category: compare ? new URL(compare.href).pathname.split('/')[2] : '',
		retry: RETRY_ADVICE.find((id) => label?.classList.contains(`guidance__retry--${id}`)) ?? NOT_AN_ERROR,
	};
}

const entries: PageEntry[] = [...document.querySelectorAll<HTMLElement>('article.code-entry')].map((article) => ({
	article,
	code: article.id,
	name: article.querySelector('.code-entry__name')?.textContent ?? undefined,
	messages: [...article.querySelectorAll(':scope > ul .message')].map((m) => m.textContent ?? ''),
	...facetsShown(article),
}));
// Messages a set lists once for several codes (MessageSetSection) are each of those codes' messages too.
const messageSets = [...document.querySelectorAll<HTMLElement>('[data-message-set]')].map((section) => {
	const codes = [...section.querySelectorAll<HTMLAnchorElement>('[data-message-set-codes] a')].map((a) => decodeURIComponent(new URL(a.href).hash.slice(1)));
	const messages = [...section.querySelectorAll('.message')].map((m) => m.textContent ?? '');
	for (const entry of entries) if (codes.includes(entry.code)) entry.messages.push(...messages);
	return { section, codes };
});
const sections = [...document.querySelectorAll<HTMLElement>('[data-group]')].map((section) => ({
	section,
	id: section.querySelector('h2')?.id ?? '',
	entries: entries.filter((entry) => section.contains(entry.article)),
}));
let state: FilterState = parseFilter(location.search);
let shown: PageEntry[] = entries;

/** Shows the rows that match and hides the rest; counts, chips, notices and the empty state follow. */
function render() {
	const filtered = isFiltered(state);
	shown = entries.filter((entry) => matchesFilter(entry, state));
	const visible = new Set(shown);
	for (const entry of entries) entry.article.hidden = !visible.has(entry);
	// A set's list is shown while one of its codes is.
	const shownCodes = new Set(shown.map((entry) => entry.code));
	for (const { section, codes } of messageSets) section.hidden = !codes.some((code) => shownCodes.has(code));
	for (const { section, id, entries: groupEntries } of sections) {
		const count = groupEntries.filter((entry) => visible.has(entry)).length;
		section.hidden = count === 0;
		section.querySelector('[data-group-count]')!.textContent = shownText(count, groupEntries.length, filtered);
		const indexCount = document.querySelector(`[data-group-index-count="${CSS.escape(id)}"]`);
		if (indexCount) indexCount.textContent = filtered ? `${count} of ${groupEntries.length}` : String(groupEntries.length);
	}
	if (!tools) return;
	const counts = facetCounts(entries, state);
	for (const chip of tools.querySelectorAll<HTMLButtonElement>('[data-filter-category]')) {
		chip.setAttribute('aria-pressed', String(state.categories.includes(chip.dataset.filterCategory!)));
		chip.querySelector('[data-count]')!.textContent = String(counts.categories.get(chip.dataset.filterCategory!) ?? 0);
	}
	for (const chip of tools.querySelectorAll<HTMLButtonElement>('[data-filter-retry]')) {
		chip.setAttribute('aria-pressed', String(state.retries.includes(chip.dataset.filterRetry!)));
		chip.querySelector('[data-count]')!.textContent = String(counts.retries.get(chip.dataset.filterRetry!) ?? 0);
	}
	const chipsOn = state.categories.length + state.retries.length;
	tools.querySelector('[data-chips-active]')!.textContent = chipsOn ? ` (${chipsOn})` : '';
	tools.querySelector('[data-filter-status]')!.textContent = `${filtered ? 'Showing ' : ''}${shownText(shown.length, entries.length, filtered)}.`;
	for (const clear of document.querySelectorAll<HTMLElement>('[data-filter-clear]')) clear.hidden = !filtered;
	const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
	if (empty) {
		empty.hidden = !filtered || shown.length > 0;
		empty.querySelector('[data-filter-empty-text]')!.textContent = `No code on this page matches ${describeFilter(state)}.`;
		const lookup = empty.querySelector<HTMLAnchorElement>('[data-filter-lookup]')!;
		lookup.hidden = state.text.trim() === '';
		lookup.href = lookupUrl(state.text.trim(), venue);
	}
	const notice = document.querySelector('[data-filter-notice-text]');
	if (notice) notice.textContent = `${describeFilter(state)}, ${shownText(shown.length, entries.length, true)} shown`;
	// The note at the top says the page opened filtered; once the filter is off it has nothing to say.
	if (!filtered) delete root.dataset.urlFilter;
}

/** The page's URL with the filter's query string, built from the whole URL (a path like `//webull/` is not an origin). */
function filteredUrl(): string {
	const url = new URL(location.href);
	url.search = filterSearch(state, url.search);
	return url.href;
}

function update(next: FilterState) {
	state = next;
	render();
	history.replaceState(history.state, '', filteredUrl());
}

const chips = tools?.querySelector<HTMLElement>('[data-venue-chips]') ?? null;

/** One fieldset of chips: a button per value the page's codes use, with its count (render() keeps counts and states). */
function chipSet(legend: string, filter: 'category' | 'retry', facets: Facet[]): HTMLFieldSetElement {
	const fieldset = element('fieldset');
	fieldset.append(element('legend', `${legend} `));
	fieldset.lastElementChild!.append(element('span', '(site)', { class: 'venue-tools__origin' }));
	for (const facet of facets) {
		const chip = element('button', `${facet.label} `, { type: 'button', class: 'chip', [`data-filter-${filter}`]: facet.id, 'aria-pressed': 'false' });
		chip.append(element('span', String(facet.count), { class: 'chip__count', 'data-count': '' }));
		fieldset.append(chip);
	}
	return fieldset;
}

/** The chips, made once from the codes on the page: the page carries none, since they act only once the filter is in. */
function buildChips() {
	if (!chips || chips.childElementCount > 0) return;
	const facets = venueFacets(entries);
	chips.append(chipSet('Category', 'category', facets.categories), chipSet('Retry advice', 'retry', facets.retries));
}

/** Opens or closes the chips under the bar. */
function setChips(open: boolean) {
	if (!chips) return;
	chips.hidden = !open;
	tools?.querySelector('[data-chips-toggle]')?.setAttribute('aria-expanded', String(open));
}
const closeChips = () => setChips(false);

const toggle = (values: string[], value: string) => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);

/** A deep link to an entry the filter hid shows it: the filter is cleared (src/client/venue-page.ts opens it). */
function revealTarget() {
	const id = fragmentText();
	const target = id ? document.getElementById(id) : null;
	if (!target?.matches('article.code-entry')) return;
	if (target.hidden) {
		update(EMPTY_FILTER);
		if (box) box.value = '';
		target.scrollIntoView();
	}
}

/** Enter: the one match (or the code typed exactly) is where the reader goes; several are the results to move to; none sends the text to the lookup. */
function enter() {
	const action = enterAction(shown, state.text);
	if (action.kind === 'go') {
		const url = new URL(location.href);
		url.hash = encodeURIComponent(action.entry.code);
		if (location.hash === url.hash) action.entry.article.scrollIntoView();
		else location.hash = url.hash;
		action.entry.article.querySelector<HTMLElement>('a.code-entry__permalink')?.focus({ preventScroll: true });
	} else if (action.kind === 'results') {
		closeChips();
		const link = action.first.article.querySelector<HTMLElement>('a.code-entry__permalink');
		action.first.article.scrollIntoView({ block: 'start' });
		link?.focus({ preventScroll: true });
	} else if (action.kind === 'lookup') {
		location.assign(lookupUrl(state.text.trim(), venue));
	}
}

/** Clears the filter and puts the reader back in the box. */
function clear() {
	update(EMPTY_FILTER);
	if (box) {
		box.value = '';
		box.focus();
	}
}

/** A button pressed: a chip, the chips' toggle or a "clear" (the view buttons are the page script's). */
export function press(button: HTMLButtonElement) {
	if (button.hasAttribute('data-filter-clear')) clear();
	else if (button.dataset.filterCategory) update({ ...state, categories: toggle(state.categories, button.dataset.filterCategory) });
	else if (button.dataset.filterRetry) update({ ...state, retries: toggle(state.retries, button.dataset.filterRetry) });
	else if (button.hasAttribute('data-chips-toggle')) setChips(chips?.hidden === true);
}

export { enter };

/**
 * Starts the filter (once; the module runs once): the URL's filter applies, and text typed in the
 * box before the module arrived wins over the URL's. The page script replays buttons pressed and
 * Enter meanwhile through `press` and `enter`.
 */
export function startFilter(): void {
	buildChips();
	listen();
	if (box && box.value !== '' && box.value !== state.text) update({ ...state, text: box.value });
	else {
		if (box) box.value = state.text;
		render();
	}
	revealTarget();
	// The codes of a page opened filtered are shown from now on (venue-filters.css).
	root.dataset.filterApplied = '';
}

function listen() {
	if (tools && box) {
		box.addEventListener('input', () => update({ ...state, text: box.value }));
		tools.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button');
			if (button && !button.dataset.view) press(button);
		});
		tools.addEventListener('submit', (event) => {
			event.preventDefault();
			enter();
		});
		// The chips lie over the rows: a tap elsewhere closes them, as Escape does.
		document.addEventListener('click', (event) => !tools.contains(event.target as Node) && closeChips());
		tools.addEventListener('keydown', (event) => event.key === 'Escape' && !chips?.hidden && (event.preventDefault(), closeChips()));
	}
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-filter-clear]')) button.addEventListener('click', clear);
	// Back and Forward: the page shows the filter of the entry it returns to.
	window.addEventListener('popstate', () => {
		state = parseFilter(location.search);
		if (box) box.value = state.text;
		render();
	});
	window.addEventListener('hashchange', revealTarget);
}
