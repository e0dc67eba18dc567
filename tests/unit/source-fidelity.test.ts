import { describe, expect, it } from 'vitest';
import { realCatalogs } from '../helpers/catalogs.ts';
import { SEED_READERS, seedPath, seedText } from '../helpers/seeds.ts';

// The Rust-error-index style check: every code of every source document is in its catalog,
// with every message verbatim, and the catalogs hold nothing the sources do not.
describe('catalogs against the source documents', () => {
	const catalogs = new Map(realCatalogs().map((catalog) => [catalog.slug, catalog]));

	it('has a catalog for each source document, and a source document for each catalog', () => {
		for (const slug of Object.keys(SEED_READERS)) expect(catalogs.has(slug), slug).toBe(true);
		for (const slug of catalogs.keys()) expect(seedPath(slug), `sources/${slug}.*`).toBeDefined();
	});

	// A venue with no reader of its own layout yet is still held to its saved page: every code and
	// every message it publishes must occur in sources/<slug>.txt exactly as written. This cannot
	// prove the converse (that nothing of the page is missing): a reader of its layout does that.
	describe.each([...catalogs.keys()].filter((slug) => !(slug in SEED_READERS)))(
		'%s (no reader of its layout: checked word for word against its saved page)',
		(slug) => {
			it('quotes every code and message from sources/', () => {
				const text = seedText(slug);
				for (const entry of catalogs.get(slug)!.entries) {
					expect(text.includes(entry.code), `code ${entry.code}`).toBe(true);
					for (const message of entry.messages) expect(text.includes(message), `message of ${entry.code}: ${message}`).toBe(true);
				}
			});
		},
	);

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

		it('keeps the sections each message is listed in, and the codes struck through as deprecated', () => {
			const entries = new Map(catalog.entries.map((entry) => [entry.code, entry]));
			const groupTitle = new Map(catalog.groups.map((group) => [group.id, group.title]));
			for (const source of seed) {
				const entry = entries.get(source.code)!;
				expect(entry.deprecated, `deprecated ${source.code}`).toBe(source.deprecated === true);
				if (!source.sections) continue;
				// A message listed only in the code's own group names no sections.
				const own = groupTitle.get(entry.groupId)!;
				expect(
					entry.variants.map((variant) => (variant.sections.length > 0 ? variant.sections : [own])),
					`sections of ${source.code}`,
				).toEqual(source.sections);
			}
		});

		it('adds no code the source does not have', () => {
			expect(catalog.entries.map((e) => e.code).sort()).toEqual(seed.map((s) => s.code).sort());
		});

		it('notes every code the source lists more than once', () => {
			for (const source of seed.filter((s) => s.listed > 1)) {
				const entry = catalog.entries.find((e) => e.code === source.code)!;
				expect(entry.notes.join(' ')).toMatch(/listed (twice|three times|\d+ times)/i);
			}
		});
	});

	// The totals the handed-over documents state (../shared/seeds/README.md); a venue added later has its own reader's count.
	it.each([
		['webull', 235, 235],
		['mexc-futures', 72, 72],
		['lbank-futures', 94, 94],
		['coinflex', 53, 53],
		['binance-options', 47, 63],
		// The issue that added them: about 106 codes and 326 messages; about 706 codes (with the 5 HTTP statuses, 429 also a code: 710).
		['binance-spot', 106, 326],
		['bybit-v5', 710, 725],
	] as const)('%s reaches the totals of its source: %i codes, %i messages', (slug, codes, messages) => {
		expect(catalogs.get(slug)!.entries.length).toBe(codes);
		expect(catalogs.get(slug)!.messageCount).toBe(messages);
	});
});
