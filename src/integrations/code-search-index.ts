import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadCatalogModels } from '../lib/load-catalogs.ts';
import { BUILD_OUTPUT_DIRS } from '../lib/reserved-slugs.ts';
import { codeSearchRecords } from '../lib/search-records.ts';

/**
 * Rebuilds the Pagefind index after Starlight's own pass, adding one record per code at its
 * anchor. Pagefind would otherwise index a venue page as a single document whose best match
 * is the page, not the code. Must be listed after Starlight so its index is the one kept.
 */
export function codeSearchIndex(): AstroIntegration {
	return {
		name: 'code-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const catalogs = loadCatalogModels();
				const outputPath = fileURLToPath(new URL(`./${BUILD_OUTPUT_DIRS.search}/`, dir));
				await rm(outputPath, { recursive: true, force: true });
				try {
					const { index, errors } = await pagefind.createIndex({ includeCharacters: '-_' });
					if (!index) throw new Error(errors.join('\n'));
					const pages = await index.addDirectory({ path: fileURLToPath(dir) });
					if (pages.errors.length) throw new Error(pages.errors.join('\n'));
					const records = codeSearchRecords(catalogs);
					for (const record of records) {
						const added = await index.addHTMLFile(record);
						if (added.errors.length) throw new Error(`${record.url}: ${added.errors.join('\n')}`);
					}
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) throw new Error(written.errors.join('\n'));
					logger.info(`Indexed ${pages.page_count} pages and ${records.length} codes in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
