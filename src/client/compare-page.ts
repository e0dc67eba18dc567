/**
 * The compare overview's category select goes to the category's page; links from before the
 * split (`/compare/?category=<id>`, `/compare/#<id>`) are sent there too. Without JavaScript the
 * form submits `?category=` and the overview lists every category as a link.
 */
export function applyCompareFilter(): void {
	const categories = [...document.querySelectorAll<HTMLElement>('[data-compare-category]')].map((item) => item.dataset.compareCategory);
	const wanted = new URLSearchParams(location.search).get('category') ?? location.hash.slice(1);
	if (wanted && categories.includes(wanted)) {
		location.replace(`/compare/${wanted}/`);
		return;
	}
	// On submit, not on change: arrowing through the options must not leave the page.
	const form = document.querySelector<HTMLFormElement>('[data-compare-filter]');
	form?.addEventListener('submit', (event) => {
		event.preventDefault();
		location.assign(`/compare/${form.querySelector('select')!.value}/`);
	});
}
