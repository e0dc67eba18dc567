/**
 * DOM for an answer: the hits with venue, code, name, messages and the site's retry advice, and
 * the resolver's notices. Venue text only ever goes in with textContent.
 */
import type { Answer, Hit } from '../resolver/answer.ts';
import { RETRY_INFO, type RetryAdvice } from '../catalog/vocabulary.ts';
import { element } from './element.ts';

/** Whole class names, so that the build's unused-CSS pass finds them in this script (src/integrations/unused-css.ts). */
const RETRY_CLASS: Record<RetryAdvice, string> = {
	yes: 'answer-hit__retry answer-hit__retry--yes',
	no: 'answer-hit__retry answer-hit__retry--no',
	'check-first': 'answer-hit__retry answer-hit__retry--check-first',
};

const MATCH_LABEL: Record<Hit['match'], string> = {
	code: 'exact code',
	name: 'exact name',
	message: 'message matches',
	near: 'similar code',
	typo: 'similar name',
};

/** One hit as a list item: a link titled "code · venue", then its messages and the site's advice. */
export function hitItem(hit: Hit, options: { messages?: boolean } = {}): HTMLLIElement {
	const { record } = hit;
	const item = element('li', undefined, { class: 'answer-hit', 'data-match': hit.match });
	const link = element('a', undefined, { href: record.href, class: 'answer-hit__link' });
	link.append(element('code', record.code, { class: 'answer-hit__code' }));
	if (record.name) link.append(' ', element('span', record.name, { class: 'answer-hit__name' }));
	link.append(' · ', element('span', hit.venueTitle, { class: 'answer-hit__venue' }));
	item.append(link);
	const facts = element('p', undefined, { class: 'answer-hit__facts' });
	facts.append(element('span', MATCH_LABEL[hit.match], { class: 'answer-hit__match' }));
	// The pasted message's own guidance, where the catalog refines it (-1008's ban message: do not retry).
	const variant = hit.messageIndex === null ? undefined : record.variants?.[hit.messageIndex];
	const retry = variant ? variant.retry : record.retry;
	if (retry)
		facts.append(
			' · ',
			element('span', `Site advice${variant ? ' for this message' : ''}: ${RETRY_INFO[retry].label}`, {
				class: RETRY_CLASS[retry],
			}),
		);
	else if (record.category === 'success') facts.append(' · ', element('span', 'Not an error', { class: 'answer-hit__retry' }));
	item.append(facts);
	if (variant?.wait) item.append(element('p', `Wait: ${variant.wait}`, { class: 'answer-hit__wait' }));
	if (options.messages !== false) {
		const messages = element('ul', undefined, { class: 'answer-hit__messages' });
		for (const message of record.messages) messages.append(element('li', message));
		item.append(messages);
	}
	return item;
}

/** The hits an answer lists (the single one for a unique answer). */
export function answerHits(answer: Answer): Hit[] {
	return answer.kind === 'unique' ? [answer.hit, ...answer.also] : answer.kind === 'candidates' || answer.kind === 'suggestions' ? answer.hits : [];
}

/** The resolver's notices as paragraphs. */
export function noticeParagraphs(answer: Answer): HTMLParagraphElement[] {
	return 'notices' in answer ? answer.notices.map((notice) => element('p', notice, { class: 'answer-notice' })) : [];
}
