import { describe, expect, it } from 'vitest';
import { realCatalogs } from '../helpers/catalogs.ts';
import { SEED_READERS } from '../helpers/seeds.ts';

// The Rust-error-index style check: every code of every source document is in its catalog,
// with every message verbatim, and the catalogs hold nothing the sources do not.
describe('catalogs against the source documents', () => {
	const catalogs = new Map(realCatalogs().map((catalog) => [catalog.slug, catalog]));

	it('has a catalog for each source document', () => {
		expect([...catalogs.keys()].sort()).toEqual(Object.keys(SEED_READERS).sort());
	});

	describe.each(Object.entries(SEED_READERS))('%s', (slug, readSeed) => {
		const seed = readSeed();
		const catalog = catalogs.get(slug)!;

		it('carries every source code with its messages verbatim, in source order', () => {
			const entries = new Map(catalog.entries.map((entry) => [entry.code, entry]));
			for (const source of seed) {
				const entry = entries.get(source.code);
				expect(entry, `code ${source.code}`).toBeDefined();
				expect(entry!.messages, `messages of ${source.code}`).toEqual(source.messages);
				if (source.name) expect(entry!.name).toBe(source.name);
			}
		});

		it('adds no code the source does not have', () => {
			expect(catalog.entries.map((e) => e.code).sort()).toEqual(seed.map((s) => s.code).sort());
		});

		it('notes every code the source lists more than once', () => {
			for (const source of seed.filter((s) => s.listed > 1)) {
				const entry = catalog.entries.find((e) => e.code === source.code)!;
				expect(entry.notes.join(' ')).toMatch(/listed twice/i);
			}
		});
	});

	it('reaches the totals of the source: 501 codes and 517 messages', () => {
		const all = [...catalogs.values()];
		expect(all.reduce((n, c) => n + c.entries.length, 0)).toBe(501);
		expect(all.reduce((n, c) => n + c.messageCount, 0)).toBe(517);
		expect(Object.fromEntries(all.map((c) => [c.slug, c.entries.length]))).toEqual({
			webull: 235,
			'mexc-futures': 72,
			'lbank-futures': 94,
			coinflex: 53,
			'binance-options': 47,
		});
		expect(catalogs.get('binance-options')!.messageCount).toBe(63);
	});
});
