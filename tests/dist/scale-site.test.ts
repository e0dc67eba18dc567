import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCatalogs } from '../../support/synthetic-catalogs.ts';
import { CODES_PER_PART } from '../../src/catalog/model.ts';
import { COMPARE_CODES_PER_VENUE } from '../../src/views/compare.ts';
import { SIDEBAR_VENUES } from '../../src/views/sidebar.ts';
import { launchChromium, PHONE } from '../helpers/browser.ts';
import { freePort } from '../../support/free-port.ts';
import { buildProject, copyProject } from '../../support/project-copy.ts';

/**
 * A copy of the site with synthetic venues beside the real five: one of 2,000 codes (split into
 * group pages) and enough small ones to pass the sidebar's venue limit. Built once, read as
 * HTML, and visited in Chromium: deep links to the large venue must still land on the code.
 */
const venues = syntheticCatalogs(3_500, { size: 150 });
const large = venues[0];
let root: string;
let server: Awaited<ReturnType<typeof preview>>;
let base: string;
let browser: Browser;

beforeAll(async () => {
	root = copyProject('.fixture-scale-site-');
	for (const venue of venues) writeFileSync(join(root, 'src/content/catalogs', `${venue.slug}.yaml`), venue.yaml);
	const built = buildProject(root);
	if (built.status !== 0) throw new Error(`fixture build failed:\n${built.output.slice(-6000)}`);
	const port = await freePort();
	server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
	base = `http://127.0.0.1:${port}`;
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (root) rmSync(root, { recursive: true, force: true });
});

const page = (path: string) => cheerio.load(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));

describe('a site with a 2,000-code venue and many venues', () => {
	it('makes the large venue page an overview whose group index leads to pages holding every code once', () => {
		const $ = page(`/${large.slug}/`);
		expect($('article.code-entry').length).toBe(0);
		const links = $('nav.group-index a').map((_, a) => $(a).attr('href')).get();
		expect(links.length).toBeGreaterThan(0);
		const seen: string[] = [];
		for (const path of new Set(links)) {
			const part = page(path);
			const codes = part('article.code-entry').map((_, a) => part(a).attr('id')).get();
			expect(codes.length).toBeLessThanOrEqual(CODES_PER_PART);
			expect(part('[data-venue-page]').attr('data-venue-page')).toBe(large.slug);
			seen.push(...codes);
		}
		expect(seen.sort()).toEqual([...large.codes].sort());
	});

	it('keeps every page\'s sidebar to a single venues link past the limit', () => {
		expect(venues.length + 5).toBeGreaterThan(SIDEBAR_VENUES);
		for (const path of ['/', '/webull/', `/${large.slug}/`]) {
			const $ = page(path);
			const links = $('#starlight__sidebar a').map((_, a) => $(a).attr('href')).get();
			expect(links).toContain('/#venues');
			expect(links.some((href) => href.startsWith('/synthetic-'))).toBe(false);
		}
	});

	it('shows a few codes per venue on a compare page, each linked to where it is, and the rest one link away', () => {
		const $ = page('/compare/system/');
		const rows = $('.compare-table tbody tr');
		expect(rows.length).toBeGreaterThan(venues.length);
		rows.each((_, row) => expect($(row).find('.compare-codes li').length).toBeLessThanOrEqual(COMPARE_CODES_PER_VENUE));
		const largeRow = rows.filter((_, row) => $(row).find('th a').attr('href') === `/${large.slug}/`);
		expect(largeRow.find('.compare-codes a').first().attr('href')).toMatch(new RegExp(`^/${large.slug}/[a-z0-9-]+/(\\d+/)?#\\d+$`));
		expect(largeRow.find('.compare-codes__all').attr('href')).toBe(`/${large.slug}/`);
	});

	it('lands a permanent deep link /<venue>/#<code> on the code\'s group page, on a phone', async () => {
		const context = await browser.newContext(PHONE);
		const tab = await context.newPage();
		const code = large.codes[1_234];
		await tab.goto(`${base}/${large.slug}/#${code}`);
		await tab.waitForURL(new RegExp(`/${large.slug}/[a-z0-9-]+/(\\d+/)?#${code}$`));
		await tab.waitForFunction((id) => {
			const entry = document.getElementById(id);
			return entry !== null && entry.getBoundingClientRect().top >= 0 && entry.getBoundingClientRect().top < innerHeight;
		}, code);
		expect(await tab.locator('[data-anchor-notice]').isVisible()).toBe(false);
		await context.close();
	});

	it('says so when the code is not the venue\'s', async () => {
		const tab = await browser.newPage();
		await tab.goto(`${base}/${large.slug}/#NO_SUCH_CODE_ANYWHERE`);
		await tab.locator('.anchor-notice__missing').waitFor({ state: 'visible' });
		expect(await tab.locator('.anchor-notice__missing').textContent()).toContain('NO_SUCH_CODE_ANYWHERE');
		await tab.close();
	});
});
