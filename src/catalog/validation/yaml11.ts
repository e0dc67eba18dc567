import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { LIMITS } from '../limits.ts';
import { composeDocument, type ParsedSource } from './parse.ts';
import { codeAt, lineOf, type CatalogProblem } from './problem.ts';

/** The JS value at `path`, or undefined. */
function valueAt(value: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), value);
}

/**
 * The catalogs are a public format: read by a YAML 1.1 parser (PyYAML, Ruby's Psych, Go's
 * yaml.v2) they must give the same data. Every plain scalar 1.1 reads differently is reported
 * (`yes` is the boolean true there, `2024-01-01` a date, `0b101` the number 5, a key `n` false).
 */
export function checkYaml11(parsed: ParsedSource, doc: Document, current: unknown, file: string): CatalogProblem[] {
	const { lines } = parsed;
	const problems: CatalogProblem[] = [];
	let old: Document;
	try {
		old = composeDocument(parsed, { version: '1.1', uniqueKeys: false });
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
				problems.push({
					file,
					line: lineOf(node, lines),
					code: codeAt(doc, path),
					message: `${path.join('.')} written as ${written} is read by YAML 1.1 parsers (PyYAML, Psych, yaml.v2) as ${readAs}; quote it: "${written}"`,
				});
			}
		}
	};
	walk(doc.contents, []);
	return problems;
}
