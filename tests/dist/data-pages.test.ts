import { describe, expect, it } from 'vitest';
import { CCXT_RELATION_INFO, ccxtDisagreements } from '../../src/ccxt/report.ts';
import { realCatalogs } from '../helpers/catalogs.ts';
import { loadJson, loadPage } from '../helpers/dist.ts';

const catalogs = realCatalogs();

describe('provenance, per-message guidance and CCXT on the pages', () => {
	it.each(catalogs.map((c) => [c.slug, c] as const))('/%s/ names its source with capture and check dates, and CCXT', (slug, catalog) => {
		const $ = loadPage(`/${slug}/`);
		const facts = $('.venue-facts').text().replace(/\s+/g, ' ');
		expect($(`.venue-facts a[href="${catalog.source.url}"]`).length).toBe(1);
		expect(facts).toContain(`captured ${catalog.source.captured}, last checked ${catalog.source.checked}`);
		expect($(`.venue-facts a[href="/changelog/#${slug}"]`).length).toBe(1);
		expect(facts).toContain(catalog.ccxt ? `CCXT ${catalog.ccxt.version}` : 'CCXT has no exchange class for this API');
		expect($(`.venue-facts a[href="/api/ccxt/${slug}.json"]`).length).toBe(1);
	});

	it('shows the ban message of -1008 with its own advice, apart from the venue text', () => {
		const $ = loadPage('/binance-options/');
		const items = $('article[id="-1008"] > ul > li');
		expect(items.length).toBe(4);
		expect(items.eq(0).find('.message-guidance').length).toBe(0);
		const ban = items.eq(3);
		expect(ban.find('.message').text()).toBe('Way too much request weight used; IP banned until %s. Please use the websocket for live updates to avoid bans.');
		expect(ban.find('.message-guidance .note-origin').text()).toBe('Site guidance for this message:');
		expect(ban.find('.message-guidance strong').text()).toBe('Do not retry');
		expect(ban.find('.message-guidance').text()).toContain('Wait: Not before the time the message states');
	});

	it('flags every code where CCXT raises a class a handler for the site\'s would miss, and shows CCXT\'s class beside the site\'s', () => {
		const pages = new Map<string, ReturnType<typeof loadPage>>();
		for (const catalog of catalogs) {
			for (const entry of catalog.entries) {
				// The page that holds the entry: the venue page, or a split venue's group page (each parsed once).
				const path = entry.pageHref.slice(0, entry.pageHref.indexOf('#'));
				if (!pages.has(path)) pages.set(path, loadPage(path));
				const $ = pages.get(path)!;
				const article = $(`article[id="${entry.code}"]`);
				const flagged = entry.ccxtActual?.relation === 'broader' || entry.ccxtActual?.relation === 'different';
				expect(article.find('.guidance__ccxt').length, `${catalog.slug} ${entry.code}`).toBe(flagged ? 1 : 0);
				const actual = article.find('.ccxt-actual');
				expect(actual.length).toBe(entry.ccxtActual ? 1 : 0);
				if (entry.ccxtActual) {
					for (const name of entry.ccxtActual.classes) expect(actual.text()).toContain(name);
					// A flagged relation is labelled once, on the row; the others in the details.
					const label = CCXT_RELATION_INFO[entry.ccxtActual.relation].label;
					expect((flagged ? article.find('.guidance__ccxt') : actual).text()).toContain(label);
					if (flagged) expect(actual.text()).not.toContain(label);
					// Said once for the page, not on every entry: the release and exchange class (in the intro of a venue page,
					// in the legend of a split venue's group page, which has no intro), and what the label means.
					const legend = $('.guidance-legend');
					const intro = $('.venue-facts');
					expect(intro.length).toBe(path === catalog.href ? 1 : 0);
					const namedIn = intro.length ? intro : legend;
					expect(namedIn.find('code').map((_, code) => $(code).text()).get()).toContain(entry.ccxtActual.exchange);
					expect(namedIn.text()).toContain(`CCXT ${entry.ccxtActual.version}`);
					expect(legend.text().includes(`CCXT ${entry.ccxtActual.version}`)).toBe(!intro.length);
					expect(legend.find('dd').map((_, dd) => $(dd).text()).get()).toContain(CCXT_RELATION_INFO[entry.ccxtActual.relation].meaning);
					expect(namedIn.find('a[href="/about/#ccxt"]').length).toBe(1);
				}
			}
		}
		expect(loadPage('/binance-options/')('article[id="-1111"] .guidance__ccxt').text()).toBe('CCXT differs');
	});

	it('lists every disagreement on /about/ccxt/ with both classes, codes that differ alike on one row, linked from /about/#ccxt', () => {
		const about = loadPage('/about/');
		expect(about('h2#ccxt').nextAll('p').find('a[href="/about/ccxt/"]').length).toBe(1);
		expect(about('#licence').nextAll('ul').first().text()).toContain('CC BY 4.0');
		const $ = loadPage('/about/ccxt/');
		expect($('a[href="/about/#ccxt"]').length).toBeGreaterThan(0);
		const expected = ccxtDisagreements(catalogs);
		expect(expected.length).toBeGreaterThan(0);
		const shown = new Map<string, { siteClass: string; category: string; ccxtClasses: string; venue: string; relation: string }>();
		$('.ccxt-table tbody tr').each((_, row) => {
			const cells = $(row).find('td');
			for (const link of cells.eq(0).find('a').toArray()) {
				const href = $(link).attr('href')!;
				expect(shown.has(href), `${href} on one row only`).toBe(false);
				shown.set(href, {
					venue: cells.eq(0).find('.ccxt-table__note').text(),
					siteClass: cells.eq(1).find('code').text(),
					category: cells.eq(1).find('a').attr('href')!,
					ccxtClasses: cells.eq(2).text(),
					relation: cells.eq(3).text(),
				});
			}
		});
		expect(shown.size).toBe(expected.length);
		// Fewer rows than codes: the folding is what keeps the page light, and each row is one pattern.
		expect($('.ccxt-table tbody tr').length).toBeLessThan(expected.length);
		for (const { catalog, entry, relation } of expected) {
			// Straight to the page that holds the code (a split venue's group page), with both classes.
			expect(shown.get(entry.pageHref), entry.pageHref).toEqual({
				siteClass: entry.ccxt,
				category: `/compare/${entry.category}/`,
				ccxtClasses: entry.ccxtActual!.classes.join(', '),
				venue: catalog.title,
				relation: CCXT_RELATION_INFO[relation].label,
			});
		}
	});

	it('publishes the changelog: every venue\'s initial capture, linked from each venue page, as in the export', () => {
		const $ = loadPage('/changelog/');
		const changelog = loadJson('api/changelog.json');
		expect($('.release').length).toBe(changelog.releases.length);
		for (const catalog of catalogs) {
			const item = $(`li[id="${catalog.slug}"]`);
			expect(item.length, catalog.slug).toBe(1);
			expect(item.find(`a[href="${catalog.href}"]`).length).toBe(1);
		}
		expect(changelog.dataVersion).toBe($('p strong time').attr('datetime'));
		expect(loadJson('api/catalogs.json').dataVersion).toBe(changelog.dataVersion);
	});
});
