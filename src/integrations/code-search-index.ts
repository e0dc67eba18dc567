import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { catalogOutputKey, loadCatalogModels } from '../catalog/load.ts';
import { BUILD_OUTPUT_DIRS } from '../catalog/reserved-slugs.ts';
import { venueSearchRecords } from '../search/records.ts';
import { filesUnder, linkFiles } from './built-files.ts';
import { withCompileHint } from './compile-hints.ts';
import { PagefindOutputCache, untilWritten, type IndexKey } from './pagefind-output.ts';

/** The text of Pagefind's script once it is whole: it ends with its exports. */
function pagefindScript(path: string): Promise<string> {
	return untilWritten(() => {
		const text = readFileSync(path, 'utf8');
		if (!/\bexport\{[^}]*\};?\s*$/.test(text)) throw new Error(`${path} does not end with its exports yet`);
		return text;
	}, "Pagefind's whole script");
}

/** The code that makes the code records (src/search) and sends them to Pagefind with its options (this module, the kept output's). */
const RECORD_SOURCES = {
	dirs: [fileURLToPath(new URL('../search', import.meta.url))],
	files: [fileURLToPath(import.meta.url), fileURLToPath(new URL('./pagefind-output.ts', import.meta.url))],
};

/** What the code records sent to Pagefind are made from: the catalogs (with the locked dependencies, Pagefind among them) and the code that makes and sends the records. */
export function codeRecordsKey(root: string = process.cwd()): string {
	return catalogOutputKey(RECORD_SOURCES, root);
}

/** What Pagefind reads of the built pages: each page's path and text. */
export function builtPagesKey(pages: readonly BuiltPage[]): string {
	const hash = createHash('sha256');
	for (const { sourcePath, content } of pages) hash.update(`${sourcePath}\n${content.length}\n`).update(content);
	return hash.digest('hex');
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

/** A built page as Pagefind reads it: its path under the output folder (which gives its URL) and its HTML. */
export interface BuiltPage {
	sourcePath: string;
	content: string;
}

/** Pagefind's mark of a page's searchable part: where one page has it, Pagefind leaves out the pages without it. */
const BODY_MARK = 'data-pagefind-body';

/**
 * The HTML pages of the build Pagefind would index, read now: later passes may rewrite the files
 * while Pagefind indexes these. A page without Pagefind's body mark (the venue pages, whose codes
 * are indexed as records) is left out here, as Pagefind would leave it out, rather than sent to
 * be parsed for nothing: they are three quarters of the site's HTML.
 */
export function builtPages(root: string): BuiltPage[] {
	const files = filesUnder(root, '.html');
	const marked: BuiltPage[] = [];
	// Each page is dropped as soon as it is read unmarked: at 50,000 codes the venue pages are most of the memory.
	for (const file of files) {
		const content = readFileSync(file, 'utf8');
		// A page holding the mark's text may still lack the attribute: Pagefind decides for those.
		if (content.includes(BODY_MARK)) marked.push({ sourcePath: relative(root, file), content });
	}
	return marked.length > 0 ? marked : files.map((file) => ({ sourcePath: relative(root, file), content: readFileSync(file, 'utf8') }));
}

/** Adds the pages to the index, failing with the first page Pagefind could not read. */
async function addPages(index: pagefind.PagefindIndex, pages: BuiltPage[]): Promise<void> {
	const added = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
	added.forEach((result, i) => {
		if (result.errors.length) throw new Error(`${pages[i].sourcePath}: ${result.errors.join('\n')}`);
	});
}

/**
 * Puts the index's `files` from `cache` into `outputPath` (linked), the script as a file of its
 * own with V8's compile hint, since it is loaded on intent like the engine that calls it and
 * compiled whole as it loads.
 */
async function publishIndex(cache: PagefindOutputCache, files: string[], script: string, outputPath: string): Promise<void> {
	linkFiles(
		cache.dir,
		outputPath,
		files.filter((file) => file !== 'pagefind.js'),
	);
	await writeFile(join(outputPath, 'pagefind.js'), withCompileHint(script));
}

/**
 * Writes the index over the last build's output in `cache`, waits for its script and for the
 * index to be whole, drops what it no longer holds, marks it made from `key` and puts it into
 * `outputPath`. Resolves to how long it took.
 */
async function writeIndex(index: pagefind.PagefindIndex, cache: PagefindOutputCache, key: IndexKey, outputPath: string): Promise<number> {
	const started = performance.now();
	cache.open();
	const written = await index.writeFiles({ outputPath: cache.dir });
	if (written.errors.length) throw new Error(written.errors.join('\n'));
	const script = await pagefindScript(join(cache.dir, 'pagefind.js'));
	await publishIndex(cache, await cache.close(key), script, outputPath);
	return performance.now() - started;
}

/**
 * Builds the Pagefind index: the pages, and one record per code at its anchor (Pagefind would
 * otherwise index a venue page as a single document whose best match is the page, not the code).
 * Starlight's own Pagefind pass is off in astro.config.mjs: this one replaces it.
 *
 * Pagefind works in a process of its own, so the main thread is free meanwhile: the code records
 * (they need only the catalogs, checked by then) are indexed from the moment the config is done,
 * not awaited there. Astro's content sync that follows leaves a core idle while Vite transforms
 * modules one import at a time; the bundling after it keeps both cores busy, and indexing there
 * (as from `astro:build:start`, before) made it slower by a quarter of a second. When the index
 * kept from the last build was made from the same records, Pagefind is not started then, and if
 * the built pages it reads are the same too, that index is given back without Pagefind at all:
 * starting it, sending it the 1,317 records and the pages and writing took 140 ms of a build here
 * (docs/performance.md, round twenty-one). When `astro:build:done` begins, the pages are read and
 * indexed as built, and the index is written while the integrations in `whileWriting` run their
 * own passes (which may rewrite the files: Pagefind has their text by then). Those passes are
 * synchronous, so everything Pagefind needs a reply for is settled before they start. Returns the
 * integrations in the order they go in the config.
 */
export function codeSearchIndex({ whileWriting = [] }: { whileWriting?: AstroIntegration[] } = {}): AstroIntegration[] {
	let building = false;
	let codes: Promise<pagefind.PagefindIndex> | undefined;
	let writing: Promise<number | undefined> | undefined;
	let cache: PagefindOutputCache | undefined;
	let records: string | undefined;
	let reused = false;
	let pageCount = 0;
	return [
		{
			name: 'code-search-index',
			hooks: {
				'astro:config:setup': ({ command }) => {
					building = command === 'build';
				},
				'astro:config:done': ({ config }) => {
					if (!building) return;
					cache = new PagefindOutputCache(fileURLToPath(config.cacheDir));
					records = codeRecordsKey();
					// The pages decide, once built, whether an index kept from these records is still whole.
					if (cache.keptRecords() === records) return;
					// Awaited once the pages are built; a rejection is handled there.
					codes = indexCodes();
					codes.catch(() => {});
				},
				'astro:build:done': async ({ dir }) => {
					const outputPath = fileURLToPath(new URL(`./${BUILD_OUTPUT_DIRS.search}/`, dir));
					const pages = builtPages(fileURLToPath(dir));
					pageCount = pages.length;
					rmSync(outputPath, { recursive: true, force: true });
					const key = { records: records!, pages: builtPagesKey(pages) };
					const kept = cache!.keptIndex(key);
					if (kept) {
						reused = true;
						writing = publishIndex(cache!, kept, readFileSync(join(cache!.dir, 'pagefind.js'), 'utf8'), outputPath).then(() => undefined);
						writing.catch(() => {});
						return;
					}
					let index: pagefind.PagefindIndex;
					try {
						index = await (codes ?? indexCodes());
						await addPages(index, pages);
					} catch (error) {
						await pagefind.close();
						throw error;
					}
					// Asked for now, so Pagefind writes while the next passes hold the main thread;
					// settled by the closing integration below, where a rejection is handled.
					writing = writeIndex(index, cache!, key, outputPath);
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
						const ms = await writing;
						const codeCount = loadCatalogModels().reduce((n, c) => n + c.entries.length, 0);
						logger.info(
							reused
								? `The search index of ${pageCount} marked pages and ${codeCount} codes is the last build's, linked: the records and pages it reads are the same.`
								: `Indexed ${pageCount} marked pages and ${codeCount} codes; the index was written in ${Math.round(ms ?? 0)} ms beside the passes over the built pages.`,
						);
					} finally {
						await pagefind.close();
					}
				},
			},
		},
	];
}
