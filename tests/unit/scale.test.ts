import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticCatalogs } from '../../support/synthetic-catalogs.ts';
import { answerParsed, shardsFor } from '../../src/resolver/answer.ts';
import { buildCatalog, CODES_PER_PART, MAX_CODES_PER_PAGE, type Catalog } from '../../src/catalog/model.ts';
import { compareByCategory, COMPARE_CODES_PER_VENUE } from '../../src/views/compare.ts';
import { buildLookupData } from '../../src/resolver/shard-builder.ts';
import { indexShard, RecordIndex } from '../../src/resolver/record-index.ts';
import { parsePaste } from '../../src/resolver/paste.ts';
import { buildSidebar, SIDEBAR_VENUES } from '../../src/views/sidebar.ts';
import { validateCatalogSource } from '../../src/catalog/validate.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

/** Synthetic venues validated and modelled as the build does: every file must pass the check. */
function modelled(total: number): Catalog[] {
	return syntheticCatalogs(total).map((venue) => {
		const { data, problems } = validateCatalogSource(`src/content/catalogs/${venue.slug}.yaml`, venue.yaml);
		expect(problems, venue.slug).toEqual([]);
		return buildCatalog(venue.slug, data!);
	});
}

describe('a generated site of 20,000 codes', () => {
	const real = realCatalogs();
	const catalogs = [...real, ...modelled(20_000 - real.reduce((n, c) => n + c.entries.length, 0))];
	const { manifest, shards } = buildLookupData(catalogs);

	it('has the codes it was asked for, over many shards of a few KB', () => {
		expect(catalogs.reduce((n, c) => n + c.entries.length, 0)).toBe(20_000);
		expect(manifest.shards).toBeGreaterThan(100);
		// Gzip, as served: no key may gather a large part of the catalog (common words, crowded name prefixes).
		const sizes = shards.map((shard) => gzipSync(JSON.stringify(shard)).length).sort((a, b) => a - b);
		expect(sizes.at(-1)).toBeLessThan(16 * 1024);
		expect(sizes[sizes.length >> 1]).toBeLessThan(5 * 1024);
	});

	it("finds every code of every venue from only the shards its query hashes to, on that venue's page", () => {
		const missed: string[] = [];
		for (const catalog of catalogs) {
			for (const entry of catalog.entries) {
				const parsed = parsePaste(entry.code, manifest.venues);
				const index = new RecordIndex();
				for (const shard of shardsFor(parsed, manifest.shards)) indexShard(index, shards[shard]);
				const answer = answerParsed(parsed, index, manifest.venues, { venue: catalog.slug });
				const first = answer.kind === 'unique' ? answer.hit : answer.kind === 'candidates' ? answer.hits[0] : undefined;
				if (first?.record.venue !== catalog.slug || first.record.code !== entry.code || first.record.href !== entry.pageHref)
					missed.push(`${catalog.slug} ${entry.code}`);
			}
		}
		expect(missed).toEqual([]);
	});

	it('finds a code by its message filled in (every tenth code of each venue), from only its shards', () => {
		const missed: string[] = [];
		for (const catalog of catalogs.filter((c) => c.slug.startsWith('synthetic-'))) {
			for (const entry of catalog.entries.filter((_, i) => i % 10 === 0)) {
				const parsed = parsePaste(entry.messages[0].replace(/%s|\{value\}|\bxxx\b/g, '42'), manifest.venues);
				const index = new RecordIndex();
				for (const shard of shardsFor(parsed, manifest.shards)) indexShard(index, shards[shard]);
				const answer = answerParsed(parsed, index, manifest.venues);
				const hits = answer.kind === 'unique' ? [answer.hit] : answer.kind === 'candidates' ? answer.hits : [];
				if (!hits.some((hit) => hit.record.venue === catalog.slug && hit.record.code === entry.code)) missed.push(`${catalog.slug} ${entry.code}`);
			}
		}
		expect(missed).toEqual([]);
	});

	it('finds a named code by its name alone, across all venues', () => {
		const named = catalogs.flatMap((catalog) =>
			catalog.entries
				.filter((entry) => entry.name)
				.slice(0, 20)
				.map((entry) => ({ catalog, entry })),
		);
		for (const { catalog, entry } of named) {
			const parsed = parsePaste(entry.name!, manifest.venues);
			const index = new RecordIndex();
			for (const shard of shardsFor(parsed, manifest.shards)) indexShard(index, shards[shard]);
			const answer = answerParsed(parsed, index, manifest.venues);
			const hits = answer.kind === 'unique' ? [answer.hit] : answer.kind === 'candidates' ? answer.hits : [];
			expect(
				hits.some((hit) => hit.record.venue === catalog.slug && hit.record.code === entry.code),
				`${catalog.slug} ${entry.name}`,
			).toBe(true);
		}
	});

	it('keeps the sidebar and the compare pages from growing with the codes', () => {
		const sidebar = buildSidebar(catalogs);
		expect(catalogs.length).toBeGreaterThan(SIDEBAR_VENUES);
		expect(sidebar.at(-1)).toEqual({ label: 'Venues', items: [{ label: `All ${catalogs.length} venues`, link: '/#venues' }] });
		for (const comparison of compareByCategory(catalogs)) {
			for (const venue of comparison.venues) {
				expect(venue.entries.length).toBeLessThanOrEqual(COMPARE_CODES_PER_VENUE);
				expect(venue.count).toBe(catalogs.find((c) => c.slug === venue.slug)!.entries.filter((e) => e.category === comparison.category).length);
			}
		}
	});
});

describe('venue pages past MAX_CODES_PER_PAGE codes', () => {
	const [large] = modelled(2_000);
	const [small] = modelled(MAX_CODES_PER_PAGE);

	it('keep a venue of MAX_CODES_PER_PAGE codes on one page', () => {
		expect(small.split).toBe(false);
		expect(small.parts).toEqual([]);
		expect(small.entries.every((entry) => entry.pageHref === entry.href)).toBe(true);
	});

	it('split a larger venue into group pages of at most CODES_PER_PART codes, each code on exactly one', () => {
		expect(large.split).toBe(true);
		expect(large.parts.every((part) => part.entries.length > 0 && part.entries.length <= CODES_PER_PART)).toBe(true);
		const placed = large.parts.flatMap((part) => part.entries.map((entry) => entry.pageHref));
		expect(placed).toEqual(large.entries.map((entry) => entry.pageHref));
		for (const part of large.parts) {
			expect(part.path).toBe(part.part === 1 ? `/${large.slug}/${part.group.id}/` : `/${large.slug}/${part.group.id}/${part.part}/`);
			for (const entry of part.entries) {
				expect(entry.pageHref).toBe(`${part.path}#${entry.code}`);
				expect(entry.href).toBe(`/${large.slug}/#${entry.code}`);
			}
		}
		expect(large.groups.every((group) => group.href === `/${large.slug}/${group.id}/`)).toBe(true);
	});
});
