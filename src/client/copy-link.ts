/**
 * The copy buttons of a venue page's entries (src/components/CopyLinkButton.astro): named after
 * their codes, and one delegated listener copies the entry's permanent link.
 */
const entryOf = (button: Element) => button.closest('article');
const codeOf = (button: Element) => entryOf(button)?.id ?? '';

/** Names every copy button of the page and starts the one listener that serves them all. */
export function attachCopyLinks() {
	// Named after its code, as a screen reader lists the buttons of a page out of context.
	for (const button of document.querySelectorAll('button[data-copy-link]')) button.setAttribute('aria-label', `Copy link to code ${codeOf(button)}`);

	// One delegated listener serves every copy button on the page.
	document.addEventListener('click', async (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-link]');
		if (!button) return;
		// The permanent link: on a split venue's group page the permalink goes to this page and names the permanent one.
		const permalink = entryOf(button)?.querySelector<HTMLAnchorElement>('a.code-entry__permalink');
		const href = permalink?.dataset.permalink ?? permalink?.getAttribute('href') ?? '';
		const url = new URL(href, location.href).href;
		try {
			await navigator.clipboard.writeText(url);
			button.textContent = 'Copied';
		} catch {
			button.textContent = 'Copy failed';
		}
		button.setAttribute('data-state', 'done');
		setTimeout(() => {
			button.textContent = 'Copy link';
			button.removeAttribute('data-state');
		}, 2000);
	});
}
