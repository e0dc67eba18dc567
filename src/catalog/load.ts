import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCatalog, sortCatalogs, type Catalog } from './model.ts';
import { LIMITS } from './limits.ts';
import { reservedSlugs } from './reserved-slugs.ts';
import { checkCatalogSet, decodeCatalog, formatProblem, slugOfFile, validateCatalogSource, type CatalogProblem, type ValidatedCatalog } from './validate.ts';
import { checkKey, hashFilesUnder, readCachedCheck, writeCachedCheck, type CatalogFileSet } from './check-cache.ts';
import { offerCatalogReader } from './reader-handoff.ts';

export type { CatalogFileSet };

/** Where the catalog files live, relative to the project root. */
export const CATALOG_DIR = 'src/content/catalogs';

/** A catalog file name: lower-case `.yaml` or `.yml`. */
const CATALOG_FILE = /\.ya?ml$/;

/** Reads one catalog file, turning anything that stops it being read into a problem naming it. */
function readCatalog(path: string, file: string, reserved: Map<string, string>): ValidatedCatalog {
	const slug = slugOfFile(file);
	const fail = (problem: CatalogProblem): ValidatedCatalog => ({ file, slug, problems: [problem] });
	const size = statSync(path).size;
	if (size > LIMITS.fileBytes)
		return fail({ file, message: `file is ${size} bytes, over the limit of ${LIMITS.fileBytes}; split the venue into several catalogs` });
	const decoded = decodeCatalog(file, readFileSync(path));
	if ('problem' in decoded) return fail(decoded.problem);
	let validated: ValidatedCatalog;
	try {
		validated = validateCatalogSource(file, decoded.text);
	} catch (error) {
		// A parser giving up (stack or memory) must still name the file, never crash the build.
		return fail({ file, message: `cannot be read as a catalog: ${(error as Error).message.split('\n')[0]}` });
	}
	const owner = reserved.get(slug);
	if (owner)
		validated.problems.unshift({
			file,
			message: `venue slug "${slug}" is taken by the site's own ${owner}; name the file after the venue, e.g. ${slug}-exchange.yaml`,
		});
	return owner ? { file, slug, problems: validated.problems } : validated;
}

/**
 * Reads and validates every catalog in `dir` (Node only: used by `npm run check`, the content
 * loader of the build and the tests, never by pages). Anything else in the directory — another
 * extension, `X.YAML`, a folder — is a problem too, never silently skipped.
 *
 * With `reuse` (the default for the project's own catalogs), a clean result is kept in
 * `node_modules/.cache` and given back while the files, the checker and the dependencies are the
 * same (see `checkKey`), as Astro keeps its content store between builds; a result with problems
 * is never kept.
 */
export function loadCatalogFiles(dir: string = CATALOG_DIR, root: string = process.cwd(), { reuse = dir === CATALOG_DIR } = {}): CatalogFileSet {
	const absolute = join(root, dir);
	// The config, the content loader and the integrations each ask for the catalogs in one build:
	// read and validate them once per state of the files. The cache lives on globalThis so that a
	// copy of this module Vite loads beside the config's (when the content loader was offered no
	// reader, see reader-handoff.ts) shares it.
	const key = `${absolute}\n${reuse}\n${fingerprint(absolute)}`;
	const cache = ((globalThis as { [CACHE_KEY]?: Map<string, CatalogFileSet> })[CACHE_KEY] ??= new Map());
	const cached = cache.get(key);
	if (cached) return cached;
	const result = reuse ? reusedCheck(dir, root, absolute) : readCatalogDir(dir, root, absolute, reservedSlugs(root));
	cache.clear();
	cache.set(key, result);
	return result;
}

const CACHE_KEY = '__tradingErrorCodesCatalogFiles';

/** Names, sizes and modification times of the directory's entries: changes whenever a file does. */
function fingerprint(absolute: string): string {
	return readdirSync(absolute, { withFileTypes: true })
		.map((entry) => {
			const stat = statSync(join(absolute, entry.name));
			return `${entry.name}:${stat.size}:${stat.mtimeMs}`;
		})
		.sort()
		.join('|');
}

/** The kept result of the same check, or the files checked and a clean result kept. */
function reusedCheck(dir: string, root: string, absolute: string): CatalogFileSet {
	const reserved = reservedSlugs(root);
	const key = checkKey(absolute, root, reserved);
	const kept = readCachedCheck(root, key);
	if (kept) return kept;
	const result = readCatalogDir(dir, root, absolute, reserved);
	if (result.problems.length === 0) writeCachedCheck(root, key, result);
	return result;
}

function readCatalogDir(dir: string, root: string, absolute: string, reserved: Map<string, string>): CatalogFileSet {
	const problems: CatalogProblem[] = [];
	const catalogs: ValidatedCatalog[] = [];
	for (const entry of readdirSync(absolute, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		if (entry.name.startsWith('.')) continue;
		const file = relative(root, join(absolute, entry.name));
		if (entry.isDirectory()) problems.push({ file, message: 'is a directory; only catalog files (<slug>.yaml) belong here' });
		else if (!CATALOG_FILE.test(entry.name))
			problems.push({
				file,
				message: `is not a catalog file: catalogs are named <slug>.yaml, lower case${/\.ya?ml$/i.test(entry.name) ? `; rename it ${entry.name.replace(/\.ya?ml$/i, '.yaml')}` : ''}`,
			});
		else catalogs.push(readCatalog(join(absolute, entry.name), file, reserved));
	}
	problems.unshift(...catalogs.flatMap((c) => c.problems));
	problems.push(...checkCatalogSet(catalogs));
	if (catalogs.length === 0) problems.push({ file: dir, message: 'no catalog files found; add one <slug>.yaml per venue' });
	return { catalogs, problems };
}

/**
 * Every catalog, all valid, or a stop for the build: each problem is passed to `logError` and
 * all of them are thrown together (the config check and the content loader share this).
 */
export function loadValidCatalogFiles(logError: (line: string) => void): ValidatedCatalog[] {
	const { catalogs, problems } = loadCatalogFiles();
	if (problems.length > 0) {
		const lines = problems.map(formatProblem);
		for (const line of lines) logError(line);
		throw new Error(`${problems.length} problem(s) in the catalogs:\n${lines.join('\n')}`);
	}
	return catalogs;
}

/**
 * The page models of every valid catalog file, in navigation order: what the content
 * collection gives pages, for code that runs outside it (config, integrations, tests).
 */
export function loadCatalogModels(dir: string = CATALOG_DIR, root: string = process.cwd(), options: { reuse?: boolean } = {}): Catalog[] {
	// Built once per read of the files: the config, the search index and the data files all ask.
	const files = loadCatalogFiles(dir, root, options);
	let models = modelsOf.get(files);
	if (!models) {
		models = sortCatalogs(files.catalogs.flatMap((c) => (c.data ? [buildCatalog(c.slug, c.data)] : [])));
		modelsOf.set(files, models);
	}
	return models;
}

const modelsOf = new WeakMap<CatalogFileSet, Catalog[]>();

/** The code that makes something from the catalog models, and what else it depends on. */
export interface CatalogOutputSources {
	/** Folders whose files make it. */
	dirs?: string[];
	/** Single files that make it. */
	files?: string[];
	/** Anything else it is made from (an option, a URL it links to). */
	extra?: string;
}

/**
 * The key of what the build makes from the project's catalogs outside the checker (the data
 * files, the search index's code records), for telling whether a kept copy is still what it
 * would make: the catalogs' check key (their files, the checker and the model, the locked
 * dependencies: ./check-cache.ts), then the code that makes it and anything else it reads.
 * Content, not modification times.
 */
export function catalogOutputKey({ dirs = [], files = [], extra = '' }: CatalogOutputSources, root: string = process.cwd()): string {
	const hash = createHash('sha256')
		.update(checkKey(join(root, CATALOG_DIR), root, reservedSlugs(root)))
		.update(`\n${extra}\n`);
	for (const dir of dirs) hashFilesUnder(dir, hash);
	for (const file of files) hash.update(`${file}\n`).update(readFileSync(file)).update('\n');
	return hash.digest('hex');
}

// For the content loader, which Vite's module runner evaluates apart from the config (see reader-handoff.ts).
offerCatalogReader({ CATALOG_DIR, loadValidCatalogFiles });
