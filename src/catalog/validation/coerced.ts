import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { lineOf, type CatalogProblem } from './problem.ts';

/** Keys whose values are verbatim venue text or codes: they must be YAML strings, never coerced. */
const STRING_KEYS = new Set(['code', 'name', 'messages']);

/**
 * Verbatim fields written as plain YAML scalars that YAML reads as something other than a
 * string: `05001` becomes 5001, `0x1F` 31, `-1121` a number, `null` nothing. Found on the
 * parsed tree so the message can quote what the editor typed.
 */
export function findCoercedScalars(doc: Document, lines: LineCounter, file: string): CatalogProblem[] {
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
			problems.push({
				file,
				line: lineOf(codeNode, lines),
				code: codeNode.value,
				message: `code must be a quoted YAML string; write code: "${codeNode.value}"`,
			});
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
