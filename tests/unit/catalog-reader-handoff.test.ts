import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CatalogReader } from '../../src/catalog/reader-handoff.ts';

/** Runs the catalog content loader once and returns the ids and data it stored. */
async function runCatalogLoader(): Promise<Map<string, unknown>> {
	const { catalogLoader } = await import('../../src/catalog/content-loader.ts');
	const stored = new Map<string, unknown>();
	const context = {
		store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => void stored.set(id, data) },
		parseData: async ({ data }: { data: unknown }) => data,
		generateDigest: (data: string) => String(data.length),
		logger: { error: () => {} },
	} as unknown as LoaderContext;
	await (catalogLoader() as Loader & { load: (context: LoaderContext) => Promise<void> }).load(context);
	return stored;
}

/** A reader standing in for the config's: it gives one catalog, whatever the files say. */
const offeredReader: CatalogReader = {
	CATALOG_DIR: 'src/content/catalogs',
	loadValidCatalogFiles: () => [{ file: 'src/content/catalogs/offered.yaml', slug: 'offered', data: { venue: 'Offered' } } as never],
};

describe('the content loader and the config share one catalog reader', () => {
	beforeEach(() => {
		// A fresh module graph and no offer, as when Vite's runner evaluates the content config.
		vi.resetModules();
		delete (globalThis as Record<string, unknown>).__tradingErrorCodesCatalogReader;
	});

	it('stores what the reader the config offered gives, without loading a reader of its own', async () => {
		const { offerCatalogReader } = await import('../../src/catalog/reader-handoff.ts');
		offerCatalogReader(offeredReader);
		expect([...(await runCatalogLoader()).keys()]).toEqual(['offered']);
	});

	it('keeps the first offer: the config offers before the content config is evaluated', async () => {
		const { offerCatalogReader, catalogReader } = await import('../../src/catalog/reader-handoff.ts');
		offerCatalogReader(offeredReader);
		await import('../../src/catalog/load.ts');
		expect(await catalogReader()).toBe(offeredReader);
	});

	it('reads and checks the project catalogs itself when nothing was offered', async () => {
		const stored = await runCatalogLoader();
		expect([...stored.keys()]).toEqual(expect.arrayContaining(['binance-spot', 'webull', 'bybit-v5']));
		expect((stored.get('webull') as { venue: string }).venue).toBe('Webull');
	});
});
