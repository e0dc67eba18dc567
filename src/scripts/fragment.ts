/** The URL fragment as typed: percent-decoded, or taken literally when malformed (`#%`, `#100%`). */
export function fragmentText(): string {
	const raw = location.hash.slice(1);
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
