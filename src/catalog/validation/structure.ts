import { isAlias, isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { LIMITS } from '../limits.ts';
import { lineOf, TOO_DEEP, type CatalogProblem } from './problem.ts';

/**
 * Refuses what a data file has no use for and a hostile one abuses: anchors and aliases (alias
 * bombs), explicit tags (`!!float`, `!!js/function`, custom tags that parsers read differently),
 * and nesting past `LIMITS.depth`.
 */
export function checkStructure(doc: Document, lines: LineCounter, file: string): CatalogProblem[] {
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
		if (tag)
			problems.push({ ...where, message: `YAML tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed in a catalog; write a plain or quoted value` });
		if (depth > LIMITS.depth) {
			problems.push({ ...where, message: TOO_DEEP });
			return;
		}
		if (isMap(node)) for (const pair of node.items) [pair.key, pair.value].forEach((child) => walk(child, depth + 1));
		else if (isSeq(node)) for (const item of node.items) walk(item, depth + 1);
	};
	walk(doc.contents, 1);
	return problems;
}
