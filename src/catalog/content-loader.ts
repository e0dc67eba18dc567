import type { Loader } from 'astro/loaders';
import { catalogReader } from './reader-handoff.ts';

/**
 * The content loader of the venue catalogs. It reads the files with the same reader and rules as
 * `npm run check` (`loadCatalogFiles`), so a file the check accepts always builds and a build
 * error names file, line and code exactly as the check does.
 */
export function catalogLoader(): Loader {
	return {
		name: 'catalog-loader',
		load: async ({ store, parseData, generateDigest, logger, watcher }) => {
			const { CATALOG_DIR, loadValidCatalogFiles } = await catalogReader();
			const sync = async () => {
				const catalogs = loadValidCatalogFiles((line) => logger.error(line));
				store.clear();
				for (const catalog of catalogs) {
					const data = await parseData({ id: catalog.slug, data: catalog.data as Record<string, unknown> });
					store.set({ id: catalog.slug, data, digest: generateDigest(JSON.stringify(catalog.data)) });
				}
			};
			await sync();
			watcher?.add(CATALOG_DIR);
			watcher?.on('all', (_event, path) => {
				if (path.includes(CATALOG_DIR)) sync().catch((error: Error) => logger.error(error.message));
			});
		},
	};
}
