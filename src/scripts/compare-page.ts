/**
 * The compare page's category filter: `?category=<id>` shows that category alone, opened, and the
 * select keeps the URL in step; `#<id>` (the link from an entry's category) opens that section.
 * Without JavaScript every category is listed, collapsed, and the anchors still scroll to them.
 */
export function applyCompareFilter(): void {
	const form = document.querySelector<HTMLFormElement>('[data-compare-filter]');
	const select = form?.querySelector('select');
	const sections = [...document.querySelectorAll<HTMLDetailsElement>('[data-compare-category]')];
	if (!form || !select) return;
	const show = (category: string) => {
		const known = sections.some((s) => s.dataset.compareCategory === category);
		for (const section of sections) {
			const selected = known && section.dataset.compareCategory === category;
			section.hidden = known && !selected;
			if (selected) section.open = true;
		}
		select.value = known ? category : '';
	};
	const openFromHash = () => {
		const section = sections.find((s) => `#${s.id}` === location.hash);
		if (section) section.open = true;
	};
	form.hidden = false;
	show(new URLSearchParams(location.search).get('category') ?? '');
	openFromHash();
	window.addEventListener('hashchange', openFromHash);
	select.addEventListener('change', () => {
		show(select.value);
		const params = new URLSearchParams(location.search);
		if (select.value) params.set('category', select.value);
		else params.delete('category');
		history.replaceState(history.state, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
	});
}
