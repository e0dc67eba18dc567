import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublishedFile } from '../../src/exports/published-files.ts';
import { keepPublishedFiles, publishKeptFiles } from '../../src/integrations/published-data.ts';

/** One build's data files: kept in `kept`, then put into the output folder `root`. */
const writePublishedFiles = async (files: PublishedFile[], root: string, kept: string) => publishKeptFiles(await keepPublishedFiles(files, kept), kept, root);

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

	it('rewrites a kept file left in part by a build cut short', async () => {
		const kept = scratch();
		await writePublishedFiles(FILES, scratch(), kept);
		writeFileSync(join(kept, 'api/catalogs.json'), '{"a"');
		const root = scratch();
		await writePublishedFiles(FILES, root, kept);
		expect(readFileSync(join(root, 'api/catalogs.json'), 'utf8')).toBe('{"a":1}');
	});
});
