/**
 * The lookup page: reads `?code=` (and `&venue=`), answers it with the shared resolver, and
 * either replaces the location with the single entry that fits or lists the candidates, each
 * with its venue and messages, the hinted venue first.
 */
import type { LookupManifest } from '../lib/lookup-data.ts';
import { answerQuery } from './answer-client.ts';
import { answerHits, element, hitItem, noticeParagraphs } from './answer-view.ts';
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

async function run() {
	const params = new URLSearchParams(location.search);
	const query = params.get('code') ?? '';
	const venue = params.get('venue') ?? undefined;
	const output = document.getElementById('lookup-result')!;
	const input = document.querySelector<HTMLInputElement>('#code-lookup-all');
	if (input) input.value = query;
	const reveal = () => document.documentElement.classList.remove('lookup-pending');

	try {
		const { answer, manifest } = await answerQuery(query, { venue });
		if (answer.kind === 'unique') {
			location.replace(answer.hit.record.href);
			return;
		}
		const heading = (text: string) => element('h2', text, { id: 'result' });
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
			case 'candidates':
				output.replaceChildren(heading(`${answer.hits.length} entries fit “${query.slice(0, 200)}”${hintTitle ? ` (from ${hintTitle})` : ''}:`), ...noticeParagraphs(answer), list(), searchLink(query));
				break;
			case 'suggestions':
				output.replaceChildren(heading(`No code is exactly “${query.slice(0, 200)}”. Did you mean:`), ...noticeParagraphs(answer), list(), searchLink(query));
				break;
			case 'none':
				output.replaceChildren(heading(`“${query.slice(0, 200)}” is not in any catalog`), ...noticeParagraphs(answer), coverage(manifest), searchLink(query));
				break;
		}
	} catch (error) {
		output.replaceChildren(element('p', `The code index could not be loaded (${(error as Error).message}). Try the search instead.`));
	}
	reveal();
}

run();
