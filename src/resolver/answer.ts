/**
 * The answer engine behind the search dialog, the lookup page and unknown anchors: from a
 * parsed paste and the records its keys point to, the entry to land on, or the candidates to
 * list, hinted venue first, never crossing venues silently. Pure: the tests drive it directly.
 */
import { codeKey, nameKey, prefixKey, prefixKeys, recordSymbols, shardOf, wordKey, type LookupRecord } from './lookup-keys.ts';
import type { RecordIndex } from './record-index.ts';
import { foldCode, foldName } from '../catalog/codes.ts';
import { messageTokens, messageWords, type ParsedPaste, type VenueProfile } from './paste.ts';
import { splitPlaceholders } from '../catalog/placeholders.ts';

/** How a record matched the paste, strongest first. */
export type MatchKind = 'code' | 'name' | 'message' | 'near' | 'typo';

export interface Hit {
	record: LookupRecord;
	venueTitle: string;
	/** The strongest way it matched. */
	match: MatchKind;
	/** Whether it matched by code or name exactly, and by its message. */
	byCode: boolean;
	byMessage: boolean;
	/** Which of the record's messages the paste fits best, or `null`: its own guidance may differ from the code's. */
	messageIndex: number | null;
	/** In the venue the reader is on, named, or whose payload shape was pasted. */
	inHintedVenue: boolean;
}

export type Answer =
	| { kind: 'empty' }
	/**
	 * One entry fits: go straight to it. `also`: with no venue known, the near spellings of its
	 * code at other venues (Binance's `-2018` for `2018`), named beside it, never jumped to.
	 */
	| { kind: 'unique'; hit: Hit; also: Hit[]; notices: string[] }
	/** Several entries fit (exactly or by message): list them, best first. */
	| { kind: 'candidates'; hits: Hit[]; notices: string[] }
	/** Nothing fits exactly: near spellings to suggest, never to jump to. */
	| { kind: 'suggestions'; hits: Hit[]; notices: string[] }
	| { kind: 'none'; notices: string[] };

export interface AnswerOptions {
	/** Venue the reader asks from (a venue page's box, `?venue=`, the venue of an anchor). */
	venue?: string;
}

/** At most this many hits are listed. */
const MAX_HITS = 8;
/** Words of a pasted message looked up at most: a long log line must not fetch every shard. */
const MAX_MESSAGE_WORDS = 8;

/** A word of a message template: literal, or a placeholder the venue fills in (`%s`, `{…}`, `xxx`). */
interface TemplateToken {
	text: string;
	placeholder: boolean;
}

/** How many words one placeholder may stand for (`BTC-USD` is two, a sentence is a few). */
const PLACEHOLDER_WORDS = 6;
/** A template is looked for inside longer text (a log line) only with this many literal letters. */
const MIN_CONTAINED_LITERAL = 12;
/** A pasted fragment of a longer template needs this many words, the first two literal. */
const MIN_FRAGMENT_WORDS = 3;

const templateCache = new Map<string, { tokens: TemplateToken[]; literal: number }>();

/** A message template as words, cached: messages repeat across every lookup. */
function templateTokens(message: string) {
	let cached = templateCache.get(message);
	if (!cached) {
		const tokens = splitPlaceholders(message).flatMap((part): TemplateToken[] =>
			part.placeholder ? [{ text: part.text, placeholder: true }] : messageTokens(part.text).map((text) => ({ text, placeholder: false })),
		);
		cached = { tokens, literal: tokens.filter((t) => !t.placeholder).reduce((n, t) => n + t.text.length, 0) };
		templateCache.set(message, cached);
	}
	return cached;
}

/**
 * Whether template words from `ti` and pasted words from `pi` line up, a placeholder taking one
 * to {@link PLACEHOLDER_WORDS} pasted words. `templateRest`/`pasteRest`: whether words of the
 * template or of the paste may be left over (a fragment, or a message inside a log line).
 */
function alignWords(t: TemplateToken[], ti: number, p: string[], pi: number, templateRest: boolean, pasteRest: boolean): boolean {
	if (ti === t.length) return pasteRest || pi === p.length;
	if (pi === p.length) return templateRest;
	if (!t[ti].placeholder) return t[ti].text === p[pi] && alignWords(t, ti + 1, p, pi + 1, templateRest, pasteRest);
	for (let take = 1; take <= PLACEHOLDER_WORDS && pi + take <= p.length; take++) if (alignWords(t, ti + 1, p, pi + take, templateRest, pasteRest)) return true;
	return false;
}

/** How well a pasted message fits a template: the whole of it, inside a longer line, a fragment of it. */
export const Fit = { None: 0, Fragment: 1, Inside: 2, Whole: 3 } as const;
export type Fit = (typeof Fit)[keyof typeof Fit];

/**
 * How a pasted message fits a template: all of it filled in, the template inside a longer line
 * (a log), or a fragment of a long template (`IP banned until 1700000000000`).
 */
export function templateFit(template: string, message: string): Fit {
	const { tokens, literal } = templateTokens(template);
	const words = messageTokens(message);
	if (tokens.length === 0 || words.length === 0) return Fit.None;
	if (alignWords(tokens, 0, words, 0, false, false)) return Fit.Whole;
	const fragmentAt = (ti: number) =>
		!tokens[ti].placeholder &&
		!tokens[ti + 1].placeholder &&
		tokens[ti].text === words[0] &&
		tokens[ti + 1].text === words[1] &&
		alignWords(tokens, ti, words, 0, true, false);
	if (literal >= MIN_CONTAINED_LITERAL)
		for (let pi = 1; pi < words.length; pi++)
			if ((tokens[0].placeholder || tokens[0].text === words[pi]) && alignWords(tokens, 0, words, pi, false, true)) return Fit.Inside;
	if (words.length >= MIN_FRAGMENT_WORDS) for (let ti = 0; ti + 1 < tokens.length; ti++) if (fragmentAt(ti)) return Fit.Fragment;
	return Fit.None;
}

/** How well a pasted message fits the best of a record's message templates, and which one (first of the best). */
export function messageFit(record: LookupRecord, message: string): { fit: Fit; index: number | null } {
	const fits = record.messages.map((template) => templateFit(template, message));
	const fit = Math.max(Fit.None, ...fits) as Fit;
	return { fit, index: fit === Fit.None ? null : fits.indexOf(fit) };
}

/** Allowed typo distance for a name: about one edit per five characters, at most three. */
const typoAllowance = (length: number) => Math.min(3, Math.max(1, Math.floor(length / 5)));

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

/** The keys whose records can answer `parsed`: the shards to fetch. */
export function plannedKeys(parsed: ParsedPaste): string[] {
	const keys = new Set<string>();
	for (const code of parsed.codes) keys.add(codeKey(code));
	for (const name of parsed.names) {
		keys.add(nameKey(name));
		for (const prefix of prefixKeys(name)) keys.add(prefix);
	}
	if (parsed.message) {
		// The longest words: a message is filed under its rarest words, and rare words are mostly long.
		const words = messageWords(parsed.message).sort((a, b) => b.length - a.length);
		for (const word of words.slice(0, MAX_MESSAGE_WORDS)) keys.add(wordKey(word));
	}
	return [...keys];
}

/** The shards holding every record `parsed` can match, in order: what the browser fetches. */
export function shardsFor(parsed: ParsedPaste, shards: number): number[] {
	return [...new Set(plannedKeys(parsed).map((key) => shardOf(key, shards)))].sort((a, b) => a - b);
}

/** How one record matches the paste, or `null`. */
function matchRecord(record: LookupRecord, parsed: ParsedPaste) {
	const symbols = recordSymbols(record).map(foldName);
	const codeHits = parsed.codes.filter((code) => code === record.code).length;
	const nameHits = parsed.names.filter((name) => symbols.includes(name)).length;
	// A near spelling (sign or padding lost) needs two digits at least: `1` in `alert(1)` is not Bybit's `-1`.
	const nearCodes = parsed.codes.filter((code) => foldCode(code) === foldCode(record.code) && foldCode(code).length >= 2);
	const near = nearCodes.length > 0;
	// Among near spellings, the closest first: `005001` is nearer `05001` than `5001`; `+2018` is the value 2018.
	const closeness = Math.min(99, ...nearCodes.map((code) => editDistance(code, record.code, 6) * 2 - (Number(code) === Number(record.code) ? 1 : 0)));
	const { fit, index: messageIndex } = parsed.message === null ? { fit: Fit.None, index: null } : messageFit(record, parsed.message);
	const byMessage = fit !== Fit.None;
	const typo =
		!near &&
		parsed.names.some((name) =>
			symbols.some(
				(symbol) =>
					prefixKey(symbol) === prefixKey(name) && (editDistance(symbol, name, 3) <= typoAllowance(name.length) || (name.length >= 4 && symbol.includes(name))),
			),
		);
	const match: MatchKind | null = codeHits > 0 ? 'code' : nameHits > 0 ? 'name' : byMessage ? 'message' : near ? 'near' : typo ? 'typo' : null;
	return match && { match, byCode: codeHits + nameHits > 0, strength: codeHits + nameHits, byMessage, messageIndex, fit, closeness };
}

/** A hit with what ranks it: how many pasted tokens named it, how well its message fits. */
type Ranked = Hit & { strength: number; fit: Fit; closeness: number };

const RANK: Record<MatchKind, number> = { code: 0, name: 0, message: 1, near: 2, typo: 3 };

/** Hits best first: the hinted venue, then exact before message before near before typo, then both code and message, then source order. */
function rank(hits: Ranked[]) {
	return hits
		.map((hit, order) => ({ hit, order }))
		.sort(
			(a, b) =>
				Number(b.hit.inHintedVenue) - Number(a.hit.inHintedVenue) ||
				RANK[a.hit.match] - RANK[b.hit.match] ||
				b.hit.strength - a.hit.strength ||
				b.hit.fit - a.hit.fit ||
				a.hit.closeness - b.hit.closeness ||
				a.order - b.order,
		)
		.map(({ hit }) => hit);
}

/**
 * The one entry the evidence points to, if any: an exact code or name, agreeing with the
 * message where one was pasted, or else a message that fits one template only. With a venue
 * hinted, only that venue's entries can be the answer.
 */
function uniqueAnswer(hits: Ranked[], hinted: boolean, codeField: boolean): Hit | null {
	const pool = hinted ? hits.filter((hit) => hit.inHintedVenue) : hits;
	const exact = pool.filter((hit) => hit.byCode);
	const strongest = Math.max(0, ...exact.map((hit) => hit.strength));
	const best = exact.filter((hit) => hit.strength === strongest);
	// Only the best-fitting messages count: a whole message outranks a fragment of a longer one.
	const bestFit = Math.max(Fit.None, ...pool.map((hit) => hit.fit));
	const byMessage = bestFit === Fit.None ? [] : pool.filter((hit) => hit.fit === bestFit);
	if (best.length > 0) {
		const agreeing = best.filter((hit) => byMessage.includes(hit));
		if (agreeing.length === 1) return agreeing[0];
		// A body's code field is the venue's own word; the message only settles ties.
		if (best.length === 1 && (byMessage.length === 0 || codeField)) return best[0];
		return null;
	}
	return byMessage.length === 1 && !hits.some((hit) => hit.byCode) ? byMessage[0] : null;
}

/** Plain-text notes for the reader: where the code was read, which venue the answer was narrowed to, and codes that mean something else elsewhere. */
function notices(hits: Hit[], parsed: ParsedPaste, hintTitles: string[]): string[] {
	const out: string[] = [];
	if (parsed.readFrom) out.push(`Read from ${parsed.readFrom}.`);
	if (hintTitles.length > 0 && parsed.venuesFrom === 'payload') out.push(`The pasted body has the shape of ${hintTitles.join(' or ')} errors.`);
	const inHint = hits.filter((hit) => hit.inHintedVenue);
	const elsewhere = hits.filter((hit) => !hit.inHintedVenue && hit.byCode);
	if (hintTitles.length > 0 && elsewhere.length > 0 && !inHint.some((hit) => hit.byCode)) {
		const own = inHint.find((hit) => hit.match === 'near');
		for (const other of elsewhere.slice(0, 3)) {
			const lead = own ? `${own.venueTitle} sends ${own.record.code}` : `${hintTitles.join(' and ')} has no code ${other.record.code}`;
			out.push(`${lead}; ${other.venueTitle}'s ${other.record.code} is a different error.`);
		}
	}
	return out;
}

/**
 * Products of one venue that send the same code (Binance's Spot and Options APIs share most of
 * theirs) are listed side by side, and the answer says whether they mean the same: the same
 * message in each, or different ones.
 */
function siblingNotices(hits: Hit[], venues: Map<string, VenueProfile>): string[] {
	const out: string[] = [];
	const seen = new Set<string>();
	for (const hit of hits) {
		const company = venues.get(hit.record.venue)!.venue;
		const key = `${company}\u0000${hit.record.code}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const same = hits.filter((other) => other.record.code === hit.record.code && venues.get(other.record.venue)!.venue === company);
		if (same.length < 2) continue;
		const titles = same.map((other) => other.venueTitle);
		const both = titles.length === 2 ? 'both' : 'all';
		const names = `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
		const shared = same[0].record.messages.filter((message) => same.every((other) => other.record.messages.includes(message)));
		out.push(
			shared.length === same[0].record.messages.length && same.every((other) => other.record.messages.length === shared.length)
				? `${names} ${both} send ${hit.record.code} with the same message${shared.length === 1 ? '' : 's'}: the same error in either product.`
				: shared.length > 0
					? `${names} ${both} send ${hit.record.code}; they share ${shared.length === 1 ? `the message “${shared[0]}”` : `${shared.length} messages`}, and each has others of its own.`
					: `${names} ${both} send ${hit.record.code}, with different messages: check which product the request went to.`,
		);
	}
	return out;
}

/**
 * Answers a parsed paste from the records in `index`. `index` needs only the records under
 * {@link plannedKeys}: the browser fetches those shards, the tests pass every record.
 */
export function answerParsed(parsed: ParsedPaste, index: RecordIndex, venues: VenueProfile[], options: AnswerOptions = {}): Answer {
	if (parsed.text === '') return { kind: 'empty' };
	const known = new Map(venues.map((venue) => [venue.slug, venue]));
	const explicit = options.venue !== undefined && known.has(options.venue) ? [options.venue] : [];
	const hinted = new Set(parsed.venues.length > 0 ? parsed.venues : explicit);
	const hintTitles = [...hinted].map((slug) => known.get(slug)!.title);

	const seen = new Set<string>();
	const hits: Ranked[] = [];
	for (const key of plannedKeys(parsed)) {
		for (const record of index.get(key)) {
			const id = `${record.venue}\u0000${record.code}`;
			if (seen.has(id) || !known.has(record.venue)) continue;
			seen.add(id);
			const matched = matchRecord(record, parsed);
			if (matched) hits.push({ record, venueTitle: known.get(record.venue)!.title, inHintedVenue: hinted.has(record.venue), ...matched });
		}
	}
	// A paste that is one whole message, filled in, is that message: numbers in it are its values, not codes.
	const wholeMessage = !parsed.json && hits.some((hit) => hit.fit === Fit.Whole);
	// A paste that names its venue (a word, a body's shape) is about that venue: another venue's message that merely fits its words is not the answer.
	const named = parsed.venues.length > 0;
	const kept = hits.filter((hit) => (!wholeMessage || hit.byMessage) && !(named && !hit.inHintedVenue && !hit.byCode && hit.match === 'message'));
	const ranked = rank(kept);
	const notes = notices(ranked, parsed, hintTitles);
	const unique = uniqueAnswer(ranked, hinted.size > 0, parsed.json);
	if (unique) {
		// With no venue known, a bare code (no sign, no padding) may have lost what another venue's code has: `2018` is
		// MEXC's, and Binance sends `-2018`; `5001` is MEXC's, CoinFLEX sends `05001`. Those are named; `-2018` is Binance's alone.
		const bare = parsed.codes.filter((code) => code === foldCode(code));
		const also =
			hinted.size > 0
				? []
				: ranked
						.filter(
							(hit) =>
								hit.match === 'near' &&
								hit.record.venue !== unique.record.venue &&
								bare.includes(foldCode(hit.record.code)) &&
								foldCode(hit.record.code) === foldCode(unique.record.code),
						)
						.slice(0, 3);
		for (const other of also) notes.push(`${other.venueTitle} sends ${other.record.code}: did you mean it?`);
		return { kind: 'unique', hit: unique, also, notices: notes };
	}
	const listed = ranked.slice(0, MAX_HITS);
	notes.push(...siblingNotices(listed, known));
	if (listed.length === 0) {
		// A code the venue's documentation shows only in its example body (Webull's INSTRUMENT_NOT_FOUND).
		for (const venue of venues)
			for (const code of parsed.codes.filter((c) => venue.exampleCodes.includes(c)))
				notes.push(`${code} appears in ${venue.title}'s documentation only as an example error body; it is not one of the codes the venue lists.`);
		return { kind: 'none', notices: notes };
	}
	const firm = listed.some((hit) => hit.byCode || hit.byMessage);
	return { kind: firm ? 'candidates' : 'suggestions', hits: listed, notices: notes };
}
