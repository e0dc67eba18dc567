import { isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { codeAt, lineOf, nearestNode, type CatalogProblem } from './problem.ts';

/**
 * The schema's issues as problems at their lines: an unknown key at the key, a missing one at
 * its parent. Lines already reported (coerced scalars, with their fix) get no second line.
 */
export function schemaProblems(
	issues: z.core.$ZodIssue[],
	doc: Document,
	lines: LineCounter,
	file: string,
	reportedLines: Set<number | undefined>,
): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	for (const issue of issues) {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		if (issue.code === 'invalid_type' && reportedLines.has(lineOf(nearestNode(doc, path), lines))) continue;
		const dotted = path.join('.');
		let message: string;
		if (issue.code === 'unrecognized_keys') {
			message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${dotted ? ` in ${dotted}` : ''}; check the spelling (known keys are listed in src/catalog/schema.ts)`;
			const keyNode =
				issue.keys.length === 1
					? (doc.getIn(path, true) as { items?: { key: Node }[] } | undefined)?.items?.find((pair) => isScalar(pair.key) && pair.key.value === issue.keys[0])
							?.key
					: undefined;
			problems.push({ file, line: lineOf(keyNode ?? nearestNode(doc, path), lines), code: codeAt(doc, path), message });
			continue;
		}
		if (doc.getIn(path, true) === undefined) message = `missing required key ${dotted}`;
		else message = `${dotted || 'catalog'}: ${issue.message}`;
		problems.push({ file, line: lineOf(nearestNode(doc, path), lines), code: codeAt(doc, path), message });
	}
	return problems;
}
