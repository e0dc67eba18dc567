import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import type { Catalog } from '../catalog/model.ts';
import { CATALOG_DIR, loadCatalogModels } from '../catalog/load.ts';
import { codeEntryLine } from '../catalog/validation/problem.ts';

/** Where a code's entry is in its catalog file (`file:line`), found as the check finds lines, for an error an editor can jump to. */
function codeLine(slug: string, code: string): string {
	for (const extension of ['yaml', 'yml']) {
		const file = `${CATALOG_DIR}/${slug}.${extension}`;
		if (!existsSync(file)) continue;
		const line = codeEntryLine(readFileSync(file, 'utf8'), code);
		return line === undefined ? file : `${file}:${line}`;
	}
	return `${CATALOG_DIR}/${slug}.yaml`;
}

/** What the check needs of a built page: how often each id occurs, which are code entries, and the venue marker. */
interface PageIds {
	ids: Map<string, number>;
	entries: Set<string>;
	venuePage: string | undefined;
}

/** Reads the ids of a built page in one streaming pass (large venue pages are megabytes). */
function pageIds(path: string): PageIds | null {
	if (!existsSync(path)) return null;
	const found: PageIds = { ids: new Map(), entries: new Set(), venuePage: undefined };
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes['data-venue-page'] !== undefined) found.venuePage ??= attributes['data-venue-page'];
				const id = attributes.id;
				if (id === undefined) return;
				found.ids.set(id, (found.ids.get(id) ?? 0) + 1);
				if (name === 'article' && attributes.class?.split(/\s+/).includes('code-entry')) found.entries.add(id);
			},
		},
		{ decodeEntities: true },
	);
	parser.end(readFileSync(path, 'utf8'));
	return found;
}

/** Every problem with one venue's built pages. */
function venueProblems(catalog: Catalog, dir: URL): string[] {
	const file = (path: string) => fileURLToPath(new URL(`.${path}index.html`, dir));
	const overview = pageIds(file(catalog.href));
	if (overview?.venuePage !== catalog.slug)
		return [
			`${CATALOG_DIR}/${catalog.slug}.yaml: ${catalog.href} is not the venue page after the build: a site route writes the same path; rename the catalog file`,
		];
	const pages = new Map<string, PageIds | null>([[catalog.href, overview]]);
	const problems: string[] = [];
	for (const entry of catalog.entries) {
		const path = entry.pageHref.slice(0, entry.pageHref.indexOf('#'));
		if (!pages.has(path)) pages.set(path, pageIds(file(path)));
		const page = pages.get(path);
		const count = page?.ids.get(entry.code) ?? 0;
		if (!page?.entries.has(entry.code) || count !== 1)
			problems.push(
				`${codeLine(catalog.slug, entry.code)}: code ${entry.code}: its id is used ${count} times on ${path}, so the deep link #${entry.code} would not land on the entry`,
			);
	}
	return problems;
}

/**
 * After the build, reads every venue page back and fails when the output is not what the
 * catalog says: the page at `/<slug>/` must be the venue page (not a site route that took the
 * path), and each code's id must be on its own entry, once, on the page that holds it (the venue
 * page, or its group page on a split venue), so its deep link lands there. The check's rules
 * should make this unreachable; this is the proof.
 */
export function verifyVenuePages(): AstroIntegration {
	return {
		name: 'verify-venue-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const catalogs = loadCatalogModels();
				const problems = catalogs.flatMap((catalog) => venueProblems(catalog, dir));
				if (problems.length > 0) {
					for (const problem of problems) logger.error(problem);
					throw new Error(`${problems.length} problem(s) in the built venue pages:\n${problems.join('\n')}`);
				}
				logger.info(`${catalogs.length} venue pages hold every code at its own anchor.`);
			},
		},
	};
}
