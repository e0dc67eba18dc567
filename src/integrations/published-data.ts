import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { catalogOutputKey, loadCatalogModels } from '../catalog/load.ts';
import type { Catalog } from '../catalog/model.ts';
import { publishedFiles, type PublishedFile } from '../exports/published-files.ts';
import { linkFiles, readKeptMark, removeOtherFiles, wholeKeptFiles, writeKeptMark } from './built-files.ts';

/** The media type each published file is served with under `astro dev`, by extension. */
const MEDIA_TYPES: Record<string, string> = { '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** The code that makes the data files from the catalog models; the models' own is in the catalogs' check key. */
const MAKER_DIRS = ['../exports', '../resolver', '../search'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

/** What the data files are made from: the catalogs, the code that makes the files from the models, and the public origin they link to. */
export function publishedDataKey(site: URL, root: string = process.cwd()): string {
	return catalogOutputKey({ dirs: MAKER_DIRS, extra: site.href }, root);
}

/**
 * Keeps the data files of `key` in `kept`, the folder they are kept in between builds, and
 * resolves to their paths relative to it. When the last set kept was made from the same key,
 * it is given back without `make` being called: making the files took 100–110 ms of every
 * build (docs/performance.md, round twenty-one). Otherwise each file `make` gives is rewritten
 * only when its text changed, one no longer published is dropped, and the set's mark, beside
 * the folder, is written last: a build stopped midway leaves none, and the next one makes the
 * files again. The event loop gets the thread back between files, so that the work fills the
 * build's waits (it starts with the content sync, which reads modules one at a time).
 */
export async function keepPublishedFiles(key: string, make: () => Iterable<PublishedFile>, kept: string): Promise<string[]> {
	const mark = `${kept.replace(/[\\/]+$/, '')}.json`;
	const last = readKeptMark<string>(mark);
	const reused = last?.key === key ? wholeKeptFiles(last, kept) : undefined;
	if (reused) return reused;
	rmSync(mark, { force: true });
	const folders = new Set<string>();
	const paths: string[] = [];
	mkdirSync(kept, { recursive: true });
	for (const file of make()) {
		const path = file.path.replace(/^\//, '');
		const keptPath = join(kept, path);
		const folder = dirname(keptPath);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		if (!existsSync(keptPath) || readFileSync(keptPath, 'utf8') !== file.body) writeFileSync(keptPath, file.body);
		paths.push(path);
		await new Promise((resolve) => setImmediate(resolve));
	}
	removeOtherFiles(kept, paths);
	writeKeptMark(mark, kept, key, paths);
	return paths;
}

/**
 * Puts the kept files at `paths` into the output folder `root` (linked:
 * src/integrations/built-files.ts) and returns how many. Astro empties the output at every
 * build; making the 127 files there anew, after the pages, took 50–55 ms to make and 43–60 ms to
 * write on this project's machines, against 2–4 ms to link them (docs/performance.md, round
 * twenty). A path the build already holds (a file of the same name in `public/`) is an error
 * naming it, not a file silently replaced.
 */
export function publishKeptFiles(paths: readonly string[], kept: string, root: string): number {
	for (const path of paths)
		if (existsSync(join(root, path)))
			throw new Error(`/${path} is both a data file (src/exports/published-files.ts) and a file the build already wrote (public/ or a page); remove one`);
	linkFiles(kept, root, paths);
	return paths.length;
}

/**
 * Publishes the site's data files (`src/exports/published-files.ts`: the JSON documents under
 * `/api/`, llms.txt, the lookup data), and serves them from the catalogs as they are under the
 * dev server. Files rather than Astro routes: a document is made in a few milliseconds, and
 * Astro's cost per route (its middleware, its log line, a file written and awaited in turn) was
 * several times that, for 19 documents and 73 lookup shards at seven venues, thousands of shards
 * at 50,000 codes. In the build they are made from the moment the config is done, while Astro
 * syncs the content (the catalogs are checked by then), kept between builds, and linked into the
 * output once the pages are built.
 */
export function publishedData(): AstroIntegration {
	let site: URL | undefined;
	let building = false;
	let kept: string | undefined;
	let keeping: Promise<string[]> | undefined;
	/** The dev server's files by path, made once per state of the catalogs (the models are the same object until a file changes). */
	const served = new WeakMap<Catalog[], Map<string, string>>();
	const devFile = (path: string): string | undefined => {
		const catalogs = loadCatalogModels();
		let files = served.get(catalogs);
		if (!files) served.set(catalogs, (files = new Map([...publishedFiles(catalogs, site!)].map((file) => [file.path, file.body]))));
		return files.get(path);
	};
	return {
		name: 'published-data',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				building = command === 'build';
				if (command !== 'dev') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'published-data-dev',
								// Added before Vite's and Astro's own handlers, which would answer 404.
								configureServer(server) {
									server.middlewares.use((request, response, next) => {
										const path = request.url?.split('?')[0] ?? '';
										const body = devFile(path);
										if (body === undefined) return next();
										response.setHeader('Content-Type', MEDIA_TYPES[path.slice(path.lastIndexOf('.'))]);
										response.end(body);
									});
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				if (!config.site) throw new Error('published-data: `site` must be set in the Astro config; /api/*.json and llms.txt link to it');
				site = new URL(config.site);
				kept = fileURLToPath(new URL('published-data/', config.cacheDir));
				if (!building) return;
				// Awaited once the pages are built; a rejection is handled there.
				const from = site;
				keeping = keepPublishedFiles(publishedDataKey(from), () => publishedFiles(loadCatalogModels(), from), kept);
				keeping.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const count = publishKeptFiles(await keeping!, kept!, fileURLToPath(dir));
				logger.info(`${count} data files written (/api/, llms.txt, the lookup data).`);
			},
		},
	};
}
