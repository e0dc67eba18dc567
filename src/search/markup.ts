/**
 * Markup for the search documents the build hands Pagefind: a handful of element kinds with
 * string attributes and text. Written by hand rather than with hastscript and hast-util-to-html,
 * which took 122 ms for 1,317 codes (this takes 42) on the build's main thread while Astro's
 * content sync waits for it. A unit test holds the output to hast-util-to-html's, byte for
 * byte, on hostile text.
 */

/** Markup made by {@link element}: unlike a string child, it goes into its parent as it is. */
export class Markup {
	readonly html: string;
	constructor(html: string) {
		this.html = html;
	}
}

/** Characters escaped in text: the two that can start markup. */
const TEXT_SPECIALS = /[&<]/g;
/** Characters escaped in a double-quoted attribute value, as hast-util-to-html escapes them. */
const ATTRIBUTE_SPECIALS = /[\0"&'`]/g;
/** Elements with no content and no end tag. */
const VOID_ELEMENTS = new Set(['meta']);

/** A character as a hexadecimal character reference (`<` → `&#x3C;`). */
const reference = (character: string) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

/** Text as element content: whatever it holds, it stays text. */
const escapeText = (text: string) => text.replace(TEXT_SPECIALS, reference);

/** Text as a double-quoted attribute value: whatever it holds, it stays the value. */
const escapeAttribute = (value: string) => value.replace(ATTRIBUTE_SPECIALS, reference);

/**
 * One element: `attributes` by their HTML names (`data-pagefind-weight`), in order; a string
 * child is text, escaped, and a {@link Markup} child is an element made here.
 */
export function element(tag: string, attributes: Record<string, string> = {}, children: (Markup | string)[] = []): Markup {
	let html = `<${tag}`;
	for (const [name, value] of Object.entries(attributes)) html += ` ${name}="${escapeAttribute(value)}"`;
	html += '>';
	if (VOID_ELEMENTS.has(tag)) return new Markup(html);
	for (const child of children) html += typeof child === 'string' ? escapeText(child) : child.html;
	return new Markup(`${html}</${tag}>`);
}
