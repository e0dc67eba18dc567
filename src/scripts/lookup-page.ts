import { redirectTarget, resolveCode, type LookupEntry, type LookupIndex } from '../lib/lookup.ts';

/**
 * The lookup page: reads `?code=` (and `&venue=`), resolves it against `/api/lookup.json`, and
 * either replaces the location with the single exact match or lists what was found. Venue text
 * is only ever inserted with textContent.
 */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
	return node;
}

function entryList(index: LookupIndex, entries: LookupEntry[]): HTMLUListElement {
	const list = element('ul', undefined, { class: 'lookup-results' });
	for (const entry of entries) {
		const item = element('li');
		const link = element('a', undefined, { href: entry.href });
		link.append(element('code', entry.code));
		if (entry.name) link.append(' ', element('span', entry.name, { class: 'lookup-results__name' }));
		item.append(link, ' · ', element('span', index.venues[entry.venue]?.title ?? entry.venue, { class: 'lookup-results__venue' }));
		const messages = element('ul', undefined, { class: 'lookup-results__messages' });
		for (const message of entry.messages) messages.append(element('li', message));
		item.append(messages);
		list.append(item);
	}
	return list;
}

function coverage(index: LookupIndex): HTMLParagraphElement {
	const paragraph = element('p', 'The catalogs cover: ');
	Object.values(index.venues).forEach((venue, i) => {
		if (i > 0) paragraph.append(', ');
		paragraph.append(element('a', `${venue.title} (${venue.codes} codes)`, { href: venue.href }));
	});
	paragraph.append('.');
	return paragraph;
}

async function run() {
	const params = new URLSearchParams(location.search);
	const query = params.get('code') ?? '';
	const venue = params.get('venue') ?? undefined;
	const output = document.getElementById('lookup-result')!;
	const input = document.querySelector<HTMLInputElement>('#code-lookup-all');
	if (input) input.value = query;
	const reveal = () => document.documentElement.classList.remove('lookup-pending');

	let index: LookupIndex;
	try {
		const response = await fetch('/api/lookup.json');
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		index = (await response.json()) as LookupIndex;
	} catch (error) {
		output.replaceChildren(element('p', `The code index could not be loaded (${(error as Error).message}). Try the search instead.`));
		reveal();
		return;
	}

	const result = resolveCode(index, query, venue);
	const target = redirectTarget(result);
	if (target) {
		location.replace(target);
		return;
	}
	const heading = (text: string) => element('h2', text, { id: 'result' });
	const searchLink = () => {
		const p = element('p', 'Or ');
		const a = element('a', 'search every message for it', { href: '#' });
		a.addEventListener('click', (event) => {
			event.preventDefault();
			document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
			const search = document.querySelector<HTMLInputElement>('#starlight__search input.pagefind-ui__search-input');
			if (search) {
				search.value = query;
				search.dispatchEvent(new Event('input', { bubbles: true }));
			}
		});
		p.append(a, '.');
		return p;
	};
	switch (result.kind) {
		case 'empty':
			output.replaceChildren(element('p', 'Type or paste a code as the API sent it, or a symbolic name in any case.'), coverage(index));
			break;
		case 'exact': {
			const note = result.outsideVenue && venue ? `Not in ${index.venues[venue].title}; found in other venues:` : `${result.matches.length} venues use the code ${query}:`;
			output.replaceChildren(heading(note), entryList(index, result.matches));
			break;
		}
		case 'near':
			output.replaceChildren(heading(`No code is exactly “${query}”. Did you mean:`), entryList(index, result.suggestions), searchLink());
			break;
		case 'none':
			output.replaceChildren(heading(`“${query}” is not in any catalog`), coverage(index), searchLink());
			break;
	}
	reveal();
}

run();
