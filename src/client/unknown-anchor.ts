/**
 * The unknown-anchor check of a venue page (the notice is src/components/UnknownAnchorNotice.astro):
 * part of the page's own script, while the notice's code, answer engine included, is imported
 * only for an anchor that names nothing on the page.
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
