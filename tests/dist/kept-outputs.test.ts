import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject } from '../../support/project-copy.ts';
import { fileHashes } from '../helpers/file-tree.ts';

/**
 * A build reuses Pagefind's output, the data files and the stripped stylesheets of the last one
 * (kept in Astro's cache folder, src/integrations/pagefind-output.ts): after a catalog changes,
 * its output must be what a build with nothing kept makes.
 */
describe('what a build keeps for the next', () => {
	const roots: string[] = [];
	afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

	it('gives, after a message is reworded, the same search index, data files and stylesheets as a build from nothing', () => {
		const root = copyProject('.fixture-kept-');
		roots.push(root);
		const first = buildProject(root, { NO_COLOR: '1' });
		expect(first.status, first.output.slice(-2000)).toBe(0);

		const file = join(root, 'src/content/catalogs/coinflex.yaml');
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('Signature is invalid');
		writeFileSync(file, text.replace('Signature is invalid', 'Signature is not valid'));
		const again = buildProject(root, { NO_COLOR: '1' });
		expect(again.status, again.output.slice(-2000)).toBe(0);
		const dist = join(root, 'dist');
		const kept = fileHashes(dist, ['pagefind', 'api', '_astro']);
		expect(readFileSync(join(dist, 'api/coinflex.json'), 'utf8')).toContain('Signature is not valid');

		rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
		const fresh = buildProject(root, { NO_COLOR: '1' });
		expect(fresh.status, fresh.output.slice(-2000)).toBe(0);
		expect(kept).toEqual(fileHashes(dist, ['pagefind', 'api', '_astro']));
		// The reworded code's fragment is there, and the last build's is not (the sweep), in both.
		const fragments = Object.keys(kept)
			.filter((path) => path.startsWith('pagefind/fragment/'))
			.map((path) => gunzipSync(readFileSync(join(dist, path))).toString('utf8'));
		expect(fragments.filter((fragment) => fragment.includes('Signature is not valid')).length).toBeGreaterThan(0);
		expect(fragments.filter((fragment) => fragment.includes('Signature is invalid'))).toHaveLength(0);
	}, 240_000);
});
