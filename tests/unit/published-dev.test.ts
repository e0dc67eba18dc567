import { dev } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port.ts';
import { publishedFiles } from '../../src/exports/published-files.ts';
import { API_PATHS, TEXT_PATHS } from '../../src/exports/urls.ts';
import { siteOrigin } from '../../src/exports/site-url.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

/**
 * The data files (the JSON documents under /api/, llms.txt, the lookup data) are written into the
 * build by an integration, not rendered by routes; the dev server serves the same files from the
 * catalogs, so /lookup/ and the exports work under `astro dev` too.
 */
describe('published data files under astro dev', () => {
	let server: Awaited<ReturnType<typeof dev>>;
	let base: string;
	beforeAll(async () => {
		const port = await freePort();
		server = await dev({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
		base = `http://127.0.0.1:${port}`;
	}, 60_000);
	afterAll(() => server?.stop());

	it('serves each kind of file as the build writes it, with its media type, and nothing else under the lookup folder', async () => {
		const catalogs = realCatalogs();
		const files = new Map([...publishedFiles(catalogs, new URL(siteOrigin(process.env).site))].map((file) => [file.path, file.body]));
		const shards = [...files.keys()].filter((path) => path.startsWith('/api/lookup/') && path !== API_PATHS.lookupIndex);
		expect(shards.length).toBeGreaterThan(2);
		const json = [
			API_PATHS.catalogs,
			API_PATHS.schema,
			API_PATHS.changelog,
			API_PATHS.catalog(catalogs[0].slug),
			API_PATHS.ccxtMap(catalogs.at(-1)!.slug),
			API_PATHS.lookupIndex,
			shards[0],
			shards.at(-1)!,
		];
		for (const [path, type] of [
			...json.map((path) => [path, 'application/json']),
			...[TEXT_PATHS.llms, TEXT_PATHS.llmsFull].map((path) => [path, 'text/plain; charset=utf-8']),
		]) {
			const response = await fetch(base + path);
			expect(response.headers.get('content-type'), path).toBe(type);
			expect(await response.text(), path).toBe(files.get(path));
		}
		expect((await fetch(`${base}/api/lookup/${shards.length}.json`)).status).toBe(404);
	});
});
