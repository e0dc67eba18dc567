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
/** Builds the copy at `root` as `npm run build` does, failing with the end of its output; returns the output. */
function build(root: string): string {
	const run = buildProject(root, { NO_COLOR: '1' });
	expect(run.status, run.output.slice(-2000)).toBe(0);
	return run.output;
}

/** Replaces every `from` in the copy's file at `path` with `to`, after checking it is there. */
function edit(root: string, path: string, from: string, to: string): void {
	const file = join(root, path);
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replaceAll(from, to));
}

/** The text of each of the built search index's page fragments, among `files` (paths under `dist`). */
const fragmentTexts = (dist: string, files: Record<string, string>) =>
	Object.keys(files)
		.filter((path) => path.startsWith('pagefind/fragment/'))
		.map((path) => gunzipSync(readFileSync(join(dist, path))).toString('utf8'));

describe('what a build keeps for the next', () => {
	const roots: string[] = [];
	afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

	it('gives, after a message is reworded, the same search index, data files and stylesheets as a build from nothing', () => {
		const root = copyProject('.fixture-kept-');
		roots.push(root);
		const dist = join(root, 'dist');
		build(root);
		edit(root, 'src/content/catalogs/coinflex.yaml', 'Signature is invalid', 'Signature is not valid');
		build(root);
		const kept = fileHashes(dist, ['pagefind', 'api', '_astro']);
		expect(readFileSync(join(dist, 'api/coinflex.json'), 'utf8')).toContain('Signature is not valid');

		rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
		build(root);
		expect(kept).toEqual(fileHashes(dist, ['pagefind', 'api', '_astro']));
		// The reworded code's fragment is there, and the last build's is not (the sweep), in both.
		const fragments = fragmentTexts(dist, kept);
		expect(fragments.filter((fragment) => fragment.includes('Signature is not valid')).length).toBeGreaterThan(0);
		expect(fragments.filter((fragment) => fragment.includes('Signature is invalid'))).toHaveLength(0);
	}, 240_000);

	it('gives back the last index when nothing it reads changed, and indexes a page changed alone as a build from nothing does', () => {
		const root = copyProject('.fixture-kept-pages-');
		roots.push(root);
		const dist = join(root, 'dist');
		build(root);
		const firstIndex = fileHashes(dist, ['pagefind', 'api']);
		const firstSearch = fileHashes(dist, ['pagefind']);

		expect(build(root)).toMatch(/search index of \d+ marked pages and \d+ codes is the last build's/);
		expect(fileHashes(dist, ['pagefind', 'api'])).toEqual(firstIndex);

		// A page's own text, not a catalog's: the code records are the same, the pages are not.
		edit(root, 'src/pages/about.astro', 'What is verbatim', 'What is kept verbatim');
		expect(build(root)).toMatch(/Indexed \d+ marked pages/);
		const kept = fileHashes(dist, ['pagefind']);
		expect(kept).not.toEqual(firstSearch);

		rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
		build(root);
		expect(kept).toEqual(fileHashes(dist, ['pagefind']));
		expect(fragmentTexts(dist, kept).filter((fragment) => fragment.includes('What is kept verbatim'))).toHaveLength(1);
	}, 300_000);
});
