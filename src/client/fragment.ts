/** The URL fragment as typed: percent-decoded, or taken literally when malformed (`#%`, `#100%`). */
export function fragmentText(): string {
	return readFragment().text;
}

/** The URL fragment, decoded, and whether its percent-escapes were malformed (`#%ED%A0%80`: text no API sends). */
export function readFragment(): { text: string; malformed: boolean } {
	const raw = location.hash.slice(1);
	try {
		return { text: decodeURIComponent(raw), malformed: false };
	} catch {
		return { text: raw, malformed: true };
	}
}
