import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { readKeptMark, removeOtherFiles, wholeKeptFiles, writeKeptMark, type KeptMark } from './built-files.ts';

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
 * Files of earlier indexes left in the folder are not among them. An entry file that names no
 * language is an error.
 */
function currentIndexFiles(dir: string): string[] {
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	// What the browser starts from: without a language, every search finds nothing.
	if (Object.keys(entry.languages ?? {}).length === 0) throw new Error('pagefind-entry.json names no language');
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

/**
 * What `read` returns once it stops throwing. Pagefind's `writeFiles` can answer before its files
 * are on disk, and closing Pagefind then left the entry file empty (seen twice in a day's
 * builds), which breaks every search silently; still throwing after a few seconds, it fails the
 * build, naming `what`.
 */
export async function untilWritten<T>(read: () => T, what: string): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return read();
		} catch (error) {
			if (attempt === 50) throw new Error(`Pagefind did not write ${what}: ${(error as Error).message}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * The files of the index Pagefind is writing into `dir` (`currentIndexFiles`), once its entry file
 * is whole and every file its metadata names is on disk. A whole entry file left from an earlier
 * write would be taken for this one's: the writer removes it first (`PagefindOutputCache.open`).
 */
export function indexWritten(dir: string): Promise<string[]> {
	return untilWritten(() => {
		const files = currentIndexFiles(dir);
		const missing = files.find((file) => !existsSync(join(dir, file)));
		if (missing) throw new Error(`${missing} is not there`);
		return files;
	}, `every file of the index in ${dir}`);
}

/** The files the build waits for Pagefind to write anew, by name. */
const REWRITTEN_FILES = ['pagefind-entry.json', 'pagefind.js'];

/**
 * What an index is made from: the key of the code records sent to Pagefind (from the catalogs and
 * the code that makes and sends them) and the key of the built pages it reads.
 */
export interface IndexKey {
	records: string;
	pages: string;
}

/**
 * The folder Pagefind writes into, kept between builds, and a mark beside it that its last write
 * finished and was swept, naming what the index was made from. A write cut short (a build
 * stopped, a full disk) could leave a fragment written in part under its final name, which
 * Pagefind would then skip for good: without the mark, the folder is emptied first. An index
 * made from the same records and pages is given back whole, without Pagefind (`keptIndex`).
 */
export class PagefindOutputCache {
	readonly dir: string;
	private readonly mark: string;

	constructor(cacheRoot: string) {
		this.dir = join(cacheRoot, 'pagefind');
		this.mark = join(cacheRoot, 'pagefind.complete');
	}

	private readMark(): KeptMark<IndexKey> | undefined {
		return readKeptMark<IndexKey>(this.mark);
	}

	/** The records key of the index kept whole, if there is one. */
	keptRecords(): string | undefined {
		return this.readMark()?.key?.records;
	}

	/**
	 * The files of the index kept whole under `key`, when every one of them is as Pagefind wrote
	 * it (one edited in place through its link in a build is not); otherwise undefined.
	 */
	keptIndex(key: IndexKey): string[] | undefined {
		const mark = this.readMark();
		return mark?.key?.records === key.records && mark.key.pages === key.pages ? wholeKeptFiles(mark, this.dir) : undefined;
	}

	/**
	 * Readies the folder for Pagefind's write. It is emptied unless the last write finished and
	 * every file is as written: Pagefind skips a fragment whose name it finds, so one cut short or
	 * edited in place through its link in a build would stay. The entry file and script go first:
	 * they are read once Pagefind has written them anew, and the last build's are whole already.
	 */
	open(): void {
		if (!wholeKeptFiles(this.readMark(), this.dir)) rmSync(this.dir, { recursive: true, force: true });
		rmSync(this.mark, { force: true });
		mkdirSync(this.dir, { recursive: true });
		for (const file of REWRITTEN_FILES) rmSync(join(this.dir, file), { force: true });
	}

	/**
	 * Waits for the index Pagefind is writing, drops the files of earlier ones, marks the write
	 * whole, made from `key`, and returns the current index's files.
	 */
	async close(key: IndexKey): Promise<string[]> {
		const files = await indexWritten(this.dir);
		removeOtherFiles(this.dir, files);
		writeKeptMark(this.mark, this.dir, key, files);
		return files;
	}
}
