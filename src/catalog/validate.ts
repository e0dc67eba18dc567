/**
 * Validates one catalog file, stage by stage (src/catalog/validation/): the file name, nesting
 * before parsing, YAML syntax, structure (anchors, tags, depth), coerced scalars, text rules,
 * YAML 1.1 parity, the schema, then the cross-field rules. Every problem is reported at once.
 */
import { catalogSchema } from './schema.ts';
import { checkCatalogRules } from './rules.ts';
import { findCoercedScalars } from './validation/coerced.ts';
import { nestingBeyondLimit } from './validation/nesting.ts';
import { composeDocument, parseSource } from './validation/parse.ts';
import { lineOf, nearestNode, SLUG, slugOfFile, TOO_DEEP, type CatalogProblem, type ValidatedCatalog } from './validation/problem.ts';
import { schemaProblems } from './validation/schema-issues.ts';
import { checkStructure } from './validation/structure.ts';
import { checkScalars } from './validation/text.ts';
import { checkYaml11 } from './validation/yaml11.ts';

export { checkCatalogSet } from './validation/catalog-set.ts';
export { decodeCatalog } from './validation/decode.ts';
export { formatProblem, slugOfFile, type CatalogProblem, type ValidatedCatalog } from './validation/problem.ts';

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
	if (tooDeep !== null) return { file, slug, problems: [...problems, { file, line: tooDeep, message: TOO_DEEP }] };
	// Parsed once, read as YAML 1.2 here and as 1.1 by the parity check.
	const parsed = parseSource(source);
	const { lines } = parsed;
	const doc = composeDocument(parsed, { uniqueKeys: true });
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
	problems.push(...checkYaml11(parsed, doc, raw, file).filter((p) => !coercedLines.has(p.line)));

	const checked = catalogSchema.safeParse(raw);
	if (!checked.success) problems.push(...schemaProblems(checked.error.issues, doc, lines, file, new Set(problems.map((p) => p.line))));
	for (const violation of checkCatalogRules(raw)) {
		problems.push({ file, line: lineOf(nearestNode(doc, violation.path), lines), code: violation.code, message: violation.message });
	}
	return problems.length > 0 || !checked.success ? { file, slug, problems } : { file, slug, problems, data: checked.data };
}
