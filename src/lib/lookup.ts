/**
 * Resolves a bare code, or a symbolic name in any case, to catalog entries across venues.
 * Pure and dependency-free: the lookup page bundles it for the browser, the tests run it in Node.
 */

/** One code in the lookup index (`/api/lookup.json`). */
export interface LookupEntry {
	/** Venue slug. */
	venue: string;
	code: string;
	name?: string;
	href: string;
	messages: string[];
}

export interface LookupIndex {
	venues: Record<string, { title: string; href: string; codes: number }>;
	entries: LookupEntry[];
}

export type LookupResult =
	| { kind: 'exact'; matches: LookupEntry[]; outsideVenue: boolean }
	| { kind: 'near'; suggestions: LookupEntry[] }
	| { kind: 'none' }
	| { kind: 'empty' };

/** How many suggestions to show at most. */
const MAX_SUGGESTIONS = 8;

/** `-1121` → `1121`, `05001` → `5001`: the digits a developer may type for a numeric code. */
function numericKey(text: string): string | null {
	const match = /^[-+]?0*(\d+)$/.exec(text);
	return match ? match[1] : null;
}

/** Levenshtein distance, stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			rowMin = Math.min(rowMin, current[j]);
		}
		if (rowMin > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length];
}

/** Symbolic spellings of an entry: its name and, for string codes, the code itself. */
function symbols(entry: LookupEntry): string[] {
	return [entry.name, /[A-Za-z]/.test(entry.code) ? entry.code : undefined].filter((s): s is string => !!s).map((s) => s.toLowerCase());
}

function isExact(entry: LookupEntry, query: string): boolean {
	return entry.code === query || symbols(entry).includes(query.toLowerCase());
}

/**
 * Near matches, never jumped to: the same digits with another sign or padding (`5001` and
 * `05001`, `1121` and `-1121`), a symbolic name within a small edit distance, or a name that
 * contains what was typed.
 */
function nearMatches(entries: LookupEntry[], query: string): LookupEntry[] {
	const digits = numericKey(query);
	const folded = query.toLowerCase().replace(/[\s-]+/g, '_');
	const scored: { entry: LookupEntry; score: number }[] = [];
	for (const entry of entries) {
		if (digits !== null) {
			if (numericKey(entry.code) === digits) scored.push({ entry, score: 0 });
			continue;
		}
		const distances = symbols(entry).map((symbol) => (symbol.includes(folded) && folded.length >= 4 ? 1.5 : editDistance(symbol, folded, 3)));
		const best = Math.min(...distances, Infinity);
		// Allow about one edit per five characters, at most three.
		if (best <= Math.min(3, Math.max(1, Math.floor(folded.length / 5)))) scored.push({ entry, score: best });
	}
	return scored.sort((a, b) => a.score - b.score).slice(0, MAX_SUGGESTIONS).map((s) => s.entry);
}

/**
 * Resolves `query` (a code exactly as sent, or a name in any case). With `venue`, an exact match
 * in that venue wins; without one there, every venue is searched and `outsideVenue` says so.
 */
export function resolveCode(index: LookupIndex, rawQuery: string, venue?: string): LookupResult {
	const query = rawQuery.trim();
	if (query === '') return { kind: 'empty' };
	if (venue && index.venues[venue]) {
		const inVenue = index.entries.filter((entry) => entry.venue === venue && isExact(entry, query));
		if (inVenue.length > 0) return { kind: 'exact', matches: inVenue, outsideVenue: false };
	}
	const exact = index.entries.filter((entry) => isExact(entry, query));
	if (exact.length > 0) return { kind: 'exact', matches: exact, outsideVenue: !!venue && !!index.venues[venue] };
	const near = nearMatches(index.entries, query);
	return near.length > 0 ? { kind: 'near', suggestions: near } : { kind: 'none' };
}

/** The single page a result should go straight to, if there is exactly one. */
export function redirectTarget(result: LookupResult): string | null {
	return result.kind === 'exact' && result.matches.length === 1 ? result.matches[0].href : null;
}
