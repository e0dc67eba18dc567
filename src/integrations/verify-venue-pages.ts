import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { CATALOG_DIR, loadCatalogModels } from '../lib/load-catalogs.ts';

/** The line of `code: "<code>"` in a catalog file, for an error an editor can jump to. */
function codeLine(slug: string, code: string): string {
	for (const extension of ['yaml', 'yml']) {
		const file = `${CATALOG_DIR}/${slug}.${extension}`;
		if (!existsSync(file)) continue;
		const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(`code: ${JSON.stringify(code)}`));
		return `${file}:${index + 1}`;
	}
	return `${CATALOG_DIR}/${slug}.yaml`;
}

/**
 * After the build, reads every venue page back and fails when the output is not what the
 * catalog says: the page at `/<slug>/` must be the venue page (not a site route that took the
 * path), and each code's id must be on its own entry and nowhere else on the page, so its deep
 * link lands there. The check's rules should make this unreachable; this is the proof.
 */
export function verifyVenuePages(): AstroIntegration {
	return {
		name: 'verify-venue-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const problems: string[] = [];
				const catalogs = loadCatalogModels();
				for (const catalog of catalogs) {
					const path = fileURLToPath(new URL(`./${catalog.slug}/index.html`, dir));
					const tree = existsSync(path) ? fromHtml(readFileSync(path, 'utf8')) : null;
					if (!tree || selectAll(`[data-venue-page="${catalog.slug}"]`, tree).length !== 1) {
						problems.push(`${CATALOG_DIR}/${catalog.slug}.yaml: /${catalog.slug}/ is not the venue page after the build: a site route writes the same path; rename the catalog file`);
						continue;
					}
					const idCounts = new Map<string, number>();
					for (const element of selectAll('[id]', tree)) {
						const id = String(element.properties.id);
						idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
					}
					const entries = new Set(selectAll('article.code-entry[id]', tree).map((element) => String(element.properties.id)));
					for (const entry of catalog.entries) {
						if (!entries.has(entry.code) || idCounts.get(entry.code) !== 1) {
							problems.push(`${codeLine(catalog.slug, entry.code)}: code ${entry.code}: its id is used ${idCounts.get(entry.code) ?? 0} times on /${catalog.slug}/, so the deep link #${entry.code} would not land on the entry`);
						}
					}
				}
				if (problems.length > 0) {
					for (const problem of problems) logger.error(problem);
					throw new Error(`${problems.length} problem(s) in the built venue pages:\n${problems.join('\n')}`);
				}
				logger.info(`${catalogs.length} venue pages hold every code at its own anchor.`);
			},
		},
	};
}
