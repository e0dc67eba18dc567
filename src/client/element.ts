/** An element with its text (set as text, never as markup) and attributes: how the site's scripts build DOM. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
	return node;
}
