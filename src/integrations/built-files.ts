import { constants, copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir` whose name ends with `extension`. */
export function filesUnder(dir: string, extension: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The text of each file, read when it is reached: a pass over the pages holds one page at a time. */
export function* textsOf(files: string[]): Generator<string> {
	for (const file of files) yield readFileSync(file, 'utf8');
}

/** Deletes every file under `dir` that is not one of `keep` (paths relative to `dir`). */
export function removeOtherFiles(dir: string, keep: readonly string[]): number {
	const kept = new Set(keep);
	let removed = 0;
	for (const item of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!item.isFile()) continue;
		const path = join(item.parentPath, item.name);
		if (kept.has(relative(dir, path))) continue;
		unlinkSync(path);
		removed++;
	}
	return removed;
}

/** Why a hard link cannot be made where a copy can: another file system, or one without links. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']);

/**
 * Puts each of `files` (paths relative to both folders) from `from` into `to` as a hard link,
 * which makes no new file, or as a copy where the two folders cannot share one. A file missing
 * from `from`, or already in `to`, is an error naming it: nothing is replaced.
 */
export function linkFiles(from: string, to: string, files: readonly string[]): void {
	const folders = new Set<string>();
	let link = true;
	for (const file of files) {
		const target = join(to, file);
		const folder = dirname(target);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		try {
			if (link) {
				try {
					linkSync(join(from, file), target);
					continue;
				} catch (error) {
					if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
					link = false;
				}
			}
			copyFileSync(join(from, file), target, constants.COPYFILE_EXCL);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') throw new Error(`${file} is not in ${from}`);
			if (code === 'EEXIST') throw new Error(`${file} is in ${to} already`);
			throw error;
		}
	}
}

/** A kept file's path (relative to its folder), size and modification time as written. */
type FileStamp = [path: string, size: number, modified: number];

/**
 * The mark of a set of files kept in a folder between builds, written once the set is whole: what
 * it was made from, and each file's stamp as written. A build stopped midway leaves none.
 */
export interface KeptMark<K> {
	key: K;
	files: FileStamp[];
}

/** The mark at `path`, or undefined when there is none or it cannot be read (one cut short, or of an older form). */
export function readKeptMark<K>(path: string): KeptMark<K> | undefined {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as KeptMark<K>;
	} catch {
		return undefined;
	}
}

/** Marks the set `files` (paths relative to `dir`) whole, made from `key`: their stamps, taken now, go to `path`. */
export function writeKeptMark<K>(path: string, dir: string, key: K, files: readonly string[]): void {
	const stamps = files.map((file): FileStamp => {
		const { size, mtimeMs } = statSync(join(dir, file));
		return [file, size, mtimeMs];
	});
	writeFileSync(path, JSON.stringify({ key, files: stamps } satisfies KeptMark<K>));
}

/**
 * The files of `mark` when every one under `dir` is still as it was written; otherwise (no mark,
 * a file gone, or one edited in place since: a hard link in an output folder is the same file)
 * undefined.
 */
export function wholeKeptFiles(mark: KeptMark<unknown> | undefined, dir: string): string[] | undefined {
	if (!mark) return undefined;
	try {
		const whole = mark.files.every(([file, size, modified]) => {
			const stat = statSync(join(dir, file));
			return stat.size === size && stat.mtimeMs === modified;
		});
		return whole ? mark.files.map(([file]) => file) : undefined;
	} catch {
		return undefined;
	}
}
