import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { catalogSchema, type CatalogData } from './catalog-schema.ts';
import { checkCatalogRules } from './catalog-rules.ts';

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
			const values = isSeq(pair.value) ? pair.value.items : [pair.value];
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
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			problems.push({ file, line: lines.linePos(error.pos[0]).line, message: `YAML syntax error: ${error.message.split('\n')[0]}` });
		}
		return { file, slug, problems };
	}
	problems.push(...findCoercedScalars(doc, lines, file));

	const raw: unknown = doc.toJS();
	const parsed = catalogSchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
			// Scalars YAML coerced are already reported above, with the fix; skip the schema's echo.
			if (issue.code === 'invalid_type' && problems.some((p) => p.line === lineOf(nearestNode(doc, path), lines))) continue;
			const dotted = path.join('.');
			let message: string;
			if (issue.code === 'unrecognized_keys') {
				message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${dotted ? ` in ${dotted}` : ''}; check the spelling (known keys are listed in src/lib/catalog-schema.ts)`;
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
