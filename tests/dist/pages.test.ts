import { describe, expect, it } from 'vitest';
import { realCatalogs } from '../helpers/catalogs.ts';
import { loadJson, loadPage } from '../helpers/dist.ts';

const catalogs = realCatalogs();

describe.each(catalogs.map((c) => [c.slug, c] as const))('built page /%s/', (slug, catalog) => {
	const $ = loadPage(`/${slug}/`);
	const ids = $('[id]').map((_, el) => $(el).attr('id')).get();

	it('has exactly one element per code, whose id is the code exactly as sent', () => {
		for (const entry of catalog.entries) {
			expect(ids.filter((id) => id === entry.code), entry.code).toHaveLength(1);
		}
	});

	it('has no duplicate ids at all', () => {
		expect(ids.length).toBe(new Set(ids).size);
	});

	it('shows every message of each code verbatim, in order, inside its entry and group', () => {
		const entries = $('article.code-entry');
		expect(entries.length).toBe(catalog.entries.length);
		entries.each((index, element) => {
			const expected = catalog.entries[index];
			const article = $(element);
			expect(article.attr('id')).toBe(expected.code);
			expect(article.find('.code-entry__code').text()).toBe(expected.code);
			expect(article.find('.code-entry__name').text() || undefined).toBe(expected.name);
			expect(article.find('.code-entry__messages .message').map((_, m) => $(m).text()).get()).toEqual(expected.messages);
			expect(article.closest('section.code-group').find('h2').attr('id')).toBe(expected.groupId);
		});
	});

	it('gives every code a permalink and a copy-link control (which copies the permalink: the same markup in every entry)', () => {
		for (const entry of catalog.entries) {
			const article = $('article.code-entry').filter((_, el) => $(el).attr('id') === entry.code);
			expect(article.find('a.code-entry__permalink').attr('href')).toBe(entry.href);
			expect(article.find('button[data-copy-link]')).toHaveLength(1);
		}
	});

	it('links every group from its own group index (the venue page has no right-hand contents column)', () => {
		const links = $('nav.group-index a').map((_, a) => $(a).attr('href')).get();
		expect(links).toEqual(catalog.groups.map((g) => `/${slug}/#${g.id}`));
		expect($('nav.group-index .group-index__count').map((_, c) => $(c).text()).get()).toEqual(catalog.groups.map((g) => String(g.entries.length)));
		expect($('starlight-toc').length).toBe(0);
	});

	it('keeps the sidebar to one link per venue, without its groups', () => {
		const sidebarLinks = $('#starlight__sidebar a').map((_, a) => $(a).attr('href')).get();
		expect(sidebarLinks.filter((href) => href.includes('#'))).toEqual([]);
		expect(sidebarLinks.filter((href) => /^\/[a-z0-9-]+\/$/.test(href) && catalogs.some((c) => c.href === href))).toHaveLength(catalogs.length);
	});

	it('labels the site\'s additions apart from the venue text', () => {
		expect($('.guidance .guidance__origin').length).toBe(catalog.entries.length);
		expect($('.guidance__origin').first().text()).toBe('Site guidance');
		expect($('.code-group__rule').first().text()).toMatch(catalog.grouping === 'venue' ? new RegExp(`^${catalog.venue}'s own grouping`) : /^Site grouping/);
		expect($('.guidance-legend').text()).toContain("this site's guidance");
	});

	it('states the same counts as the export, the sidebar and the home page', () => {
		const exported = loadJson(`api/${slug}.json`);
		expect(exported.counts).toEqual({ codes: catalog.entries.length, messages: catalog.messageCount });
		expect($('.venue-facts dd').first().text()).toContain(`${catalog.entries.length} codes, ${catalog.messageCount} messages`);
		expect($('#starlight__sidebar a').filter((_, a) => $(a).attr('href') === `/${slug}/`).text().trim()).toBe(`${catalog.title} (${catalog.entries.length})`);
		const home = loadPage('/');
		const card = home('.venue-card').filter((_, el) => home(el).find('h3 a').attr('href') === `/${slug}/`);
		expect(card.find('.venue-card__count').text()).toMatch(new RegExp(`^${catalog.entries.length} codes`));
	});
});

describe('JSON export', () => {
	it.each(catalogs.map((c) => [c.slug, c] as const))('/api/%s.json carries every code with the same strings', (slug, catalog) => {
		const exported = loadJson(`api/${slug}.json`);
		expect(exported.slug).toBe(slug);
		expect(exported.codes.map((c: { code: string }) => c.code)).toEqual(catalog.entries.map((e) => e.code));
		for (const [index, code] of exported.codes.entries()) {
			const entry = catalog.entries[index];
			expect(typeof code.code).toBe('string');
			expect(code.messages).toEqual(entry.messages);
			expect(code.name).toBe(entry.name ?? null);
			expect(code.group).toBe(entry.groupId);
			expect(new URL(code.url).pathname + new URL(code.url).hash).toBe(entry.href);
		}
	});

	it('/api/catalogs.json indexes every venue with its counts', () => {
		const index = loadJson('api/catalogs.json');
		expect(index.catalogs.map((c: { slug: string }) => c.slug).sort()).toEqual(catalogs.map((c) => c.slug).sort());
		expect(index.counts).toEqual({ codes: 501, messages: 517 });
	});
});
