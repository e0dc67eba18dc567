import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadCatalogModels } from '../catalog/load.ts';
import { BUILD_OUTPUT_DIRS } from '../catalog/reserved-slugs.ts';
import { venueSearchRecords } from '../search/records.ts';

/**
 * Waits until Pagefind's entry file (what the browser starts from) is whole. `writeFiles` can
 * answer before the file is on disk, and closing Pagefind then left it empty (seen twice in a
 * day's builds), which breaks every search silently; a file still not whole after a few seconds
 * fails the build.
 */
async function entryWritten(path: string): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		try {
			const entry = JSON.parse(await readFile(path, 'utf8')) as { languages?: object };
			if (entry.languages && Object.keys(entry.languages).length > 0) return;
		} catch {
			// Not there yet, or still being written.
		}
		if (attempt === 50) throw new Error(`${path} is not a whole Pagefind entry file after writeFiles`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** Code records sent to Pagefind at once. */
const RECORDS_PER_BATCH = 500;

/** Starts Pagefind and adds one record per code run: they come from the catalogs, not the built pages. */
async function indexCodes(): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({ includeCharacters: '-_' });
	if (!index) throw new Error(errors.join('\n'));
	// A venue at a time, so that only one venue's records are held while the pages render; in
	// batches, since one request at a time to the Pagefind process costs a round trip per code.
	for (const catalog of loadCatalogModels()) {
		const records = venueSearchRecords(catalog);
		for (let start = 0; start < records.length; start += RECORDS_PER_BATCH) {
			const batch = records.slice(start, start + RECORDS_PER_BATCH);
			const results = await Promise.all(batch.map((record) => index.addHTMLFile(record)));
			results.forEach((added, i) => {
				if (added.errors.length) throw new Error(`${batch[i].url}: ${added.errors.join('\n')}`);
			});
		}
	}
	return index;
}

/**
 * Builds the Pagefind index: the pages, and one record per code at its anchor (Pagefind would
 * otherwise index a venue page as a single document whose best match is the page, not the code).
 * Starlight's own Pagefind pass is off in astro.config.mjs: this one replaces it.
 *
 * Pagefind works in a process of its own, so the main thread is free meanwhile: the code records
 * (they need only the catalogs) are indexed while Astro renders the pages (started at
 * `astro:build:start`, not awaited there), and the index is written while the integrations in
 * `whileWriting` run their `astro:build:done` passes; they must not change the built pages, which
 * Pagefind has read by then. Returns the integrations in the order they go in the config.
 */
export function codeSearchIndex({ whileWriting = [] }: { whileWriting?: AstroIntegration[] } = {}): AstroIntegration[] {
	let codes: Promise<pagefind.PagefindIndex> | undefined;
	let writing: Promise<string> | undefined;
	/** Adds the built pages, then writes the index; resolves to what to log, or rejects. */
	const write = async (dir: URL): Promise<string> => {
		const started = performance.now();
		const outputPath = fileURLToPath(new URL(`./${BUILD_OUTPUT_DIRS.search}/`, dir));
		await rm(outputPath, { recursive: true, force: true });
		const index = await (codes ?? indexCodes());
		const pages = await index.addDirectory({ path: fileURLToPath(dir) });
		if (pages.errors.length) throw new Error(pages.errors.join('\n'));
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(written.errors.join('\n'));
		await entryWritten(join(outputPath, 'pagefind-entry.json'));
		return `Indexed ${pages.page_count} pages and ${loadCatalogModels().reduce((n, c) => n + c.entries.length, 0)} codes in ${Math.round(performance.now() - started)} ms after the pages were built.`;
	};
	return [
		{
			name: 'code-search-index',
			hooks: {
				'astro:build:start': () => {
					// Awaited once the pages are built; a rejection is handled there.
					codes = indexCodes();
					codes.catch(() => {});
				},
				'astro:build:done': ({ dir }) => {
					// Settled by the closing integration below; a rejection is handled there.
					writing = write(dir);
					writing.catch(() => {});
				},
			},
		},
		...whileWriting,
		{
			name: 'code-search-index-written',
			hooks: {
				'astro:build:done': async ({ logger }) => {
					try {
						if (writing) logger.info(await writing);
					} finally {
						await pagefind.close();
					}
				},
			},
		},
	];
}
