/**
 * The unknown-anchor check of a venue page: part of the page's own script, while the notice
 * (src/client/anchor-notice.ts), its markup and the answer engine included, is imported only for
 * an anchor that names nothing on the page.
 */
import { readFragment } from './fragment.ts';

function checkAnchor() {
	const { text } = readFragment();
	if (text !== '' && document.getElementById(text) === null) void import('./anchor-notice.ts').then((module) => module.checkAnchor());
	else document.querySelector<HTMLElement>('[data-anchor-notice]')?.setAttribute('hidden', '');
}

/** Checks the page's anchor now and whenever it changes. */
export function watchAnchor() {
	checkAnchor();
	window.addEventListener('hashchange', checkAnchor);
}
