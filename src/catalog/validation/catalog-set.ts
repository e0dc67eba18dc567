import type { CatalogProblem, ValidatedCatalog } from './problem.ts';

/** Rules across files: two files must not publish the same venue slug (`webull.yaml` and `webull.yml`). */
export function checkCatalogSet(catalogs: ValidatedCatalog[]): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	const bySlug = new Map<string, string>();
	for (const catalog of catalogs) {
		const other = bySlug.get(catalog.slug);
		if (other)
			problems.push({ file: catalog.file, message: `duplicate venue slug "${catalog.slug}": ${other} publishes the same slug; rename or remove one file` });
		else bySlug.set(catalog.slug, catalog.file);
	}
	return problems;
}
