/**
 * Limits on catalog files: far above anything a real venue documents (the largest message today
 * is under 250 characters, the largest catalog under 70 KB), low enough that a hostile or broken
 * file cannot exhaust the build. Stated in the README's "Adding a venue".
 */
export const LIMITS = {
	/** Bytes of one catalog file. */
	fileBytes: 2 * 1024 * 1024,
	/** Codes in one catalog. */
	codes: 10_000,
	/** Characters of one message or note. */
	messageChars: 1_000,
	/** Characters of a code or a name. */
	codeChars: 100,
	/** Characters of any other text (venue, product, summary, titles, payload example). */
	textChars: 2_000,
	/** Levels of nesting in the YAML document (a catalog needs five). */
	depth: 8,
} as const;
