/**
 * Reads whatever a reader pastes into the search box or the lookup page — a bare code, a code
 * and its name, a JSON error body, a log line, a message — into the codes, names, message and
 * venue it names. Pure and dependency-free: it runs in the browser and in the tests alike.
 */

/** What the resolver knows of a venue to read a paste: its names and its error payload's shape. */
export interface VenueProfile {
	slug: string;
	/** Display title, e.g. `Binance Options API`. */
	title: string;
	/** Lower-case words that name the venue in a query (`binance`, `binance-options`). */
	words: string[];
	/** JSON field of the code and of the message in the venue's error payload. */
	codeField: string;
	messageField: string;
	/** Every key of the venue's example payload: `success` marks MEXC's body, `result` LBank's. */
	shapeKeys: string[];
}

export interface ParsedPaste {
	/** The normalised text (trimmed, dashes and quotes folded, capped at {@link MAX_PASTE_CHARS}). */
	text: string;
	/** Code candidates, most telling first: the JSON body's code field, then code-like tokens. */
	codes: string[];
	/** Symbolic names typed with spaces or in any case, folded to `order_not_found`. */
	names: string[];
	/** The message: the JSON body's message field, or the whole text when it reads as prose. */
	message: string | null;
	/** Venues the paste itself names: by a venue word, else by a payload shape only they use. */
	venues: string[];
	/** How the venues were found, for the notice shown to the reader. */
	venuesFrom: 'word' | 'payload' | null;
	/** Whether a JSON error body was found (its code field then outranks loose tokens). */
	json: boolean;
}

/** Longer pastes are cut: no error body or log line needs more, and matching stays fast. */
export const MAX_PASTE_CHARS = 4000;

/** Unicode minus, hyphens and dashes that editors and chat tools put in place of `-`. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Invisible characters that ride along in copied text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Quotes and backticks around a pasted code (`"05001"`, `` `-2018` ``, “-2018”). */
const QUOTES = /^[\s"'`\u2018\u2019\u201C\u201D\u00AB\u00BB]+|[\s"'`\u2018\u2019\u201C\u201D\u00AB\u00BB]+$/g;
/** Parts of log lines that look like codes but never are: dates, times, HTTP status lines. */
const LOG_NOISE = [
	/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
	/\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g,
	/\bHTTP\/\d(?:\.\d)?\s+\d{3}(?:\s+[A-Za-z][A-Za-z ]*)?/gi,
	/\b(?:status|http)[ :=]+\d{3}\b/gi,
];
/** A numeric code as a token: an optional sign and digits, not part of a word or a decimal. */
const NUMERIC_TOKEN = /(?<![\w.-])[-+]?\d+(?![\w.])/g;
/** A symbolic code as a token: upper-case words joined by `_` or `.` (`ORDER_NOT_FOUND`, `BAD_SYMBOL`). */
const SYMBOLIC_TOKEN = /(?<![\w.])[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+(?![\w])|(?<![\w.])[A-Z][A-Z0-9]{3,}(?![\w.])/g;
/** How deep a JSON body is searched for the code field (`{"data":{"code":…}}`). */
const MAX_JSON_DEPTH = 4;

/** Trims and folds what clipboards add: dashes to `-`, invisible characters, surrounding quotes. */
export function normalisePaste(raw: string): string {
	return raw.slice(0, MAX_PASTE_CHARS).normalize('NFC').replace(INVISIBLE, '').replace(DASHES, '-').replace(QUOTES, '').trim();
}

/** A symbolic name in any case and with spaces or hyphens, folded: `Order not-found` → `order_not_found`. */
export function foldName(text: string): string {
	return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
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

/**
 * Words of a message, lower case: runs of letters or of digits, so a placeholder glued to a
 * word (`amount{}` filled in as `amount42`) still leaves the word.
 */
export function messageTokens(text: string): string[] {
	return text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
}

/** Distinct words of at least three characters: what message templates are indexed by. */
export function messageWords(text: string): string[] {
	return [...new Set(messageTokens(text).filter((word) => word.length >= 3))];
}

/** Every balanced `{…}` in `text` that parses as a JSON object, outermost first. */
function jsonObjects(text: string): Record<string, unknown>[] {
	const found: Record<string, unknown>[] = [];
	for (let start = text.indexOf('{'); start !== -1 && found.length < 4; start = text.indexOf('{', start + 1)) {
		let depth = 0;
		let inString = false;
		for (let i = start; i < text.length; i++) {
			const char = text[i];
			if (inString) {
				if (char === '\\') i++;
				else if (char === '"') inString = false;
			} else if (char === '"') inString = true;
			else if (char === '{') depth++;
			else if (char === '}' && --depth === 0) {
				try {
					const value: unknown = JSON.parse(text.slice(start, i + 1));
					if (value && typeof value === 'object' && !Array.isArray(value)) {
						found.push(value as Record<string, unknown>);
						start = i;
					}
				} catch {
					// Not JSON (a placeholder such as `{HKD}`, or a cut-off body): keep scanning.
				}
				break;
			}
		}
	}
	return found;
}

/** The object and its nested objects, breadth first, to a bounded depth. */
function nestedObjects(root: Record<string, unknown>): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	let level = [root];
	for (let depth = 0; depth < MAX_JSON_DEPTH && level.length > 0; depth++) {
		out.push(...level);
		level = level.flatMap((object) => Object.values(object).filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)));
	}
	return out;
}

/** A JSON scalar as the code text the API sent: `-2018` → `"-2018"`, `"05001"` stays `"05001"`. */
function scalarText(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() === '' ? null : value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

interface BodyReading {
	codes: string[];
	message: string | null;
	venues: string[];
}

/**
 * Reads an error body with each venue's own field names. The venues a body points to are those
 * whose code field it has and whose example payload shares the most keys with it: only Webull
 * sends `error_code` with `message`, only Binance `code` with `msg`, only MEXC adds `success`.
 */
function readBody(object: Record<string, unknown>, venues: VenueProfile[]): BodyReading | null {
	for (const candidate of nestedObjects(object)) {
		const keys = Object.keys(candidate);
		const fitting = venues.filter((venue) => keys.includes(venue.codeField) && scalarText(candidate[venue.codeField]) !== null);
		if (fitting.length === 0) continue;
		const overlap = (venue: VenueProfile) => keys.filter((key) => venue.shapeKeys.includes(key)).length + (keys.includes(venue.messageField) ? 1 : 0);
		const best = Math.max(...fitting.map(overlap));
		const shaped = fitting.filter((venue) => overlap(venue) === best);
		const codes = [...new Set(fitting.map((venue) => scalarText(candidate[venue.codeField])!))];
		const message = shaped.map((venue) => candidate[venue.messageField]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
		const sameShape = shaped.length < venues.length ? shaped.map((venue) => venue.slug) : [];
		return { codes, message: message ?? null, venues: sameShape };
	}
	return null;
}

/** Venues named by a word of the query (`binance -2018`, `mexc 2005`). */
function namedVenues(text: string, venues: VenueProfile[]): string[] {
	const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
	return venues.filter((venue) => venue.words.some((word) => words.has(word))).map((venue) => venue.slug);
}

/** Text minus venue words and log noise, for picking code tokens out of it. */
function codeText(text: string, venues: VenueProfile[], named: string[]): string {
	const venueWords = new Set(venues.filter((venue) => named.includes(venue.slug)).flatMap((venue) => venue.words));
	let rest = text;
	for (const noise of LOG_NOISE) rest = rest.replace(noise, ' ');
	return rest
		.split(/(\s+)/)
		.filter((word) => !venueWords.has(word.toLowerCase()))
		.join('');
}

/** Whether `text` reads as prose (a message) rather than a code: words in lower case, or one plain word (`Success`). */
function readsAsProse(text: string): boolean {
	const words = text.split(/\s+/).filter(Boolean);
	return (words.length >= 2 && /\p{Ll}{2}/u.test(text)) || /^\p{Lu}?\p{Ll}+[.!]?$/u.test(text);
}

/**
 * Reads a paste into what the resolver looks up. Venue words and a payload shape name venues;
 * a JSON body's code field is the code; otherwise every code-like token is a candidate, and a
 * short phrase of words is also a symbolic name (`ORDER NOT FOUND`).
 */
export function parsePaste(raw: string, venues: VenueProfile[]): ParsedPaste {
	const text = normalisePaste(raw);
	const named = namedVenues(text, venues);
	const body = jsonObjects(text)
		.map((object) => readBody(object, venues))
		.find((reading) => reading !== null);
	if (body) {
		return {
			text,
			codes: body.codes,
			names: body.codes.filter((code) => /[A-Za-z]/.test(code)).map(foldName),
			message: body.message,
			venues: named.length > 0 ? named : body.venues,
			venuesFrom: named.length > 0 ? 'word' : body.venues.length > 0 ? 'payload' : null,
			json: true,
		};
	}
	const rest = codeText(text, venues, named).trim();
	const tokens = [...(rest.match(NUMERIC_TOKEN) ?? []), ...(rest.match(SYMBOLIC_TOKEN) ?? [])];
	const single = rest !== '' && !/\s/.test(rest) ? [rest] : [];
	const codes = [...new Set([...single, ...tokens])];
	const phrase = rest.split(/\s+/).length <= 8 && /^[\p{L}\p{N}_\s-]+$/u.test(rest) ? [foldName(rest)] : [];
	const names = [...new Set([...phrase, ...codes.filter((code) => /[A-Za-z]/.test(code)).map(foldName)])].filter(Boolean);
	return {
		text,
		codes,
		names,
		message: readsAsProse(text) ? text : null,
		venues: named,
		venuesFrom: named.length > 0 ? 'word' : null,
		json: false,
	};
}
