import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCatalog, sortCatalogs, type Catalog } from './catalog-model.ts';
import { checkCatalogSet, validateCatalogSource, type CatalogProblem, type ValidatedCatalog } from './validate-catalog.ts';

/** Where the catalog files live, relative to the project root. */
export const CATALOG_DIR = 'src/content/catalogs';

export interface CatalogFileSet {
	catalogs: ValidatedCatalog[];
	problems: CatalogProblem[];
}

/**
 * Reads and validates every `*.yaml`/`*.yml` catalog in `dir` (Node only: used by
 * `npm run check`, the build's validation step and the tests, never by pages).
 */
export function loadCatalogFiles(dir: string = CATALOG_DIR, root: string = process.cwd()): CatalogFileSet {
	const absolute = join(root, dir);
	const files = readdirSync(absolute).filter((name) => /\.ya?ml$/.test(name)).sort();
	const catalogs = files.map((name) => {
		const path = join(absolute, name);
		return validateCatalogSource(relative(root, path), readFileSync(path, 'utf8'));
	});
	const problems = [...catalogs.flatMap((c) => c.problems), ...checkCatalogSet(catalogs)];
	if (files.length === 0) problems.push({ file: dir, message: 'no catalog files found; add one <slug>.yaml per venue' });
	return { catalogs, problems };
}

/**
 * The page models of every valid catalog file, in navigation order: what the content
 * collection gives pages, for code that runs outside it (config, integrations, tests).
 */
export function loadCatalogModels(dir: string = CATALOG_DIR, root: string = process.cwd()): Catalog[] {
	return sortCatalogs(loadCatalogFiles(dir, root).catalogs.flatMap((c) => (c.data ? [buildCatalog(c.slug, c.data)] : [])));
}
