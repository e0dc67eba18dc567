import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCatalogModels } from '../catalog/load.ts';
import type { Catalog } from '../catalog/model.ts';
import { publishedFiles, type PublishedFile } from '../exports/published-files.ts';

/** The media type each published file is served with under `astro dev`, by extension. */
const MEDIA_TYPES: Record<string, string> = { '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/**
 * Writes `files` under the output folder `root` and returns how many it wrote. A path the
 * build already holds (a file of the same name in `public/`) is an error naming it, not a file
 * silently replaced.
 */
export function writePublishedFiles(files: Iterable<PublishedFile>, root: string): number {
	const folders = new Set<string>();
	let count = 0;
	for (const file of files) {
		const path = join(root, file.path);
		if (existsSync(path))
			throw new Error(`${file.path} is both a data file (src/exports/published-files.ts) and a file the build already wrote (public/ or a page); remove one`);
		const folder = dirname(path);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		writeFileSync(path, file.body);
		count++;
	}
	return count;
}

/**
 * Publishes the site's data files (`src/exports/published-files.ts`: the JSON documents under
 * `/api/`, llms.txt, the lookup data): written into the build once the pages are, and served by
 * the dev server from the catalogs as they are. Files rather than Astro routes: a document is made
 * in a few milliseconds, and Astro's cost per route (its middleware, its log line, a file written
 * and awaited in turn) was several times that, for 19 documents and 73 lookup shards at seven
 * venues, thousands of shards at 50,000 codes. In the build they are written while Pagefind
 * writes its index in its own process.
 */
export function publishedData(): AstroIntegration {
	let site: URL | undefined;
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
			},
			'astro:build:done': ({ dir, logger }) => {
				const count = writePublishedFiles(publishedFiles(loadCatalogModels(), site!), fileURLToPath(dir));
				logger.info(`${count} data files written (/api/, llms.txt, the lookup data).`);
			},
		},
	};
}
