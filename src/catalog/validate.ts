import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { LIMITS } from './limits.ts';
import { catalogSchema, type CatalogData } from './schema.ts';
import { checkCatalogRules } from './rules.ts';

/** One problem found in a catalog file: enough for an editor to find and fix it. */
export interface CatalogProblem {
	/** Path of the file, as given to the validator. */
	file: string;
	/** 1-based line, where one is known. */
	line?: number;
	/** The code concerned, exactly as written, where there is one. */
	code?: string;
	/** The rule broken and the fix. */
	message: string;
}

export interface ValidatedCatalog {
	file: string;
	slug: string;
	problems: CatalogProblem[];
	/** The parsed catalog, present only when there are no problems. */
	data?: CatalogData;
}

/** Lower-case words joined by hyphens: the form a venue slug (and so its URL) must take. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Keys whose values are verbatim venue text or codes: they must be YAML strings, never coerced. */
const STRING_KEYS = new Set(['code', 'name', 'messages']);

/** `file:line: code X: message`, the one-line form printed by `npm run check` and the build. */
export function formatProblem(problem: CatalogProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}: ${problem.code !== undefined ? `code ${problem.code}: ` : ''}${problem.message}`;
}

/** The slug a catalog file publishes under: its file name without the extension. */
export function slugOfFile(file: string): string {
	return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
}

function lineOf(node: Node | null | undefined, lines: LineCounter): number | undefined {
	const start = node?.range?.[0];
	return start === undefined ? undefined : lines.linePos(start).line;
}

/** The deepest node along `path` that exists, so a missing key still points at its parent. */
function nearestNode(doc: Document, path: (string | number)[]): Node | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true);
		if (node && typeof node === 'object') return node as Node;
	}
	return undefined;
}

function codeAt(doc: Document, path: (string | number)[]): string | undefined {
	if (path[0] !== 'codes' || typeof path[1] !== 'number') return undefined;
	const node = doc.getIn(['codes', path[1], 'code'], true);
	return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
}

/**
 * Verbatim fields written as plain YAML scalars that YAML reads as something other than a
 * string: `05001` becomes 5001, `0x1F` 31, `-1121` a number, `null` nothing. Found on the
 * parsed tree so the message can quote what the editor typed.
 */
function findCoercedScalars(doc: Document, lines: LineCounter, file: string): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	const codes = doc.get('codes', true);
	if (!isSeq(codes)) return problems;
	codes.items.forEach((item) => {
		if (!isMap(item)) return;
		const codeNode = item.get('code', true);
		const codeText = isScalar(codeNode) ? (codeNode.source ?? String(codeNode.value)) : undefined;
		// Codes must be quoted even when YAML would read them as strings, so that an editor
		// never has to know which bare codes are safe.
		if (isScalar(codeNode) && typeof codeNode.value === 'string' && codeNode.type !== 'QUOTE_DOUBLE' && codeNode.type !== 'QUOTE_SINGLE') {
			problems.push({ file, line: lineOf(codeNode, lines), code: codeNode.value, message: `code must be a quoted YAML string; write code: "${codeNode.value}"` });
		}
		for (const pair of item.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			if (!STRING_KEYS.has(key)) continue;
			// A message with its own guidance is a map: its verbatim text is under `text`.
			const values = (isSeq(pair.value) ? pair.value.items : [pair.value]).map((value) => (isMap(value) ? value.get('text', true) : value));
			for (const value of values) {
				if (!isScalar(value) || typeof value.value === 'string') continue;
				const written = value.source ?? String(value.value);
				const readAs = value.value === null ? 'null (no value)' : `the ${typeof value.value} ${String(value.value)}`;
				problems.push({
					file,
					line: lineOf(value, lines),
					code: codeText,
					message: `${key === 'messages' ? 'a message' : key} written as ${written} is read by YAML as ${readAs}, not a string; quote it: ${key === 'messages' ? '- ' : `${key}: `}"${written}"`,
				});
				// Read it as the text written, so the remaining checks can still run on this file.
				// The data of a file with problems is never used.
				value.value = written;
			}
		}
	});
	return problems;
}

/** Characters a reader cannot see or that reorder text: controls, zero-width and bidirectional marks. */
const UNSEEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/u;
/** Keys whose text is a single line (everything but the payload example). */
const MULTILINE_KEYS = new Set(['example']);

const describeChar = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

interface ScalarVisit {
	node: Node;
	path: (string | number)[];
}

/** Every scalar of the document with its path (keys as text); stops at `LIMITS.depth`. */
function scalarsOf(doc: Document): ScalarVisit[] {
	const out: ScalarVisit[] = [];
	const walk = (node: unknown, path: (string | number)[]) => {
		if (path.length > LIMITS.depth) return;
		if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
		else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
		else if (isScalar(node)) out.push({ node, path });
	};
	walk(doc.contents, []);
	return out;
}

/**
 * The line where the text nests past `LIMITS.depth` by flow brackets (`[[[[…`) or indentation,
 * found before parsing: a parser recurses once per level and 3,000 levels exhaust its stack.
 */
function nestingBeyondLimit(source: string): number | null {
	let depth = 0;
	let line = 1;
	let quote: string | null = null;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (char === '\n') {
			line++;
			// Two spaces per level is the catalogs' style; four per level still fits.
			if (/^ {48}/.test(source.slice(i + 1, i + 49))) return line;
			if (quote === "'" || quote === '"') continue;
		}
		if (quote) {
			if (char === '\\' && quote === '"') i++;
			else if (char === quote) quote = null;
			continue;
		}
		if (char === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
			const end = source.indexOf('\n', i);
			i = (end === -1 ? source.length : end) - 1;
		} else if (char === '"' || (char === "'" && depth > 0)) quote = char;
		else if (char === '[' || char === '{') {
			if (++depth > LIMITS.depth) return line;
		} else if ((char === ']' || char === '}') && depth > 0) depth--;
	}
	return null;
}

/**
 * Refuses what a data file has no use for and a hostile one abuses: anchors and aliases (alias
 * bombs), explicit tags (`!!float`, `!!js/function`, custom tags that parsers read differently),
 * and nesting past `LIMITS.depth`.
 */
function checkStructure(doc: Document, lines: LineCounter, file: string): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	const walk = (node: unknown, depth: number): void => {
		if (!node || typeof node !== 'object') return;
		const where = { file, line: lineOf(node as Node, lines) };
		if (isAlias(node)) {
			problems.push({ ...where, message: `YAML alias *${node.source} is not allowed in a catalog; write the value out` });
			return;
		}
		const { anchor, tag } = node as { anchor?: string; tag?: string };
		if (anchor) problems.push({ ...where, message: `YAML anchor &${anchor} is not allowed in a catalog; write values out where they are used` });
		if (tag) problems.push({ ...where, message: `YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed in a catalog; write a plain or quoted value` });
		if (depth > LIMITS.depth) {
			problems.push({ ...where, message: `nested more than ${LIMITS.depth} levels deep; a catalog needs five (see README "Adding a venue")` });
			return;
		}
		if (isMap(node)) for (const pair of node.items) [pair.key, pair.value].forEach((child) => walk(child, depth + 1));
		else if (isSeq(node)) for (const item of node.items) walk(item, depth + 1);
	};
	walk(doc.contents, 1);
	return problems;
}

/**
 * Text rules for every string: no invisible, bidirectional or control characters (a code that
 * looks like another, or a message that reads differently than it is), NFC for codes and names
 * (two spellings of one code), and the size limits.
 */
function checkScalars(doc: Document, lines: LineCounter, file: string): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	for (const { node, path } of scalarsOf(doc)) {
		const value = (node as { value?: unknown }).value;
		if (typeof value !== 'string') continue;
		const key = path.findLast((p): p is string => typeof p === 'string') ?? '';
		const at = { file, line: lineOf(node, lines), code: codeAt(doc, path) };
		const field = path.join('.');
		const hidden = UNSEEN.exec(MULTILINE_KEYS.has(key) ? value.replace(/\n/g, ' ') : value);
		if (hidden) problems.push({ ...at, message: `${field} contains the invisible or control character ${describeChar(hidden[0])}; remove it (text must read as it is)` });
		if (!MULTILINE_KEYS.has(key) && /[\n\r]/.test(value)) problems.push({ ...at, message: `${field} contains a line break; write it on one line` });
		if ((key === 'code' || key === 'name') && value.normalize('NFC') !== value) problems.push({ ...at, message: `${field} is not in Unicode NFC form; retype it so that one spelling means one code` });
		const limit = key === 'code' || key === 'name' ? LIMITS.codeChars : key === 'messages' || key === 'notes' || key === 'text' ? LIMITS.messageChars : LIMITS.textChars;
		if (value.length > limit) problems.push({ ...at, message: `${field} is ${value.length} characters long, over the limit of ${limit}` });
	}
	const codes = doc.get('codes', true);
	if (isSeq(codes) && codes.items.length > LIMITS.codes) problems.push({ file, line: lineOf(codes, lines), message: `${codes.items.length} codes, over the limit of ${LIMITS.codes} per catalog; split the venue into several catalogs` });
	return problems;
}

/** The JS value at `path`, or undefined. */
function valueAt(value: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), value);
}

/**
 * The catalogs are a public format: read by a YAML 1.1 parser (PyYAML, Ruby's Psych, Go's
 * yaml.v2) they must give the same data. Every plain scalar 1.1 reads differently is reported
 * (`yes` is the boolean true there, `2024-01-01` a date, `0b101` the number 5, a key `n` false).
 */
function checkYaml11(source: string, doc: Document, current: unknown, lines: LineCounter, file: string): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	let old: Document;
	try {
		old = parseDocument(source, { version: '1.1', uniqueKeys: false });
	} catch {
		return problems;
	}
	const legacy = old.toJS({ maxAliasCount: 0 }) as unknown;
	const walk = (node: unknown, path: (string | number)[]) => {
		if (path.length > LIMITS.depth) return;
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? pair.key.value : undefined;
				if (typeof key === 'string' && valueAt(legacy, path) && typeof valueAt(legacy, path) === 'object' && !(key in (valueAt(legacy, path) as object))) {
					problems.push({ file, line: lineOf(pair.key as Node, lines), message: `key "${key}" is read differently by YAML 1.1 parsers; quote it` });
				}
				walk(pair.value, [...path, String(key)]);
			}
		} else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
		else if (isScalar(node)) {
			const now = valueAt(current, path);
			const then = valueAt(legacy, path);
			if (now !== then && !(now instanceof Date) && !(Number.isNaN(now) && Number.isNaN(then))) {
				const written = node.source ?? String(node.value);
				const readAs = then instanceof Date ? 'a date' : then === null ? 'null' : `the ${typeof then} ${String(then)}`;
				problems.push({ file, line: lineOf(node, lines), code: codeAt(doc, path), message: `${path.join('.')} written as ${written} is read by YAML 1.1 parsers (PyYAML, Psych, yaml.v2) as ${readAs}; quote it: "${written}"` });
			}
		}
	};
	walk(doc.contents, []);
	return problems;
}

/**
 * Validates the text of one catalog file and returns every problem found: YAML syntax,
 * scalars YAML would coerce, the strict schema (unknown and missing keys, types, URL),
 * and the cross-field rules. `data` is returned only for a clean file.
 */
export function validateCatalogSource(file: string, source: string): ValidatedCatalog {
	const slug = slugOfFile(file);
	const problems: CatalogProblem[] = [];
	if (!SLUG.test(slug)) {
		problems.push({ file, message: `file name "${slug}" is not a valid venue slug; use lower-case words joined by hyphens, e.g. binance-options.yaml` });
	}
	const tooDeep = nestingBeyondLimit(source);
	if (tooDeep !== null) return { file, slug, problems: [...problems, { file, line: tooDeep, message: `nested more than ${LIMITS.depth} levels deep; a catalog needs five (see README "Adding a venue")` }] };
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			problems.push({ file, line: lines.linePos(error.pos[0]).line, message: `YAML syntax error: ${error.message.split('\n')[0]}` });
		}
		return { file, slug, problems };
	}
	// Structure first: anchors, tags and deep nesting are refused before the tree is read as data.
	const structural = checkStructure(doc, lines, file);
	if (structural.length > 0) return { file, slug, problems: [...problems, ...structural] };
	problems.push(...findCoercedScalars(doc, lines, file));
	problems.push(...checkScalars(doc, lines, file));
	const raw: unknown = doc.toJS({ maxAliasCount: 0 });
	// A scalar already reported as coerced (an unquoted `05001`) needs no second line for YAML 1.1.
	const coercedLines = new Set(problems.map((p) => p.line));
	problems.push(...checkYaml11(source, doc, raw, lines, file).filter((p) => !coercedLines.has(p.line)));

	const parsed = catalogSchema.safeParse(raw);
	if (!parsed.success) {
		// Lines already reported (coerced scalars, with their fix): the schema's echo is skipped.
		const reportedLines = new Set(problems.map((p) => p.line));
		for (const issue of parsed.error.issues) {
			const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
			if (issue.code === 'invalid_type' && reportedLines.has(lineOf(nearestNode(doc, path), lines))) continue;
			const dotted = path.join('.');
			let message: string;
			if (issue.code === 'unrecognized_keys') {
				message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${dotted ? ` in ${dotted}` : ''}; check the spelling (known keys are listed in src/catalog/schema.ts)`;
				const keyNode = issue.keys.length === 1 ? (doc.getIn(path, true) as { items?: { key: Node }[] } | undefined)?.items?.find((pair) => isScalar(pair.key) && pair.key.value === issue.keys[0])?.key : undefined;
				problems.push({ file, line: lineOf(keyNode ?? nearestNode(doc, path), lines), code: codeAt(doc, path), message });
				continue;
			}
			if (doc.getIn(path, true) === undefined) message = `missing required key ${dotted}`;
			else message = `${dotted || 'catalog'}: ${issue.message}`;
			problems.push({ file, line: lineOf(nearestNode(doc, path), lines), code: codeAt(doc, path), message });
		}
	}
	for (const violation of checkCatalogRules(raw)) {
		problems.push({ file, line: lineOf(nearestNode(doc, violation.path), lines), code: violation.code, message: violation.message });
	}
	return problems.length > 0 || !parsed.success ? { file, slug, problems } : { file, slug, problems, data: parsed.data };
}

/**
 * The text of a catalog file, or why it cannot be read as one: it must be UTF-8 (a Latin-1
 * `Caf\xe9` would otherwise be published as `Caf\uFFFD`, silently not verbatim) with LF or CRLF
 * line endings. A UTF-8 byte-order mark is dropped.
 */
export function decodeCatalog(file: string, bytes: Uint8Array): { text: string } | { problem: CatalogProblem } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { problem: { file, message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' } };
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		const loose = new TextDecoder('utf-8').decode(bytes);
		const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
		return { problem: { file, line, message: 'file is not valid UTF-8 (a byte that UTF-8 cannot hold, e.g. Latin-1 text); save it as UTF-8 so every character is published as written' } };
	}
	if (/\r(?!\n)/.test(text)) {
		const line = text.slice(0, text.search(/\r(?!\n)/)).split('\n').length;
		return { problem: { file, line, message: 'file has a line ending of CR alone (classic Mac); save it with LF line endings' } };
	}
	return { text };
}

/** Rules across files: two files must not publish the same venue slug (`webull.yaml` and `webull.yml`). */
export function checkCatalogSet(catalogs: ValidatedCatalog[]): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	const bySlug = new Map<string, string>();
	for (const catalog of catalogs) {
		const other = bySlug.get(catalog.slug);
		if (other) problems.push({ file: catalog.file, message: `duplicate venue slug "${catalog.slug}": ${other} publishes the same slug; rename or remove one file` });
		else bySlug.set(catalog.slug, catalog.file);
	}
	return problems;
}
