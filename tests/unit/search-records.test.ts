import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { syntheticCatalogs } from '../../support/synthetic-catalogs.ts';
import { buildCatalog } from '../../src/catalog/model.ts';
import { SEARCH_DOCUMENT_KIND } from '../../src/search/metadata.ts';
import { CODES_PER_RECORD, codeSearchRecords } from '../../src/search/records.ts';
import { validateCatalogSource } from '../../src/catalog/validate.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

const [large] = syntheticCatalogs(2_000).map((v) => buildCatalog(v.slug, validateCatalogSource(`src/content/catalogs/${v.slug}.yaml`, v.yaml).data!));
const catalogs = [...realCatalogs(), large];
const records = codeSearchRecords(catalogs);

describe('search documents', () => {
	it('have one URL each (Pagefind keeps one document per URL)', () => {
		expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
	});

	it('hold every code once, as a section at its anchor on the page that shows it, a few codes per document', () => {
		const placed = new Map<string, string>();
		for (const record of records) {
			const $ = cheerio.load(record.content);
			const sections = $('h2[id]');
			expect(sections.length).toBeLessThanOrEqual(CODES_PER_RECORD);
			if (sections.length === 0) continue;
			expect($('[data-pagefind-meta="kind"]').text()).toBe(SEARCH_DOCUMENT_KIND);
			const page = $('[data-pagefind-meta="url"]').text();
			expect($('[data-pagefind-meta="venue[content]"]').attr('content')).toBe(catalogs.find((c) => page.startsWith(c.href))!.title);
			// Each code's messages, verbatim, for the result's excerpt.
			const excerpts = JSON.parse($('[data-pagefind-meta="excerpts[content]"]').attr('content')!) as Record<string, string[]>;
			expect(Object.keys(excerpts).sort()).toEqual(
				sections
					.toArray()
					.map((heading) => $(heading).attr('id')!)
					.sort(),
			);
			sections.each((_, heading) => {
				const id = $(heading).attr('id')!;
				expect(placed.has(`${page}#${id}`)).toBe(false);
				placed.set(`${page}#${id}`, $(heading).text());
			});
		}
		for (const catalog of catalogs) {
			for (const entry of catalog.entries) {
				const key = entry.pageHref.replace(/#.*$/, `#${entry.code}`);
				// The heading is the code and name only: the venue's name is metadata, kept out of the words a search matches.
				expect(placed.get(key), `${catalog.slug} ${entry.code}`).toBe(entry.name ? `${entry.code} ${entry.name}` : entry.code);
			}
		}
		expect(placed.size).toBe(catalogs.reduce((n, c) => n + c.entries.length, 0));
	});

	it('name each venue in a document of its own at the venue page', () => {
		for (const catalog of catalogs) {
			const venue = records.filter((r) => r.url === `${catalog.href}venue/`);
			expect(venue).toHaveLength(1);
			const $ = cheerio.load(venue[0].content);
			expect($('[data-pagefind-meta="url"]').text()).toBe(catalog.href);
			expect($('body').text()).toContain(catalog.summary);
		}
	});
});
