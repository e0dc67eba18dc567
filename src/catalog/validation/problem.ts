/**
 * What every stage of catalog validation reports, and where: the problem, its line and code,
 * and the helpers that find them in the YAML tree.
 */
import { isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { CatalogData } from '../schema.ts';
import { LIMITS } from '../limits.ts';

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
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `file:line: code X: message`, the one-line form printed by `npm run check` and the build. */
export function formatProblem(problem: CatalogProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}: ${problem.code !== undefined ? `code ${problem.code}: ` : ''}${problem.message}`;
}

/** The slug a catalog file publishes under: its file name without the extension. */
export function slugOfFile(file: string): string {
	return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
}

/** The 1-based line a node starts on. */
export function lineOf(node: Node | null | undefined, lines: LineCounter): number | undefined {
	const start = node?.range?.[0];
	return start === undefined ? undefined : lines.linePos(start).line;
}

/** The deepest node along `path` that exists, so a missing key still points at its parent. */
export function nearestNode(doc: Document, path: (string | number)[]): Node | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true);
		if (node && typeof node === 'object') return node as Node;
	}
	return undefined;
}

/** The code of the entry a path lies in (`codes.3.messages.0` → that entry's code, as written). */
export function codeAt(doc: Document, path: (string | number)[]): string | undefined {
	if (path[0] !== 'codes' || typeof path[1] !== 'number') return undefined;
	const node = doc.getIn(['codes', path[1], 'code'], true);
	return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
}

/** The one wording of the nesting limit, found before parsing or on the tree. */
export const TOO_DEEP = `nested more than ${LIMITS.depth} levels deep; a catalog needs five (see README "Adding a venue")`;
