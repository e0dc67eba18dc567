import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { API_PATHS, TEXT_PATHS } from '../exports/urls.ts';

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
 * A path of each kind of data file the site publishes, read from the one module of paths so that a
 * new kind is reserved as soon as it has a path; `*` stands for a venue slug or a shard number.
 */
const publishedPaths = (): string[] =>
	[...Object.values(API_PATHS), ...Object.values(TEXT_PATHS)].map((path) => (typeof path === 'function' ? (path as (value: string) => string)('*') : path));

/**
 * The names the published data files take, with what owns each: their top folder or file
 * (`api`, `llms`), and the files and folders a venue's `/api/<slug>.json` sits beside
 * (`catalogs`, `schema`, `ccxt`, `lookup`).
 */
function publishedNames(): [name: string, owner: string][] {
	const found: [string, string][] = [];
	for (const path of publishedPaths()) {
		const segments = path.split('/').filter(Boolean);
		const depth = segments[0] === 'api' ? 2 : 1;
		segments.slice(0, depth).forEach((segment, i) => {
			const name = routeName(segment);
			if (name === '*') return;
			const owner = i === segments.length - 1 ? `data file ${path}` : `data files under /${segments.slice(0, i + 1).join('/')}/`;
			found.push([name, owner]);
		});
	}
	return found;
}

/**
 * Every name a venue slug would collide with, and what owns it, computed from the project's own
 * files so it cannot go stale: the site's pages (`/about/`, `/lookup/` …), the published data
 * files, public files and the build's output folders.
 */
export function reservedSlugs(root: string = process.cwd()): Map<string, string> {
	const reserved = new Map<string, string>();
	const add = (name: string, owner: string) => reserved.has(name) || reserved.set(name, owner);
	for (const name of names(join(root, 'src/pages'))) add(routeName(name), `page src/pages/${name}`);
	for (const [name, owner] of publishedNames()) add(name, owner);
	for (const name of names(join(root, 'src/content/docs'))) add(routeName(name), `page src/content/docs/${name}`);
	for (const name of names(join(root, 'public'))) add(routeName(name.replace(/\.[^.]+$/, '')), `file public/${name}`);
	for (const [what, name] of Object.entries(BUILD_OUTPUT_DIRS)) add(name, `build output (${what})`);
	return reserved;
}
