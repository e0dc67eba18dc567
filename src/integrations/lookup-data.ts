import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCatalogModels } from '../catalog/load.ts';
import type { Catalog } from '../catalog/model.ts';
import { lookupFiles } from '../exports/lookup-files.ts';
import { API_PATHS } from '../exports/urls.ts';

/** The folder every lookup file is in (`/api/lookup/`). */
const LOOKUP_DIR = API_PATHS.lookupIndex.slice(0, API_PATHS.lookupIndex.lastIndexOf('/') + 1);

/** The dev server's files by path, made once per state of the catalogs (the models are the same object until a file changes). */
const served = new WeakMap<Catalog[], Map<string, string>>();
function devFile(path: string): string | undefined {
	const catalogs = loadCatalogModels();
	let files = served.get(catalogs);
	if (!files) served.set(catalogs, (files = new Map([...lookupFiles(catalogs)].map((file) => [file.path, file.body]))));
	return files.get(path);
}

/**
 * Publishes the lookup data (`src/exports/lookup-files.ts`): written into the build once the pages
 * are, and served by the dev server from the catalogs as they are. Files rather than Astro routes:
 * a shard is a few KB of JSON, and Astro's cost per route (its middleware, its log line, a file
 * written and awaited in turn) was ten times that of writing it, for 73 shards at seven venues and
 * thousands at 50,000 codes.
 */
export function lookupData(): AstroIntegration {
	return {
		name: 'lookup-data',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'dev') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'lookup-data-dev',
								// Added before Vite's and Astro's own handlers, which would answer 404.
								configureServer(server) {
									server.middlewares.use((request, response, next) => {
										const body = devFile(request.url?.split('?')[0] ?? '');
										if (body === undefined) return next();
										response.setHeader('Content-Type', 'application/json');
										response.end(body);
									});
								},
							},
						],
					},
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				mkdirSync(join(root, LOOKUP_DIR), { recursive: true });
				let count = 0;
				for (const file of lookupFiles(loadCatalogModels())) {
					writeFileSync(join(root, file.path), file.body);
					count++;
				}
				logger.info(`${count} lookup files written to ${LOOKUP_DIR}.`);
			},
		},
	};
}
