import type * as CatalogFiles from './load.ts';

/** What the content loader needs of `load.ts`: where the catalogs are and the checked reader of them. */
export type CatalogReader = Pick<typeof CatalogFiles, 'CATALOG_DIR' | 'loadValidCatalogFiles'>;

const HANDOFF_KEY = '__tradingErrorCodesCatalogReader';

type Handoff = { [HANDOFF_KEY]?: CatalogReader };

/**
 * Offers the reader of the instance of `load.ts` that Node loaded with the config. The first
 * offer stays: that is the config's, which has already read and checked the files.
 */
export function offerCatalogReader(reader: CatalogReader): void {
	(globalThis as Handoff)[HANDOFF_KEY] ??= reader;
}

/**
 * The catalog reader for the content loader. Vite's module runner, which evaluates the content
 * config, would otherwise load and transform the reader, its validator and the page model a
 * second time (about 25 modules, 0.2 s of every build's content sync), only to be given the
 * result the config's instance already holds. Without an offer (the content config loaded on its
 * own), the reader is imported here.
 */
export async function catalogReader(): Promise<CatalogReader> {
	return (globalThis as Handoff)[HANDOFF_KEY] ?? (await import('./load.ts'));
}
