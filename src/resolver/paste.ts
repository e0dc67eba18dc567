/**
 * Reads whatever a reader pastes into the search box or the lookup page — a bare code, a code
 * and its name, an error body in whatever wraps it (src/resolver/bodies.ts), a log line, a
 * client's error dump, a message — into the codes, names, message and venue it names. Pure and
 * dependency-free: it runs in the browser and in the tests alike.
 */
import { MAX_PASTE_CHARS } from './paste-limit.ts';
import { foldName } from '../catalog/codes.ts';
import { CODE_KEYS, findBodies, MESSAGE_KEYS, WrittenNumber, type BodyKind, type LooseObject, type LooseValue } from './bodies.ts';

/** What the resolver knows of a venue to read a paste: its names and its error payload's shape. */
export interface VenueProfile {
	slug: string;
	/** Display title, e.g. `Binance Options API`. */
	title: string;
	/** The company whose API this is: `Binance` for both Binance products, which share most of their codes. */
	venue: string;
	/** Lower-case words that name the venue in a query (`binance`, `binance-options`). */
	words: string[];
	/** JSON field of the code and of the message in the venue's error payload. */
	codeField: string;
	messageField: string;
	/** Every key of the venue's example payload: `success` marks MEXC's body, `result` LBank's. */
	shapeKeys: string[];
	/** Whether the venue sends its codes as JSON strings (`"code": "05001"`): a quoted code with leading zeros is its. */
	stringCodes: boolean;
	/** Codes its documentation shows only in an example body, not in its list (Webull's `INSTRUMENT_NOT_FOUND`). */
	exampleCodes: string[];
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
	/** Whether an error body was found (its code field then outranks loose tokens). */
	json: boolean;
	/** Where the code was read, for the reader: "`code` in the JSON body". */
	readFrom: string | null;
}

export { MAX_PASTE_CHARS };
/** A paste is read as a message (prose) only up to this length: a message is at most 1,000 characters. */
const MAX_MESSAGE_CHARS = 1_000;
/** Code candidates looked up at most: a long dump must not fetch every shard. */
const MAX_CODES = 12;

/** Unicode minus, hyphens and dashes that editors and chat tools put in place of `-`. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Invisible characters that ride along in copied text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Quotes and backticks around a pasted code (`"05001"`, `` `-2018` ``, “-2018”). */
const QUOTES = /^[\s"'`\u2018\u2019\u201C\u201D\u00AB\u00BB]+|[\s"'`\u2018\u2019\u201C\u201D\u00AB\u00BB]+$/g;
/**
 * Parts of log lines and dumps that hold numbers but never codes: URLs (their query values, such
 * as `&price=35`), dates and times, HTTP status lines and status codes, `file:line:column`
 * positions of stack traces, durations, hosts and ports, epoch timestamps, and numbers under
 * keys that are not code keys (`"level":50`, `statusCode: 400`, `Content-Length: 45`).
 */
const LOG_NOISE = [
	/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi,
	/[?&][\w.%-]+=[^&\s]*/g,
	/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
	/\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g,
	/\bHTTP\/\d(?:\.\d)?\s+\d{3}(?:\s+[A-Za-z][A-Za-z ]*)?/gi,
	/\b(?:status(?:[ _]?code)?|http)[ :=]+\d{3}\b/gi,
	/\b\d{3} (?:Client|Server) Error\b/g,
	/(?<![\w./\\-])[\w./\\-]+\.[A-Za-z]{1,6}(?::\d+)+\b/g,
	/:\d+:\d+\b/g,
	/\bline \d+\b/gi,
	/\b\d+(?:\.\d+)?\s?(?:ms|msec|millis(?:econds)?|s|secs?|seconds?|µs|us|ns|m|mins?|minutes?|h|hours?)\b/gi,
	/\b(?:localhost|[\w-]+(?:\.[\w-]+)+|\[[\da-f:]+\]):\d+\b/gi,
	/\bpid[ :=]+\d+\b/gi,
	/(?<!\d)\d{10,13}(?!\d)/g,
	/["']?\b([A-Za-z_][\w-]*)["']?\s*[:=]\s*-?\d+(?:\.\d+)?\b/g,
];
/** Keys whose numbers are codes; every other `key: number` of a log line is a value, not a code. */
const codeKey = (key: string, venues: VenueProfile[]) => CODE_KEYS.includes(key) || venues.some((venue) => venue.codeField === key);
/** A numeric code as a token: an optional sign and digits, not part of a word or a decimal. */
const NUMERIC_TOKEN = /(?<![\w.-])[-+]?\d+(?![\w.])/g;
/** A symbolic code as a token: upper-case words joined by `_` or `.` (`ORDER_NOT_FOUND`, `BAD_SYMBOL`). */
const SYMBOLIC_TOKEN = /(?<![\w.])[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+(?![\w])|(?<![\w.])[A-Z][A-Z0-9]{3,}(?![\w.])/g;
/** How deep a JSON body is searched for the code field (`{"data":{"code":…}}`). */
const MAX_JSON_DEPTH = 8;

/** Trims and folds what clipboards add: dashes to `-`, invisible characters, surrounding quotes. */
export function normalisePaste(raw: string): string {
	return raw.slice(0, MAX_PASTE_CHARS).normalize('NFC').replace(INVISIBLE, '').replace(DASHES, '-').replace(QUOTES, '').trim();
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

/** The object and its nested objects, breadth first, to a bounded depth. */
function nestedObjects(root: LooseObject): LooseObject[] {
	const out: LooseObject[] = [];
	let level = [root];
	for (let depth = 0; depth < MAX_JSON_DEPTH && level.length > 0; depth++) {
		out.push(...level);
		level = level.flatMap((object) =>
			Object.values(object).filter((v): v is LooseObject => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof WrittenNumber)),
		);
	}
	return out;
}

/** A value as the code text the API sent: `-2018` → `"-2018"`, `"05001"` stays `"05001"`. */
function scalarText(value: LooseValue | undefined): string | null {
	if (typeof value === 'string') return value.trim() === '' || value.length > 100 ? null : value;
	if (value instanceof WrittenNumber) return value.text;
	return null;
}

interface BodyReading {
	codes: string[];
	message: string | null;
	venues: string[];
	/** The key the code was read from. */
	field: string;
	/** How many keys it shares with the best-fitting venue's documented body: the body a dump is about has the most. */
	score: number;
}

/**
 * Codes that clients and runtimes put beside a body and never are a venue's: Node's and axios's
 * own error codes (`ERR_BAD_REQUEST`, `ECONNRESET`).
 */
const RUNTIME_CODE = /^(?:ERR_[A-Z0-9_]+|E(?:CONNRESET|CONNREFUSED|CONNABORTED|TIMEDOUT|NOTFOUND|PIPE|HOSTUNREACH|NETUNREACH|AI_AGAIN|PROTO))$/;

/**
 * Reads every object of a body that carries a code, with each venue's own field names. The
 * venues an object points to are those whose code field it has and whose example payload shares
 * the most keys with it: only Webull sends `error_code` with `message`, only Binance `code` with
 * `msg`, only MEXC adds `success`. A code sent as a JSON string with leading zeros (`"05001"`) is
 * only of venues whose codes are strings. An object with a code under a key no venue uses
 * (`errorCode`) still gives its code, with no venue.
 */
function readBody(object: LooseObject, venues: VenueProfile[]): BodyReading[] {
	const readings: BodyReading[] = [];
	for (const candidate of nestedObjects(object)) {
		const keys = Object.keys(candidate);
		const codeOf = (key: string) => {
			const text = scalarText(candidate[key]);
			return text !== null && !RUNTIME_CODE.test(text) ? text : null;
		};
		let fitting = venues.filter((venue) => keys.includes(venue.codeField) && codeOf(venue.codeField) !== null);
		if (fitting.length === 0) {
			const key = CODE_KEYS.find((k) => codeOf(k) !== null);
			if (!key) continue;
			const message = MESSAGE_KEYS.map((k) => candidate[k]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
			readings.push({ codes: [codeOf(key)!], message: message ?? null, venues: [], field: key, score: 0 });
			continue;
		}
		const quotedZero = fitting.filter(
			(venue) => venue.stringCodes && typeof candidate[venue.codeField] === 'string' && /^-?0\d+$/.test(candidate[venue.codeField] as string),
		);
		if (quotedZero.length > 0) fitting = quotedZero;
		const overlap = (venue: VenueProfile) => keys.filter((key) => venue.shapeKeys.includes(key)).length + (keys.includes(venue.messageField) ? 1 : 0);
		const best = Math.max(...fitting.map(overlap));
		const shaped = fitting.filter((venue) => overlap(venue) === best);
		const codes = [...new Set(fitting.map((venue) => codeOf(venue.codeField)!))];
		const message = [...shaped.map((venue) => candidate[venue.messageField]), ...MESSAGE_KEYS.map((k) => candidate[k])].find(
			(value): value is string => typeof value === 'string' && value.trim() !== '',
		);
		const sameShape = shaped.length < venues.length ? shaped.map((venue) => venue.slug) : [];
		readings.push({ codes, message: message ?? null, venues: sameShape, field: shaped[0].codeField, score: best });
	}
	return readings;
}

/** Venues named by a word of the query (`binance -2018`, `mexc 2005`). */
function namedVenues(text: string, venues: VenueProfile[]): string[] {
	const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
	return venues.filter((venue) => venue.words.some((word) => words.has(word))).map((venue) => venue.slug);
}

/** Text minus the words that named a venue (`binance -2018` → `-2018`). */
function withoutVenueWords(text: string, venues: VenueProfile[], named: string[]): string {
	const venueWords = new Set(venues.filter((venue) => named.includes(venue.slug)).flatMap((venue) => venue.words));
	return text
		.split(/(\s+)/)
		.filter((word) => !venueWords.has(word.toLowerCase()))
		.join('');
}

/** Text minus venue words and log noise, for picking code tokens out of it. */
function codeText(text: string, venues: VenueProfile[], named: string[]): string {
	let rest = text;
	for (const noise of LOG_NOISE) rest = rest.replace(noise, (match: string, key: unknown) => (typeof key === 'string' && codeKey(key, venues) ? match : ' '));
	return withoutVenueWords(rest, venues, named);
}

/** Whether `text` reads as prose (a message) rather than a code: words in lower case, or one plain word (`Success`) or words run together (Bybit's `InternalAddressCannotBeYourself`). */
function readsAsProse(text: string): boolean {
	const words = text.split(/\s+/).filter(Boolean);
	return (words.length >= 2 && /\p{Ll}{2}/u.test(text)) || /^\p{Lu}?\p{Ll}+[.!]?$/u.test(text) || /^(?:\p{Lu}\p{Ll}+){2,}[.!]?$/u.test(text);
}

/**
 * Reads a paste into what the resolver looks up. Venue words and a payload shape name venues;
 * a JSON body's code field is the code; otherwise every code-like token is a candidate, and a
 * short phrase of words is also a symbolic name (`ORDER NOT FOUND`).
 */
export function parsePaste(raw: string, venues: VenueProfile[]): ParsedPaste {
	const text = normalisePaste(raw);
	const named = namedVenues(text, venues);
	const codeKeys = [...new Set([...CODE_KEYS, ...venues.map((venue) => venue.codeField)])];
	const messageKeys = [...new Set([...MESSAGE_KEYS, ...venues.map((venue) => venue.messageField)])];
	const bodies = findBodies(text, codeKeys, messageKeys);
	const readings = bodies.flatMap(({ object, kind }) => readBody(object, venues).map((reading) => ({ ...reading, kind })));
	if (readings.length > 0) {
		// The object most like a venue's body is the error (an AxiosError dump holds axios's own `code` too); several as good are several errors.
		const best = Math.max(...readings.map((reading) => reading.score));
		const chosen = readings.filter((reading) => reading.score === best);
		const [first] = chosen;
		const codes = [...new Set(chosen.flatMap((reading) => reading.codes))].slice(0, MAX_CODES);
		return {
			text,
			codes,
			names: codes.filter((code) => /[A-Za-z]/.test(code)).map(foldName),
			message: first.message,
			venues: named.length > 0 ? named : first.venues,
			venuesFrom: named.length > 0 ? 'word' : first.venues.length > 0 ? 'payload' : null,
			json: true,
			readFrom: describeSource(first.field, first.kind),
		};
	}
	// Objects without a code (a dump of a timed-out request) hold values, not codes: their numbers are left out.
	const outside = bodies.reduceRight((rest, { span }) => (span ? rest.slice(0, span[0]) + ' '.repeat(span[1] - span[0]) + rest.slice(span[1]) : rest), text);
	const rest = codeText(outside, venues, named).trim();
	const tokens = [...(rest.match(NUMERIC_TOKEN) ?? []), ...(rest.match(SYMBOLIC_TOKEN) ?? [])];
	// One word pasted alone is a code as it stands, before any noise is taken out (`E<x=9>` is a code, not a key and a value).
	const word = withoutVenueWords(text, venues, named).trim();
	const single = word !== '' && !/\s/.test(word) ? [word] : [];
	const codes = [...new Set([...single, ...tokens])].slice(0, MAX_CODES);
	const phrase = rest.split(/\s+/).length <= 8 && /^[\p{L}\p{N}_\s-]+$/u.test(rest) ? [foldName(rest)] : [];
	const names = [...new Set([...phrase, ...codes.filter((code) => /[A-Za-z]/.test(code)).map(foldName)])].filter(Boolean);
	return {
		text,
		codes,
		names,
		message: text.length <= MAX_MESSAGE_CHARS && readsAsProse(text) ? text : null,
		venues: named,
		venuesFrom: named.length > 0 ? 'word' : null,
		json: false,
		readFrom: null,
	};
}

/** Where a code was read, in the reader's words: "`code` in the JSON body", "`code=` in the text". */
function describeSource(field: string, kind: BodyKind): string {
	if (kind === 'key=value text') return `\`${field}=\` in the text`;
	if (kind === 'exception arguments') return "the exception's arguments (status, code, message)";
	return `\`${field}\` in the ${kind}`;
}
