import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { removeOtherFiles } from './built-files.ts';

/**
 * Pagefind's output kept between builds. Pagefind names its fragments and index chunks after
 * their content and skips a file of that name that it finds, so writing over the last build's
 * output costs only what changed. On this project's machines its writer took 117–351 ms for the
 * seven venues' 320 files into a folder just emptied, and 50–53 ms over its last output
 * (docs/performance.md, round twenty). Astro empties the build's own folder at every build, so
 * the output is kept here and linked into it.
 */

/** What starts each of Pagefind's index files once inflated, before the CBOR. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Pagefind's entry file: per language, the hash that names its metadata, and its WebAssembly. */
interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The files one language's metadata names, relative to the output folder: its fragments (a
 * page's hash), its word index chunks and its filter chunks (each hash starts with the
 * language, `en_1264999`). The metadata is Pagefind's
 * `MetaIndex` as CBOR: `[version, [[page hash, word count]…], [[from, to, chunk hash]…],
 * [[filter, hash]…], sorts]` (pagefind/src/index/index_metadata.rs, 1.5).
 */
export function filesNamedByMeta(gzipped: Uint8Array, language: string): string[] {
	const bytes = gunzipSync(gzipped);
	if (bytes.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE)
		throw new Error(`Pagefind's metadata for ${language} does not start with ${PAGEFIND_SIGNATURE}`);
	const [, pages, chunks, filters] = decode(bytes.subarray(PAGEFIND_SIGNATURE.length)) as [
		string,
		[string, number][],
		[string, string, string][],
		[string, string][],
	];
	return [
		...pages.map(([hash]) => `fragment/${hash}.pf_fragment`),
		...chunks.map(([, , hash]) => `index/${hash}.pf_index`),
		...filters.map(([, hash]) => `filter/${hash}.pf_filter`),
	];
}

/** A file of Pagefind's own that it writes under the same name in every build (its scripts, styles, entry file). */
const isFixedFile = (name: string) => !name.endsWith('.pf_meta') && !/^wasm\..+\.pagefind$/.test(name);

/**
 * Every file of the index Pagefind last wrote into `dir`, relative to it: its fixed files, and
 * per language of its entry file the metadata, the WebAssembly and the files the metadata names
 * (`wasm.unknown.pagefind` too: Pagefind loads it for a page in a language it has no index for).
 * Files of earlier indexes left in the folder are not among them.
 */
export function currentIndexFiles(dir: string): string[] {
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	const files = readdirSync(dir, { withFileTypes: true })
		.filter((item) => item.isFile() && isFixedFile(item.name))
		.map((item) => item.name);
	files.push('wasm.unknown.pagefind');
	for (const [language, { hash, wasm }] of Object.entries(entry.languages)) {
		const meta = `pagefind.${hash}.pf_meta`;
		files.push(meta, ...filesNamedByMeta(readFileSync(join(dir, meta)), language));
		if (wasm) files.push(`wasm.${wasm}.pagefind`);
	}
	return [...new Set(files)].sort();
}

/** The files the build waits for Pagefind to write, by name. */
const REWRITTEN_FILES = ['pagefind-entry.json', 'pagefind.js'];

/**
 * The folder Pagefind writes into, kept between builds, and a mark beside it that its last write
 * finished and was swept. A write cut short (a build stopped, a full disk) could leave a fragment
 * written in part under its final name, which Pagefind would then skip for good: without the
 * mark, the folder is emptied first.
 */
export class PagefindOutputCache {
	readonly dir: string;
	private readonly mark: string;

	constructor(cacheRoot: string) {
		this.dir = join(cacheRoot, 'pagefind');
		this.mark = join(cacheRoot, 'pagefind.complete');
	}

	/**
	 * Readies the folder for Pagefind's write. Its entry file and script go first: they are read
	 * once Pagefind has written them anew, and the last build's are whole already.
	 */
	open(): void {
		if (!existsSync(this.mark)) rmSync(this.dir, { recursive: true, force: true });
		rmSync(this.mark, { force: true });
		mkdirSync(this.dir, { recursive: true });
		for (const file of REWRITTEN_FILES) rmSync(join(this.dir, file), { force: true });
	}

	/** Drops the files of earlier indexes, marks the write whole and returns the current index's files. */
	close(): string[] {
		const files = currentIndexFiles(this.dir);
		removeOtherFiles(this.dir, files);
		writeFileSync(this.mark, '');
		return files;
	}
}
