/** Helpers about code strings themselves. Codes are always strings: `05001` is not `5001`. */

/** An integer code in plain decimal notation (`-1121`, `0`, `05001`). */
const DECIMAL_CODE = /^-?\d+$/;

/** The numeric value of a decimal code, or `null` for symbolic codes such as `ORDER_NOT_FOUND`. */
export function numericValue(code: string): number | null {
	return DECIMAL_CODE.test(code) ? Number(code) : null;
}

/**
 * Order of codes inside a group: numeric codes by magnitude, so Binance's negative codes read
 * -1000, -1001 … as the venue lists them (then by value and by text, so `05001` and `5001` stay
 * distinct and the order is stable); symbolic codes keep the order the venue lists them in.
 */
export function compareCodes(a: string, b: string): number {
	const na = numericValue(a);
	const nb = numericValue(b);
	if (na === null || nb === null) return 0;
	return Math.abs(na) - Math.abs(nb) || na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Splits a code after each underscore, dot or slash so long symbolic codes can wrap there on
 * narrow screens (rendered with <wbr>); joining the parts gives the code back exactly.
 */
export function codeWrapParts(code: string): string[] {
	return code.split(/(?<=[_./])/);
}

/** The URL fragment for a code: the code exactly as sent, percent-encoded only where a URL needs it. */
export function codeFragment(code: string): string {
	return encodeURIComponent(code);
}

/** "1 code", "235 codes": the one wording of a count of codes. */
export function countText(count: number): string {
	return `${count} ${count === 1 ? 'code' : 'codes'}`;
}

/** "6 of 53 codes" while a filter is on, "53 codes" otherwise. */
export function shownText(shown: number, total: number, filtered: boolean): string {
	return filtered ? `${shown} of ${countText(total)}` : countText(total);
}

/**
 * A symbolic name in any case, with spaces, hyphens or underscores between its words, folded
 * one way for every comparison on the site (resolver, venue filter, search keys):
 * `Order not-found` → `order_not_found`.
 */
export function foldName(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, '_');
}

/**
 * The key two spellings of one code share: numeric codes without sign and leading zeros
 * (`-05001` → `5001`), symbolic codes folded like names. Never a match by itself — `5001`
 * and `05001` are different codes — only where to look.
 */
export function foldCode(code: string): string {
	const numeric = /^[-+]?0*(\d+)$/.exec(code.trim());
	return numeric ? numeric[1] : foldName(code);
}
