/**
 * The unknown-anchor notice of a venue page, imported only when the page's anchor names no element
 * on it; the notice itself is made then too, so a page carries no markup for it. It floats under
 * the header rather than entering the page's flow, and grows only downwards, so that showing it and
 * adding the answer shift nothing. The anchor is shown isolated (<bdi>) and cut to the longest code
 * a catalog may hold.
 */
import { answerQuery } from './answer-client.ts';
import { answerHits, hitItem, noticeParagraphs } from './answer-view.ts';
import { element } from './element.ts';
import { LIMITS } from '../catalog/limits.ts';
import { readFragment } from './fragment.ts';

/** `Code <code><bdi>…</bdi></code>`: where the anchor is written into the notice. */
function codeSlot(): HTMLElement {
	const code = element('code');
	code.append(element('bdi', undefined, { 'data-anchor-notice-code': '' }));
	return code;
}

/** The notice at the top of the page's content, made the first time it is needed, from the page's venue slug and title. */
function noticeElement(): HTMLElement | null {
	const existing = document.querySelector<HTMLElement>('[data-anchor-notice]');
	if (existing) return existing;
	const page = document.querySelector<HTMLElement>('[data-venue-page]');
	if (!page) return null;
	const title = page.dataset.venueTitle ?? '';
	const notice = element('div', undefined, { class: 'anchor-notice', role: 'status', 'data-anchor-notice': '' });
	notice.dataset.venue = page.dataset.venuePage ?? '';
	if (page.dataset.split !== undefined) notice.dataset.split = '';
	notice.hidden = true;
	const close = element('button', 'Dismiss', { type: 'button', class: 'link-button anchor-notice__close', 'data-anchor-notice-close': '' });
	close.addEventListener('click', () => (notice.hidden = true));
	notice.append(close);
	if (notice.dataset.split !== undefined) {
		const finding = element('p', undefined, { class: 'anchor-notice__finding' });
		finding.append('Finding code ', codeSlot(), ` on the ${title} pages…`);
		notice.append(finding);
	}
	const missing = element('p', undefined, { class: 'anchor-notice__missing' });
	const heading = element('strong', undefined, { 'data-anchor-notice-heading': '' });
	heading.append('Code ', codeSlot(), ` is not in the ${title} catalog.`);
	missing.append(heading, ' ', element('a', 'Look it up across all venues', { 'data-anchor-notice-link': '', href: '/lookup/' }), '.');
	notice.append(missing, element('div', undefined, { 'data-anchor-notice-answer': '' }));
	page.prepend(notice);
	return notice;
}

/**
 * A deep link to a code this catalog does not have must say so, not silently show the top:
 * the answer engine goes on to the code meant when it is this venue's (`#order_not_found`),
 * and otherwise lists what fits, this venue first (`/coinflex/#5001` → `05001`). An anchor
 * that cannot be a code (malformed escapes, longer than any code) is said to be so and not
 * looked up.
 */
export async function checkAnchor() {
	const { text: fragment, malformed } = readFragment();
	const notice = noticeElement();
	if (!notice) return;
	const missing = fragment !== '' && document.getElementById(fragment) === null;
	notice.hidden = !missing;
	if (!missing) return;
	const venue = notice.dataset.venue ?? '';
	const maxCode = LIMITS.codeChars;
	const tooLong = fragment.length > maxCode;
	const shown = tooLong ? `${fragment.slice(0, maxCode)}…` : fragment;
	for (const code of notice.querySelectorAll('[data-anchor-notice-code]')) code.textContent = shown;
	const link = notice.querySelector<HTMLAnchorElement>('[data-anchor-notice-link]')!;
	const lookable = !tooLong && !malformed;
	link.href = lookable ? `/lookup/?${new URLSearchParams({ code: fragment, venue })}` : '/lookup/';
	link.textContent = lookable ? 'Look it up across all venues' : 'Look a code up';
	const output = notice.querySelector('[data-anchor-notice-answer]')!;
	output.replaceChildren();
	if (!lookable) {
		notice.classList.remove('anchor-notice--finding');
		output.append(
			element(
				'p',
				malformed
					? 'This link’s anchor is not valid text (a malformed %-escape), so it names no code.'
					: `This link’s anchor is longer than any code (${fragment.length.toLocaleString('en')} characters).`,
			),
		);
		return;
	}
	notice.classList.toggle('anchor-notice--finding', notice.dataset.split !== undefined);
	try {
		const { answer } = await answerQuery(fragment, { venue });
		if (fragment !== readFragment().text) return;
		// This venue's code, on this page (another spelling) or on another page of a split venue.
		const record = answer.kind === 'unique' && answer.hit.record.venue === venue ? answer.hit.record : null;
		const target = record ? new URL(record.href, location.href) : null;
		if (record && target && (document.getElementById(record.code) || target.pathname !== location.pathname)) {
			location.replace(target.href);
			return;
		}
		notice.classList.remove('anchor-notice--finding');
		const hits = answerHits(answer);
		if (hits.length === 0) return;
		const list = element('ul', undefined, { class: 'answer-hits answer-hits--compact' });
		list.append(...hits.map((hit) => hitItem(hit, { messages: false })));
		output.replaceChildren(element('p', 'Did you mean:'), ...noticeParagraphs(answer), list);
	} catch {
		// The lookup link above still works.
		notice.classList.remove('anchor-notice--finding');
	}
}
