import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Top-level folders the build writes besides the pages: Astro's hashed assets and Pagefind's
 * index (which `code-search-index` rebuilds there). A venue slug must not take them.
 */
export const BUILD_OUTPUT_DIRS = { assets: '_astro', search: 'pagefind' } as const;

/** The route a file under `src/pages` (or a content page) publishes: `lookup.astro` → `lookup`. */
const routeName = (file: string) => file.replace(/\.(astro|md|mdx|ts|js)$/, '').replace(/\.(json|txt|xml)$/, '');

/** Route files and folders of `dir`; a file before the folder of the same route (`compare.astro` owns `compare`, not `compare/`). */
function names(dir: string): string[] {
	const found = existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('[') && !name.startsWith('.')) : [];
	return found.sort((a, b) => routeName(a).localeCompare(routeName(b)) || Number(!a.includes('.')) - Number(!b.includes('.')));
}

/**
 * Every name a venue slug would collide with, and what owns it, computed from the project's own
 * files so it cannot go stale: the site's pages (`/about/`, `/lookup/` …), the JSON routes a
 * venue's `/api/<slug>.json` sits beside (`catalogs`, `schema`, `lookup`), public files and the
 * build's output folders.
 */
export function reservedSlugs(root: string = process.cwd()): Map<string, string> {
	const reserved = new Map<string, string>();
	const add = (name: string, owner: string) => reserved.has(name) || reserved.set(name, owner);
	for (const name of names(join(root, 'src/pages'))) add(routeName(name), `page src/pages/${name}`);
	for (const name of names(join(root, 'src/pages/api'))) add(routeName(name), `JSON route src/pages/api/${name}`);
	for (const name of names(join(root, 'src/content/docs'))) add(routeName(name), `page src/content/docs/${name}`);
	for (const name of names(join(root, 'public'))) add(routeName(name.replace(/\.[^.]+$/, '')), `file public/${name}`);
	for (const [what, name] of Object.entries(BUILD_OUTPUT_DIRS)) add(name, `build output (${what})`);
	return reserved;
}
