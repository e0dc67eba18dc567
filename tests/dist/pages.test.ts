import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/integrations/built-files.ts';
import { realCatalogs } from '../helpers/catalogs.ts';
import { loadJson, loadPage } from '../helpers/dist.ts';

const catalogs = realCatalogs();
/** Every built page's path. */
const builtPages = filesUnder('dist', '.html').map((file) => `/${relative('dist', file)}`.replace(/index\.html$/, ''));

describe.each(catalogs.map((c) => [c.slug, c] as const))('built page /%s/', (slug, catalog) => {
	const $ = loadPage(`/${slug}/`);
	const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
	// The pages that hold the codes: the venue page, or a split venue's group pages.
	const holdingPaths = catalog.split ? catalog.parts.map((part) => part.path) : [catalog.href];
	const holding = holdingPaths.map((path) => loadPage(path));
	const entryIds = holding.flatMap((page) => page('[id]').map((_, el) => page(el).attr('id')).get());

	it('has exactly one element per code, whose id is the code exactly as sent', () => {
		for (const entry of catalog.entries) {
			expect(entryIds.filter((id) => id === entry.code), entry.code).toHaveLength(1);
		}
	});

	// The build does not read its pages back for this: the catalog check's rules (unique codes, slugs
	// no route owns) make it unreachable, and this is the proof, over every page a deep link names.
	it("holds each code's entry on the page its deep link names, as the only element with its id there", () => {
		const pages = new Map(holding.map((page, i) => [holdingPaths[i], page]));
		for (const entry of catalog.entries) {
			const page = pages.get(entry.pageHref.slice(0, entry.pageHref.indexOf('#')));
			expect(page, entry.pageHref).toBeDefined();
			const withId = page!('[id]').filter((_, el) => page!(el).attr('id') === entry.code);
			expect(withId.length, entry.code).toBe(1);
			expect(withId.is('article.code-entry'), entry.code).toBe(true);
		}
	});

	it('has no duplicate ids at all', () => {
		expect(ids.length).toBe(new Set(ids).size);
	});

	it('shows every message of each code verbatim, in order, inside its entry and group (a set\'s once, in its list)', () => {
		const articles = holding.flatMap((page) => page('article.code-entry').map((_, element) => ({ page, article: page(element) })).get());
		expect(articles.length).toBe(catalog.entries.length);
		articles.forEach(({ page, article }, index) => {
			const expected = catalog.entries[index];
			expect(article.attr('id')).toBe(expected.code);
			expect(article.find('a.code-entry__permalink > code').text()).toBe(expected.code);
			expect(article.find('.code-entry__name').text() || undefined).toBe(expected.name);
			const own = expected.variants.filter((v) => v.set === null).map((v) => v.text);
			expect(article.children('ul').find('.message').map((_, m) => page(m).text()).get()).toEqual(own);
			expect(article.closest('section.code-group').find('h2').attr('id')).toBe(expected.groupId);
			// The set's messages: in its list, on the page, and linked from the entry.
			for (const set of expected.messageSets) {
				expect(article.find(`a[href="${set.href}"]`).length).toBe(1);
				const list = page(`section.message-set:has(h2[id="${set.id}"]) .message`).map((_, m) => page(m).text()).get();
				expect(list).toEqual(set.variants.map((v) => v.text));
			}
			expect([...own, ...expected.messageSets.flatMap((set) => set.variants.map((v) => v.text))]).toEqual(expected.messages);
		});
	});

	it('gives every code a permalink and a copy-link control (which copies the permalink: the same markup in every entry)', () => {
		// Each entry's article, found once (a split venue has hundreds on each page).
		const articles = new Map(holding.flatMap((page) => page('article.code-entry').map((_, el) => [[page(el).attr('id')!, page(el)] as const]).get()));
		for (const entry of catalog.entries) {
			const article = articles.get(entry.code)!;
			// The permalink goes to the entry on its page; on a split venue's group page it also names the permanent link, which is what is copied.
			const permalink = article.find('a.code-entry__permalink');
			expect(permalink.attr('href')).toBe(entry.pageHref);
			expect(permalink.attr('data-permalink') ?? permalink.attr('href')).toBe(entry.href);
			expect(article.find('button[data-copy-link]')).toHaveLength(1);
		}
	});

	it('links every group from its own group index (the venue page has no right-hand contents column)', () => {
		const links = $('nav.group-index a').map((_, a) => $(a).attr('href')).get();
		// A group's heading on the page, or a split venue's group page.
		expect(links).toEqual(catalog.groups.map((g) => (catalog.split ? `/${slug}/${g.id}/` : `/${slug}/#${g.id}`)));
		expect($('nav.group-index .group-index__count').map((_, c) => $(c).text()).get()).toEqual(catalog.groups.map((g) => String(g.entries.length)));
		expect($('starlight-toc').length).toBe(0);
	});

	it('keeps the sidebar to one link per venue, without its groups', () => {
		const sidebarLinks = $('#starlight__sidebar a').map((_, a) => $(a).attr('href')).get();
		expect(sidebarLinks.filter((href) => href.includes('#'))).toEqual([]);
		expect(sidebarLinks.filter((href) => /^\/[a-z0-9-]+\/$/.test(href) && catalogs.some((c) => c.href === href))).toHaveLength(catalogs.length);
	});

	it("gives each group's estimate of its height its entries and the lines they take at the least", () => {
		// The estimate an off-screen group takes (src/styles/code-group.css): per entry, the code and its name or its messages and set links, whichever are more.
		for (const page of holding) {
			const groups = page('.code-group__entries');
			expect(groups.length).toBeGreaterThan(0);
			groups.each((_, group) => {
				const entries = page(group).find('article.code-entry');
				const lines = entries
					.map((_, entry) => Math.max(page(entry).find('.code-entry__name').length > 0 ? 2 : 1, page(entry).children('ul').first().children('li').length))
					.get()
					.reduce((sum: number, count: number) => sum + count, 0);
				expect(page(group).attr('style')).toBe(`--entries: ${entries.length}; --lines: ${lines}`);
			});
		}
	});

	it('labels the site\'s additions apart from the venue text', () => {
		// Each entry's labels are introduced to screen readers as the site's (the legend says so to everyone).
		expect(holding.reduce((n, page) => n + page('.guidance > .sr-only:first-child').filter((_, el) => page(el).text() === 'Site guidance').length, 0)).toBe(
			catalog.entries.length,
		);
		const first = holding[0];
		expect(first('.code-group__rule').first().text()).toMatch(catalog.grouping === 'venue' ? new RegExp(`^${catalog.venue}'s own grouping`) : /^Site grouping/);
		expect(first('.guidance-legend').text()).toContain("this site's guidance");
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
		expect(index.counts).toEqual({ codes: catalogs.reduce((n, c) => n + c.entries.length, 0), messages: catalogs.reduce((n, c) => n + c.messageCount, 0) });
	});
});

describe('the sidebar on every built page', () => {

	// Marked by Starlight per page; rendering pages concurrently (Astro's build.concurrency) once marked /about/ on /about/ccxt/.
	it.each(builtPages)('%s marks its own link as the current page, and no other', (path) => {
		const $ = loadPage(path);
		const current = $('#starlight__sidebar a[aria-current="page"]')
			.map((_, a) => $(a).attr('href'))
			.get();
		const own = $('#starlight__sidebar a')
			.map((_, a) => $(a).attr('href'))
			.get()
			.filter((href) => href === path);
		expect(current).toEqual(own);
	});
});

describe('the first paint of every built page', () => {

	// A target the page lacks would hold its first paint until the whole document is read.
	it.each(builtPages)('%s waits at least for the title heading, and only for elements the page has', (path) => {
		const $ = loadPage(path);
		const targets = $('head link[rel="expect"][blocking="render"]')
			.map((_, link) => decodeURIComponent($(link).attr('href')!.replace(/^#/, '')))
			.get();
		expect(targets.length).toBeGreaterThan(0);
		// Elements' ids in document order.
		const inOrder = $('body *')
			.map((_, element) => $(element).attr('id') ?? '')
			.get();
		expect(inOrder).toContain('_top');
		for (const id of targets) {
			expect($(`[id="${id}"]`).length, `#${id}`).toBe(1);
			expect(inOrder.indexOf(id), `#${id} comes at or after the title`).toBeGreaterThanOrEqual(inOrder.indexOf('_top'));
		}
	});
});
