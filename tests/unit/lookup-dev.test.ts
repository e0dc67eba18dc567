import { dev } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port.ts';
import { lookupFiles } from '../../src/exports/lookup-files.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

/**
 * The lookup data is written into the build by an integration, not rendered by routes; the dev
 * server serves the same files from the catalogs, so /lookup/ works under `astro dev` too.
 */
describe('lookup files under astro dev', () => {
	let server: Awaited<ReturnType<typeof dev>>;
	let base: string;
	beforeAll(async () => {
		const port = await freePort();
		server = await dev({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
		base = `http://127.0.0.1:${port}`;
	}, 60_000);
	afterAll(() => server?.stop());

	it('serves the manifest and every shard as the build writes them, and nothing else under the folder', async () => {
		const files = [...lookupFiles(realCatalogs())];
		expect(files.length).toBeGreaterThan(2);
		for (const file of [files[0], files[1], files.at(-1)!]) {
			const response = await fetch(base + file.path);
			expect(response.headers.get('content-type')).toBe('application/json');
			expect(await response.text()).toBe(file.body);
		}
		expect((await fetch(`${base}/api/lookup/${files.length}.json`)).status).toBe(404);
	});
});
