/**
 * Finds error bodies in whatever wraps them in a paste: strict JSON, JSON escaped inside a
 * string (once or twice), JavaScript objects as `util.inspect` prints them, Python reprs and
 * exception arguments, Java maps, `key=value` and `key: value` pairs. Every pass is linear in
 * the text: one scan matches braces, each object is read once, escaped variants are one
 * replacement each. Pure: it runs in the browser and in the tests alike.
 */

/** A number as written in the paste: its text is the code as sent (`-2018`, `05001`). */
export class WrittenNumber {
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}
}

/** A value read from a loosely written object. */
export type LooseValue = string | WrittenNumber | boolean | null | LooseObject | LooseValue[];
export interface LooseObject {
	[key: string]: LooseValue;
}

/** How a body was written, for the reader: "read from `code` in the JSON body". */
export type BodyKind =
	'JSON body' | 'JSON body escaped in a string' | 'JavaScript object' | 'Python dict' | 'Java map' | 'exception arguments' | 'key=value text';

export interface FoundBody {
	object: LooseObject;
	kind: BodyKind;
	/** Where the object stands in the text, for an object read from the text as pasted. */
	span?: [number, number];
}

/** Objects read from one paste at most: a log of several errors, not an index of the whole dump. */
const MAX_BODIES = 8;
/** How deep objects nest before the reader stops descending (`{"data":{"code":…}}` needs two). */
const MAX_DEPTH = 8;
/** How deep a JSON text inside a string is read again (escaped once, twice). */
const MAX_REREADS = 2;

const isSpace = (char: string | undefined) => char === ' ' || char === '\n' || char === '\t' || char === '\r';
const IDENTIFIER = /[A-Za-z0-9_$-]/;

/**
 * A reader of object literals that forgives what is not JSON: unquoted keys, single quotes,
 * `True`/`None`, `=` between key and value (Java's `{code=-2018, msg=…}`), class names before a
 * brace (`AxiosHeaders {`), `[Object]` and `<ref *1>` markers, trailing commas. What it cannot
 * read it skips to the next comma or closing bracket, so it always moves forward.
 */
class LooseReader {
	private i: number;
	/** Set when anything was read that strict JSON would refuse. */
	loose = false;
	/** Set when a Python word (`True`, `False`, `None`) was read. */
	python = false;
	/** Set when a key was written in single quotes (Python, or JavaScript for keys that need quotes). */
	singleQuotedKeys = false;
	/** Set when a key was written bare (JavaScript). */
	bareKeys = false;
	/** Set when `=` separated a key from its value. */
	java = false;

	private readonly text: string;
	private readonly end: number;

	constructor(text: string, start: number, end: number) {
		this.text = text;
		this.i = start;
		this.end = end;
	}

	private skipSpace() {
		while (this.i < this.end && isSpace(this.text[this.i])) this.i++;
	}

	/** Reads the object that starts at the current `{`. */
	object(depth = 0): LooseObject | null {
		if (this.text[this.i] !== '{') return null;
		this.i++;
		const out: LooseObject = {};
		while (this.i < this.end) {
			this.skipSpace();
			const char = this.text[this.i];
			if (char === '}') {
				this.i++;
				return out;
			}
			if (char === ',') {
				this.i++;
				continue;
			}
			const key = this.key();
			if (key === null) {
				this.skipValue();
				continue;
			}
			this.skipSpace();
			const separator = this.text[this.i];
			if (separator === ':') this.i++;
			else if (separator === '=' && this.text[this.i + 1] !== '>') {
				this.i++;
				this.java = true;
				this.loose = true;
			} else {
				this.skipValue();
				continue;
			}
			this.skipSpace();
			const value = this.value(depth + 1, separator === '=');
			// Defined, not assigned: a key `__proto__` is data here, not the object's prototype.
			if (value !== undefined && !Object.hasOwn(out, key)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
		}
		return null;
	}

	private key(): string | null {
		const char = this.text[this.i];
		if (char === '"' || char === "'") {
			if (char === "'") this.singleQuotedKeys = this.loose = true;
			return this.quoted();
		}
		const start = this.i;
		while (this.i < this.end && IDENTIFIER.test(this.text[this.i])) this.i++;
		if (this.i === start) return null;
		this.loose = this.bareKeys = true;
		return this.text.slice(start, this.i);
	}

	/** A quoted string with its escapes read; `null` when it is not closed. */
	private quoted(): string | null {
		const quote = this.text[this.i++];
		let out = '';
		while (this.i < this.end) {
			const char = this.text[this.i++];
			if (char === quote) return out;
			if (char !== '\\') {
				out += char;
				continue;
			}
			const next = this.text[this.i++];
			if (next === 'n') out += '\n';
			else if (next === 't') out += '\t';
			else if (next === 'r') out += '\r';
			else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i, this.i + 4))) {
				out += String.fromCharCode(parseInt(this.text.slice(this.i, this.i + 4), 16));
				this.i += 4;
			} else out += next ?? '';
		}
		return null;
	}

	/** A value; `undefined` when it could not be read (then skipped). `raw`: Java's unquoted strings. */
	private value(depth: number, raw: boolean): LooseValue | undefined {
		const char = this.text[this.i];
		if (char === '{') return depth > MAX_DEPTH ? (this.skipValue(), undefined) : (this.object(depth) ?? undefined);
		if (char === '[' || char === '(') {
			if (char === '(') this.loose = true;
			return this.list(depth);
		}
		if (char === '"' || char === "'") {
			if (char === "'") this.loose = true;
			return this.quoted() ?? undefined;
		}
		const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.i, Math.min(this.end, this.i + 40)));
		if (
			number &&
			!IDENTIFIER.test(this.text[this.i + number[0].length] ?? '') &&
			(!raw || /^\s*[,}]/.test(this.text.slice(this.i + number[0].length, this.i + number[0].length + 2)))
		) {
			this.i += number[0].length;
			return new WrittenNumber(number[0]);
		}
		const word = /^(true|false|null|True|False|None|undefined)(?![\w$])/.exec(this.text.slice(this.i, this.i + 10));
		if (word && !raw) {
			this.i += word[0].length;
			if (/^[A-Z]/.test(word[0])) this.python = this.loose = true;
			return word[0] === 'true' || word[0] === 'True' ? true : word[0] === 'false' || word[0] === 'False' ? false : null;
		}
		// A class name before a brace (`AxiosHeaders {`, `Object [AxiosHeaders] {`, `[Object: null prototype] {`): the object it names.
		const named = /^(?:[A-Za-z_$][\w$]*(?: \[[\w$]+\])?|\[Object: null prototype\]) \{/.exec(this.text.slice(this.i, this.i + 80));
		if (named && !raw) {
			this.i += named[0].length - 1;
			return depth > MAX_DEPTH ? (this.skipValue(), undefined) : (this.object(depth) ?? undefined);
		}
		const start = this.i;
		this.skipValue();
		this.loose = true;
		// Java prints strings unquoted: the text up to the next separator is the value.
		return raw ? this.text.slice(start, this.i).trim() : undefined;
	}

	private list(depth: number): LooseValue[] {
		const close = this.text[this.i] === '[' ? ']' : ')';
		this.i++;
		const out: LooseValue[] = [];
		while (this.i < this.end) {
			this.skipSpace();
			const char = this.text[this.i];
			if (char === close) {
				this.i++;
				return out;
			}
			if (char === ',') {
				this.i++;
				continue;
			}
			const before = this.i;
			const value = this.value(depth + 1, false);
			if (value !== undefined) out.push(value);
			if (this.i === before) this.i++;
		}
		return out;
	}

	/** Skips to the next `,` or closing bracket of this level (brackets and quotes inside are passed over). */
	private skipValue() {
		let depth = 0;
		while (this.i < this.end) {
			const char = this.text[this.i];
			if (char === '"' || (char === "'" && /[\s:=,[({]/.test(this.text[this.i - 1] ?? ' '))) {
				if (this.quoted() === null) return;
				continue;
			}
			if (char === '{' || char === '[' || char === '(') depth++;
			else if (char === '}' || char === ']' || char === ')') {
				if (depth === 0) return;
				depth--;
			} else if (char === ',' && depth === 0) return;
			this.i++;
		}
	}

	/** Where reading stopped. */
	get position(): number {
		return this.i;
	}
}

/**
 * The outermost balanced `{…}` spans of the text, in one pass: quotes are followed so that a
 * brace inside a string does not count (a single quote only where a value can start, so that
 * "don't" in a message does not open a string).
 */
function braceSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let depth = 0;
	let start = -1;
	let quote: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quote) {
			if (char === '\\') i++;
			else if (char === quote) quote = null;
			else if (char === '\n' && quote === "'") quote = null;
			continue;
		}
		if (depth > 0 && (char === '"' || (char === "'" && /[\s:=,[({]/.test(text[i - 1] ?? ' ')))) quote = char;
		else if (char === '{') {
			if (depth++ === 0) start = i;
		} else if (char === '}' && depth > 0 && --depth === 0) spans.push([start, i + 1]);
	}
	return spans;
}

/** Whether a string holds an object of its own: JSON written into a log field (`"responseBody":"{\"code\":…}"`). */
const holdsObject = (value: string) => /^\s*\{[\s\S]*\}\s*$/.test(value);

/** Reads the JSON texts inside an object's strings as objects beside them (`responseBody` → its object). */
function unfoldStrings(object: LooseObject, rereads: number, found: FoundBody[]): void {
	for (const value of Object.values(object)) {
		if (typeof value === 'string' && rereads > 0 && holdsObject(value)) {
			for (const inner of readObjects(value, rereads - 1)) found.push({ object: inner.object, kind: 'JSON body escaped in a string' });
		} else if (value && typeof value === 'object' && !(value instanceof WrittenNumber) && !Array.isArray(value)) unfoldStrings(value, rereads, found);
	}
}

function readObjects(text: string, rereads: number): FoundBody[] {
	const found: FoundBody[] = [];
	for (const [start, end] of braceSpans(text)) {
		if (found.length >= MAX_BODIES) break;
		const reader = new LooseReader(text, start, end);
		const object = reader.object();
		if (!object || Object.keys(object).length === 0) continue;
		const kind: BodyKind = !reader.loose
			? 'JSON body'
			: reader.java
				? 'Java map'
				: reader.python || (reader.singleQuotedKeys && !reader.bareKeys)
					? 'Python dict'
					: 'JavaScript object';
		found.push({ object, kind, span: [start, end] });
		unfoldStrings(object, rereads, found);
	}
	return found;
}

/** The text with one level of string escaping taken off: `{\"code\":1}` → `{"code":1}`. */
const unescapeOnce = (text: string) => text.replace(/\\(["\\])/g, '$1');

/**
 * Python exception arguments as `str()` prints them: binance-connector's ClientError is
 * `(status, code, message, headers)`, e.g. `(400, -2018, 'Balance is insufficient.', {…})`.
 */
const EXCEPTION_ARGS = /\(\s*([1-5]\d\d)\s*,\s*(-?\d+|'[^'\n]*'|"[^"\n]*")\s*,\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;

/** Keys under which clients and logs write an error code, besides each venue's own field. */
export const CODE_KEYS = ['code', 'error_code', 'errorCode', 'err_code', 'errCode', 'errcode', 'retCode', 'ret_code', 'ErrCode'];
/** Keys under which they write its message. */
export const MESSAGE_KEYS = ['msg', 'message', 'retMsg', 'ret_msg', 'error_message', 'errorMessage', 'err_msg', 'errMsg'];

const keyAlternatives = (keys: string[]) => [...new Set(keys)].sort((a, b) => b.length - a.length).join('|');

/**
 * `key=value` and `key: value` pairs outside any object: Go's `<APIError> code=-2018, msg=…`,
 * python-binance's `APIError(code=-2018): Balance is insufficient.`, logfmt lines.
 */
function readPairs(text: string, codeKeys: string[], messageKeys: string[]): FoundBody[] {
	const codePattern = new RegExp(`(?<![\\w.$-])(${keyAlternatives(codeKeys)})\\s*[=:]\\s*(["']?)(-?[A-Za-z0-9_.]+)\\2`, 'g');
	const messagePattern = new RegExp(
		`(?<![\\w.$-])(${keyAlternatives(messageKeys)})\\s*[=:]\\s*("(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*'|[^,;\\n]*)`,
		'g',
	);
	const found: FoundBody[] = [];
	for (const match of text.matchAll(codePattern)) {
		if (found.length >= MAX_BODIES) break;
		const object: LooseObject = { [match[1]]: /^-?\d+$/.test(match[3]) && !match[2] ? new WrittenNumber(match[3]) : match[3] };
		// The message: a message key after the code on the same line, or python-binance's "): message".
		const rest = text.slice(match.index + match[0].length, text.indexOf('\n', match.index) === -1 ? undefined : text.indexOf('\n', match.index));
		messagePattern.lastIndex = 0;
		const message = messagePattern.exec(rest);
		const after = /^\)\s*:\s*(.+)/.exec(rest);
		if (message) object[message[1]] = message[2].replace(/^(["'])([\s\S]*)\1$/, '$2').trim();
		else if (after) object[messageKeys[0]] = after[1].trim();
		found.push({ object, kind: 'key=value text' });
	}
	return found;
}

/**
 * Every error body the paste holds, in the order they appear, best readings first: objects in
 * the text (and the JSON texts inside their strings), objects of the text unescaped once and
 * twice, exception arguments, then `key=value` pairs.
 */
export function findBodies(text: string, codeKeys: string[] = CODE_KEYS, messageKeys: string[] = MESSAGE_KEYS): FoundBody[] {
	const found = readObjects(text, MAX_REREADS);
	let unescaped = text;
	for (let level = 0; level < MAX_REREADS && unescaped.includes('\\"'); level++) {
		unescaped = unescapeOnce(unescaped);
		for (const body of readObjects(unescaped, 0)) found.push({ object: body.object, kind: 'JSON body escaped in a string' });
	}
	for (const match of text.matchAll(EXCEPTION_ARGS)) {
		const unquote = (value: string) => value.replace(/^(["'])([\s\S]*)\1$/, '$2');
		const code = /^-?\d+$/.test(match[2]) ? new WrittenNumber(match[2]) : unquote(match[2]);
		found.push({ object: { code, msg: unquote(match[3]) }, kind: 'exception arguments' });
	}
	found.push(...readPairs(text, codeKeys, messageKeys));
	return found.slice(0, MAX_BODIES * 2);
}
