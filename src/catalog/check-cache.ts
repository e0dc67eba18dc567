import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogProblem, ValidatedCatalog } from './validate.ts';

/** What reading a catalog directory gives: every file's result and every problem. */
export interface CatalogFileSet {
	catalogs: ValidatedCatalog[];
	problems: CatalogProblem[];
}

/** Where a project keeps its last clean check, beside Astro's and Vite's caches. */
export const CHECK_CACHE_FILE = 'node_modules/.cache/catalog-check.json';

/**
 * Folders of this project whose files decide a check's result: the validator and its schema and
 * rules (here), the CCXT mapping the rules read, and the CCXT snapshot.
 */
const CHECKER_DIRS = ['.', '../ccxt', '../data'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

/**
 * Feeds `hash` every file under `dir`: its path, then its bytes, in a stable order. Listed here
 * rather than with `filesUnder` (src/integrations/built-files.ts): the config loads this layer,
 * which does not import from the build's integrations.
 */
export function hashFilesUnder(dir: string, hash: ReturnType<typeof createHash>): void {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const path of entries) hash.update(`${path}\n`).update(readFileSync(path)).update('\n');
}

/**
 * The key of a check: the catalog directory's entries with their bytes, the site's reserved
 * slugs, the checker's own source files and the locked dependency versions (yaml, zod). Content,
 * not modification times: a checkout or a copy changes those and nothing else.
 */
export function checkKey(absoluteDir: string, root: string, reserved: Map<string, string>): string {
	const hash = createHash('sha256');
	for (const entry of readdirSync(absoluteDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		hash.update(`${entry.name}:${entry.isFile() ? 'file' : 'other'}\n`);
		if (entry.isFile()) hash.update(readFileSync(join(absoluteDir, entry.name))).update('\n');
	}
	hash.update(JSON.stringify([...reserved]));
	for (const dir of CHECKER_DIRS) hashFilesUnder(dir, hash);
	const lock = join(root, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	return hash.digest('hex');
}

/** The cached check of `key` under `root`, if the last clean check had that key. */
export function readCachedCheck(root: string, key: string): CatalogFileSet | undefined {
	try {
		const cached = JSON.parse(readFileSync(join(root, CHECK_CACHE_FILE), 'utf8')) as { key?: string; result?: CatalogFileSet };
		return cached.key === key ? cached.result : undefined;
	} catch {
		// None yet, or unreadable: check the files.
		return undefined;
	}
}

/** Keeps a clean check for the next build; a failed write only costs the next build the check. */
export function writeCachedCheck(root: string, key: string, result: CatalogFileSet): void {
	const path = join(root, CHECK_CACHE_FILE);
	try {
		mkdirSync(dirname(path), { recursive: true });
		// Written aside and renamed: a build reading it meanwhile sees the old file or the new one, never half.
		const partial = `${path}.${process.pid}`;
		writeFileSync(partial, JSON.stringify({ key, result }));
		renameSync(partial, path);
	} catch {
		// A read-only node_modules: every build checks the files.
	}
}
