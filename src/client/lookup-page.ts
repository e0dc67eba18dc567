/**
 * The lookup page: reads `?code=` (and `&venue=`), answers it with the shared resolver, and
 * either replaces the location with the single entry that fits or lists the candidates, each
 * with its venue and messages, the hinted venue first.
 */
import { API_PATHS } from '../exports/urls.ts';
import type { ExportedCatalog } from '../exports/schemas.ts';
import type { LookupManifest } from '../resolver/lookup-keys.ts';
import { countText } from '../catalog/codes.ts';
import { codeLookupId } from '../catalog/layout-ids.ts';
import { EMPTY_FILTER, filterSearch, matchesFilter, NOT_AN_ERROR } from '../views/venue-filter.ts';
import { answerQuery } from './answer-client.ts';
import { HANDOFF_PARAM, takeHandedOffPaste } from './lookup-handoff.ts';
import { answerHits, hitItem, noticeParagraphs } from './answer-view.ts';
import { element } from './element.ts';
import { openSearch } from './search-events.ts';

function coverage(manifest: LookupManifest): HTMLParagraphElement {
	const paragraph = element('p', 'The catalogs cover: ');
	manifest.venues.forEach((venue, i) => {
		if (i > 0) paragraph.append(', ');
		paragraph.append(element('a', venue.title, { href: `/${venue.slug}/` }));
	});
	paragraph.append('.');
	return paragraph;
}

function searchLink(query: string): HTMLParagraphElement {
	const paragraph = element('p', 'Or ');
	const button = element('button', 'search every message for it', { type: 'button', class: 'link-button' });
	button.addEventListener('click', () => openSearch(query));
	paragraph.append(button, '.');
	return paragraph;
}

/** Venues whose page filter matches the text, with how many codes: fetched only when the resolver has nothing. */
const MAX_VENUES_FILTERED = 12;
async function filterMatches(query: string, manifest: LookupManifest, venue: string | undefined): Promise<{ slug: string; title: string; count: number }[]> {
	const venues = manifest.venues.filter((v) => (venue ? v.slug === venue : true)).slice(0, MAX_VENUES_FILTERED);
	const state = { ...EMPTY_FILTER, text: query };
	const found = await Promise.all(
		venues.map(async (v) => {
			const response = await fetch(API_PATHS.catalog(v.slug));
			if (!response.ok) return { slug: v.slug, title: v.title, count: 0 };
			const { codes } = (await response.json()) as ExportedCatalog;
			const count = codes.filter((c) =>
				matchesFilter({ code: c.code, name: c.name ?? undefined, messages: c.messages, category: c.category, retry: c.retry ?? NOT_AN_ERROR }, state),
			).length;
			return { slug: v.slug, title: v.title, count };
		}),
	);
	return found.filter((v) => v.count > 0);
}

/** "“text”", the paste cut to 200 characters and isolated, so bidirectional controls in it cannot reorder the sentence around it. */
function quoted(query: string): HTMLElement {
	const bdi = element('bdi', query.slice(0, 200));
	const span = element('span');
	span.append('“', bdi, '”');
	return span;
}

function headingWith(before: string, query: string, after: string): HTMLHeadingElement {
	const heading = element('h2', undefined, { id: 'result' });
	heading.append(before, quoted(query), after);
	return heading;
}

async function run() {
	const params = new URLSearchParams(location.search);
	const query = params.has(HANDOFF_PARAM) ? takeHandedOffPaste() : (params.get('code') ?? '');
	const venue = params.get('venue') ?? undefined;
	const output = document.getElementById('lookup-result')!;
	const input = document.querySelector<HTMLInputElement>(`#${codeLookupId()}`);
	if (input) input.value = query;
	const reveal = () => document.documentElement.classList.remove('lookup-pending');

	try {
		const { answer, manifest } = await answerQuery(query, { venue });
		// One entry fits: go there, unless the same digits are another venue's code too (then both are named, the fit first).
		if (answer.kind === 'unique' && answer.also.length === 0) {
			location.replace(answer.hit.record.href);
			return;
		}
		const list = () => {
			const ul = element('ul', undefined, { class: 'answer-hits' });
			ul.append(...answerHits(answer).map((hit) => hitItem(hit)));
			return ul;
		};
		const hintTitle = manifest.venues.find((v) => v.slug === venue)?.title;
		switch (answer.kind) {
			case 'empty':
				output.replaceChildren(element('p', 'Paste a code, a JSON error body, a log line or a message.'), coverage(manifest));
				break;
			case 'unique':
				output.replaceChildren(headingWith('', query, ` is ${answer.hit.venueTitle}'s code:`), ...noticeParagraphs(answer), list());
				break;
			case 'candidates':
				output.replaceChildren(
					headingWith(`${answer.hits.length} entries fit `, query, `${hintTitle ? ` (from ${hintTitle})` : ''}:`),
					...noticeParagraphs(answer),
					list(),
					searchLink(query),
				);
				break;
			case 'suggestions':
				output.replaceChildren(headingWith('No code is exactly ', query, '. Did you mean:'), ...noticeParagraphs(answer), list(), searchLink(query));
				break;
			case 'none': {
				// Words a venue page's own filter finds are never "not in any catalog": they lead to that filter.
				const matches = await filterMatches(query, manifest, venue).catch(() => []);
				if (matches.length > 0) {
					const links = element('ul');
					for (const match of matches) {
						const item = element('li');
						item.append(
							element('a', `${countText(match.count)} of ${match.title}`, { href: `/${match.slug}/${filterSearch({ ...EMPTY_FILTER, text: query })}` }),
						);
						links.append(item);
					}
					output.replaceChildren(headingWith('No single code is ', query, ', but these codes contain it:'), links, searchLink(query));
				} else output.replaceChildren(headingWith('', query, ' is not in any catalog'), ...noticeParagraphs(answer), coverage(manifest), searchLink(query));
				break;
			}
		}
	} catch (error) {
		output.replaceChildren(element('p', `The code index could not be loaded (${(error as Error).message}). Try the search instead.`));
	}
	reveal();
}

run();
