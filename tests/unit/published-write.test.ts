import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR } from '../../src/catalog/load.ts';
import { catalogKeyProject } from '../helpers/catalogs.ts';
import type { PublishedFile } from '../../src/exports/published-files.ts';
import { keepPublishedFiles, publishedDataKey, publishKeptFiles } from '../../src/integrations/published-data.ts';

/**
 * One build's data files: kept in `kept`, then put into the output folder `root`. The key is
 * made from the files themselves, as the build's is from what makes them.
 */
const writePublishedFiles = async (files: PublishedFile[], root: string, kept: string) =>
	publishKeptFiles(await keepPublishedFiles(JSON.stringify(files), () => files, kept), kept, root);

const scratch = () => mkdtempSync(join(tmpdir(), 'published-'));
const FILES = [
	{ path: '/api/catalogs.json', body: '{"a":1}' },
	{ path: '/api/lookup/0.json', body: '[]' },
	{ path: '/llms.txt', body: '# x' },
];

describe('writing the data files into the build', () => {
	it('writes each file at its path, making its folders', async () => {
		const root = scratch();
		const count = await writePublishedFiles(FILES, root, scratch());
		expect(count).toBe(3);
		expect(readFileSync(join(root, 'api/catalogs.json'), 'utf8')).toBe('{"a":1}');
		expect(readFileSync(join(root, 'api/lookup/0.json'), 'utf8')).toBe('[]');
		expect(readFileSync(join(root, 'llms.txt'), 'utf8')).toBe('# x');
	});

	it('refuses to replace a file the build already holds (a public/ file of the same name), naming its path', async () => {
		const root = scratch();
		writeFileSync(join(root, 'llms.txt'), 'from public/');
		await expect(writePublishedFiles([{ path: '/llms.txt', body: '# x' }], root, scratch())).rejects.toThrow('/llms.txt is both a data file');
		expect(readFileSync(join(root, 'llms.txt'), 'utf8')).toBe('from public/');
	});

	it('keeps the files between builds: a changed text is rewritten, an unchanged one left as it was, one no longer published dropped', async () => {
		const kept = scratch();
		await writePublishedFiles(FILES, scratch(), kept);
		const unchanged = statSync(join(kept, 'api/lookup/0.json')).mtimeMs;
		// The next build: Astro has emptied the output; one text changed, one file gone.
		const root = scratch();
		await writePublishedFiles(
			[
				{ path: '/api/catalogs.json', body: '{"a":2}' },
				{ path: '/api/lookup/0.json', body: '[]' },
			],
			root,
			kept,
		);
		expect(readFileSync(join(root, 'api/catalogs.json'), 'utf8')).toBe('{"a":2}');
		expect(readFileSync(join(root, 'api/lookup/0.json'), 'utf8')).toBe('[]');
		expect(statSync(join(kept, 'api/lookup/0.json')).mtimeMs).toBe(unchanged);
		expect(existsSync(join(root, 'llms.txt'))).toBe(false);
		expect(existsSync(join(kept, 'llms.txt'))).toBe(false);
	});

	it('rewrites a kept file left in part by a build cut short: such a build leaves no mark of a whole set', async () => {
		const kept = join(scratch(), 'published-data');
		let made = 0;
		const stopped = function* () {
			yield FILES[0];
			made++;
			throw new Error('stopped');
		};
		await writePublishedFiles(FILES, scratch(), kept);
		// A later build with other files stops after its first: the mark of the whole set is gone.
		await expect(keepPublishedFiles('other', stopped, kept)).rejects.toThrow('stopped');
		expect(made).toBe(1);
		expect(existsSync(`${kept}.json`)).toBe(false);
		writeFileSync(join(kept, 'api/catalogs.json'), '{"a"');
		const root = scratch();
		await writePublishedFiles(FILES, root, kept);
		expect(readFileSync(join(root, 'api/catalogs.json'), 'utf8')).toBe('{"a":1}');
	});
});

describe('reusing the kept data files', () => {
	/** A maker that counts its calls. */
	const counted = (files: PublishedFile[]) => {
		const make = Object.assign(() => (make.calls++, files), { calls: 0 });
		return make;
	};

	it('gives back the set kept under the same key without making the files again', async () => {
		const kept = scratch();
		const make = counted(FILES);
		const first = await keepPublishedFiles('k1', make, kept);
		const again = await keepPublishedFiles('k1', make, kept);
		expect(make.calls).toBe(1);
		expect(again).toEqual(first);
		const root = scratch();
		expect(publishKeptFiles(again, kept, root)).toBe(3);
		expect(readFileSync(join(root, 'api/catalogs.json'), 'utf8')).toBe('{"a":1}');
	});

	it('makes the files again under another key', async () => {
		const kept = scratch();
		await keepPublishedFiles('k1', counted(FILES), kept);
		const make = counted([{ path: '/llms.txt', body: '# y' }]);
		expect(await keepPublishedFiles('k2', make, kept)).toEqual(['llms.txt']);
		expect(make.calls).toBe(1);
		expect(readFileSync(join(kept, 'llms.txt'), 'utf8')).toBe('# y');
		expect(existsSync(join(kept, 'api/catalogs.json'))).toBe(false);
	});

	it('makes the files again when a kept file was edited in place, through its link in an output folder', async () => {
		const kept = scratch();
		const root = scratch();
		publishKeptFiles(await keepPublishedFiles('k1', counted(FILES), kept), kept, root);
		// The published file is a hard link to the kept one: a tool editing the output edits both.
		appendFileSync(join(root, 'llms.txt'), ' edited');
		expect(readFileSync(join(kept, 'llms.txt'), 'utf8')).toBe('# x edited');
		const make = counted(FILES);
		await keepPublishedFiles('k1', make, kept);
		expect(make.calls).toBe(1);
		expect(readFileSync(join(kept, 'llms.txt'), 'utf8')).toBe('# x');
	});

	it('makes the files again when a kept file is gone', async () => {
		const kept = scratch();
		await keepPublishedFiles('k1', counted(FILES), kept);
		rmSync(join(kept, 'api/lookup/0.json'));
		const make = counted(FILES);
		await keepPublishedFiles('k1', make, kept);
		expect(make.calls).toBe(1);
		expect(readFileSync(join(kept, 'api/lookup/0.json'), 'utf8')).toBe('[]');
	});
});

describe("the data files' key", () => {
	const project = () => catalogKeyProject(scratch());
	const SITE = new URL('https://errors.example.com/');

	it('is the same for the same catalogs, lockfile and origin', () => {
		expect(publishedDataKey(SITE, project())).toBe(publishedDataKey(SITE, project()));
	});

	it('changes with a catalog byte, the locked dependencies, or the public origin the files link to', () => {
		const root = project();
		const before = publishedDataKey(SITE, root);
		expect(publishedDataKey(new URL('https://other.example.com/'), root)).not.toBe(before);
		appendFileSync(join(root, CATALOG_DIR, 'coinflex.yaml'), '# a comment\n');
		const edited = publishedDataKey(SITE, root);
		expect(edited).not.toBe(before);
		appendFileSync(join(root, 'package-lock.json'), '\n');
		expect(publishedDataKey(SITE, root)).not.toBe(edited);
	});
});
