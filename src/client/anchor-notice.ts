/**
 * The unknown-anchor notice of a venue page (src/components/UnknownAnchorNotice.astro), imported
 * only when the page's anchor names no element on it.
 */
import { answerQuery } from './answer-client.ts';
import { answerHits, element, hitItem, noticeParagraphs } from './answer-view.ts';
import { readFragment } from './fragment.ts';

/**
 * A deep link to a code this catalog does not have must say so, not silently show the top:
 * the answer engine goes on to the code meant when it is this venue's (`#order_not_found`),
 * and otherwise lists what fits, this venue first (`/coinflex/#5001` → `05001`). An anchor
 * that cannot be a code (malformed escapes, longer than any code) is said to be so and not
 * looked up.
 */
export async function checkAnchor() {
	const notice = document.querySelector<HTMLElement>('[data-anchor-notice]');
	if (!notice) return;
	const { text: fragment, malformed } = readFragment();
	const missing = fragment !== '' && document.getElementById(fragment) === null;
	notice.hidden = !missing;
	if (!missing) return;
	const venue = notice.dataset.venue ?? '';
	const maxCode = Number(notice.dataset.maxCode);
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
document.querySelector('[data-anchor-notice-close]')?.addEventListener('click', () => {
	document.querySelector<HTMLElement>('[data-anchor-notice]')!.hidden = true;
});
