import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePublishedFiles } from '../../src/integrations/published-data.ts';

describe('writing the data files into the build', () => {
	it('writes each file at its path, making its folders', () => {
		const root = mkdtempSync(join(tmpdir(), 'published-'));
		const count = writePublishedFiles(
			[
				{ path: '/api/catalogs.json', body: '{"a":1}' },
				{ path: '/api/lookup/0.json', body: '[]' },
				{ path: '/llms.txt', body: '# x' },
			],
			root,
		);
		expect(count).toBe(3);
		expect(readFileSync(join(root, 'api/lookup/0.json'), 'utf8')).toBe('[]');
		expect(readFileSync(join(root, 'llms.txt'), 'utf8')).toBe('# x');
	});

	it('refuses to replace a file the build already holds (a public/ file of the same name), naming its path', () => {
		const root = mkdtempSync(join(tmpdir(), 'published-'));
		writeFileSync(join(root, 'llms.txt'), 'from public/');
		expect(() => writePublishedFiles([{ path: '/llms.txt', body: '# x' }], root)).toThrow('/llms.txt is both a data file');
		expect(readFileSync(join(root, 'llms.txt'), 'utf8')).toBe('from public/');
	});
});
