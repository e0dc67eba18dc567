import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHashes } from '../helpers/file-tree.ts';
import { linkFiles } from '../../src/integrations/built-files.ts';
import { filesNamedByMeta, indexWritten, PagefindOutputCache } from '../../src/integrations/pagefind-output.ts';

const folders: string[] = [];
const scratch = (name: string) => {
	const dir = mkdtempSync(join(tmpdir(), `pagefind-output-${name}-`));
	folders.push(dir);
	return dir;
};
afterAll(async () => {
	await pagefind.close();
	folders.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** What an index is made from, as the build names it: here any two keys. */
const KEY = { records: 'records-1', pages: 'pages-1' };

const page = (code: string, message: string) => ({
	url: `/venue/#${code}`,
	content: `<html lang="en"><body><main data-pagefind-body><h2 id="${code}">${code}</h2><p>${message}</p></main></body></html>`,
});
const SITE_A = [page('-2018', 'Balance is insufficient.'), page('-1121', 'Invalid symbol.'), page('05001', 'Order not found.')];
// One code reworded, one gone, one added: some fragments stay, others change.
const SITE_B = [page('-2018', 'Balance is insufficient.'), page('-1121', 'Invalid symbol name.'), page('-1013', 'Filter failure: LOT_SIZE')];

/**
 * Writes an index of `pages` into `dir` with Pagefind itself and resolves to its files once they
 * are on disk, as the build waits for them (Pagefind can answer before): a last entry file is
 * removed first, as `PagefindOutputCache.open` does, so that it is not taken for this one's.
 */
async function writeIndex(pages: { url: string; content: string }[], dir: string): Promise<string[]> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(errors.join('\n'));
	for (const added of await Promise.all(pages.map((p) => index.addHTMLFile(p)))) expect(added.errors).toEqual([]);
	rmSync(join(dir, 'pagefind-entry.json'), { force: true });
	expect((await index.writeFiles({ outputPath: dir })).errors).toEqual([]);
	await index.deleteIndex();
	return indexWritten(dir);
}

/** One build's write of `pages` into the kept output, as the build makes it: opened, written, closed under KEY. */
async function keptWrite(cache: PagefindOutputCache, pages: { url: string; content: string }[]): Promise<string[]> {
	cache.open();
	await writeIndex(pages, cache.dir);
	return cache.close(KEY);
}

/**
 * Finishes the write opened in `cache` with `pages` and expects the folder to hold exactly what a
 * write of them into an empty folder (`name`) holds.
 */
async function expectSameAsWriteFromNothing(cache: PagefindOutputCache, pages: { url: string; content: string }[], name: string): Promise<void> {
	await writeIndex(pages, cache.dir);
	await cache.close(KEY);
	const clean = scratch(name);
	await writeIndex(pages, clean);
	expect(fileHashes(cache.dir)).toEqual(fileHashes(clean));
}

describe("Pagefind's output kept between builds", () => {
	it('holds, once swept, exactly what a write into an empty folder holds, after an index with other pages was written over', async () => {
		const cache = new PagefindOutputCache(scratch('cache'));
		await keptWrite(cache, SITE_A);
		cache.open();
		await writeIndex(SITE_B, cache.dir);
		const before = readdirSync(join(cache.dir, 'fragment')).length;
		const files = await cache.close(KEY);

		const clean = scratch('clean');
		await writeIndex(SITE_B, clean);
		expect(fileHashes(cache.dir)).toEqual(fileHashes(clean));
		expect(files).toEqual(Object.keys(fileHashes(clean)).sort());
		// The sweep had something to do: site A's two changed fragments were still there.
		expect(before).toBe(readdirSync(join(clean, 'fragment')).length + 2);
	});

	it('names each fragment, index chunk and the metadata of the current index, and no file of an earlier one', async () => {
		const dir = scratch('names');
		const first = await writeIndex(SITE_A, dir);
		const second = await writeIndex(SITE_B, dir);
		expect(second.filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
		expect(second.filter((file) => file.endsWith('.pf_meta'))).toHaveLength(1);
		expect(second.filter((file) => file.startsWith('index/')).length).toBeGreaterThan(0);
		expect(second).toContain('pagefind.js');
		expect(second).toContain('pagefind-entry.json');
		expect(second).toContain('wasm.en.pagefind');
		for (const file of second) expect(existsSync(join(dir, file)), file).toBe(true);
		// The unchanged code's fragment is shared; the reworded one's is not.
		const fragments = (files: string[]) => new Set(files.filter((file) => file.startsWith('fragment/')));
		expect([...fragments(first)].filter((file) => fragments(second).has(file))).toHaveLength(1);
	});

	it('is emptied before a write when the last one did not finish, so that a fragment cut short is not kept', async () => {
		const cache = new PagefindOutputCache(scratch('cut'));
		const fragment = (await keptWrite(cache, SITE_A)).find((file) => file.startsWith('fragment/'))!;
		// A build stopped while Pagefind wrote: no mark, and a fragment holding part of its bytes.
		cache.open();
		writeFileSync(join(cache.dir, fragment), readFileSync(join(cache.dir, fragment)).subarray(0, 10));
		cache.open();
		expect(existsSync(join(cache.dir, fragment))).toBe(false);
		await expectSameAsWriteFromNothing(cache, SITE_A, 'cut-clean');
	});

	it('reaches the build as links to the same bytes, and the build reads the same when it is copied instead', async () => {
		const cache = new PagefindOutputCache(scratch('link'));
		const files = await keptWrite(cache, SITE_B);
		const out = join(scratch('out'), 'pagefind');
		linkFiles(cache.dir, out, files);
		expect(fileHashes(out)).toEqual(fileHashes(cache.dir));
		expect(statSync(join(out, files[0])).ino).toBe(statSync(join(cache.dir, files[0])).ino);
		expect(() => linkFiles(cache.dir, join(scratch('missing'), 'pagefind'), ['fragment/en_nothing.pf_fragment'])).toThrow(
			/fragment\/en_nothing\.pf_fragment is not in/,
		);
	});

	it('is given back whole under the key it was made from, and under no other', async () => {
		const cache = new PagefindOutputCache(scratch('kept'));
		expect(cache.keptRecords()).toBeUndefined();
		expect(cache.keptIndex(KEY)).toBeUndefined();
		const files = await keptWrite(cache, SITE_A);
		expect(cache.keptRecords()).toBe(KEY.records);
		expect(cache.keptIndex({ ...KEY })).toEqual(files);
		expect(cache.keptIndex({ ...KEY, pages: 'pages-2' })).toBeUndefined();
		expect(cache.keptIndex({ ...KEY, records: 'records-2' })).toBeUndefined();
		// A write begun and not finished: nothing is kept whole.
		cache.open();
		expect(cache.keptIndex(KEY)).toBeUndefined();
		expect(cache.keptRecords()).toBeUndefined();
	});

	it('is not given back, and is emptied before the next write, when a file was edited in place through its link in a build', async () => {
		const cache = new PagefindOutputCache(scratch('edited'));
		const files = await keptWrite(cache, SITE_A);
		const out = join(scratch('edited-out'), 'pagefind');
		linkFiles(cache.dir, out, files);
		const fragment = files.find((file) => file.startsWith('fragment/'))!;
		// A tool rewriting the build's files in place rewrites the kept ones: they are the same files.
		writeFileSync(join(out, fragment), gzipSync('edited'));
		expect(cache.keptIndex(KEY)).toBeUndefined();
		cache.open();
		expect(existsSync(join(cache.dir, fragment))).toBe(false);
		await expectSameAsWriteFromNothing(cache, SITE_A, 'edited-clean');
	});

	it('reads only Pagefind metadata, naming the language of a file that is not', () => {
		expect(() => filesNamedByMeta(Buffer.from('not gzip'), 'en')).toThrow();
		expect(() => filesNamedByMeta(gzipSync('{"version":"1.5.2"}'), 'de')).toThrow(/metadata for de does not start with pagefind_dcd/);
	});
});
