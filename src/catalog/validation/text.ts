import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { LIMITS } from '../limits.ts';
import { codeAt, lineOf, type CatalogProblem } from './problem.ts';

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
 * Text rules for every string: no invisible, bidirectional or control characters (a code that
 * looks like another, or a message that reads differently than it is), NFC for codes and names
 * (two spellings of one code), and the size limits.
 */
export function checkScalars(doc: Document, lines: LineCounter, file: string): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	for (const { node, path } of scalarsOf(doc)) {
		const value = (node as { value?: unknown }).value;
		if (typeof value !== 'string') continue;
		const key = path.findLast((p): p is string => typeof p === 'string') ?? '';
		const at = { file, line: lineOf(node, lines), code: codeAt(doc, path) };
		const field = path.join('.');
		const hidden = UNSEEN.exec(MULTILINE_KEYS.has(key) ? value.replace(/\n/g, ' ') : value);
		if (hidden)
			problems.push({ ...at, message: `${field} contains the invisible or control character ${describeChar(hidden[0])}; remove it (text must read as it is)` });
		if (!MULTILINE_KEYS.has(key) && /[\n\r]/.test(value)) problems.push({ ...at, message: `${field} contains a line break; write it on one line` });
		if ((key === 'code' || key === 'name') && value.normalize('NFC') !== value)
			problems.push({ ...at, message: `${field} is not in Unicode NFC form; retype it so that one spelling means one code` });
		const limit =
			key === 'code' || key === 'name' ? LIMITS.codeChars : key === 'messages' || key === 'notes' || key === 'text' ? LIMITS.messageChars : LIMITS.textChars;
		if (value.length > limit) problems.push({ ...at, message: `${field} is ${value.length} characters long, over the limit of ${limit}` });
	}
	const codes = doc.get('codes', true);
	if (isSeq(codes) && codes.items.length > LIMITS.codes)
		problems.push({
			file,
			line: lineOf(codes, lines),
			message: `${codes.items.length} codes, over the limit of ${LIMITS.codes} per catalog; split the venue into several catalogs`,
		});
	return problems;
}
