import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium, PAGES, PHONE } from '../helpers/browser.ts';
import { countText } from '../../src/catalog/codes.ts';
import { realCatalogs } from '../helpers/catalogs.ts';
import { isReachable } from '../helpers/rendered.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('copy link', () => {
	it('puts the full deep-link URL on the clipboard', async () => {
		const context = await browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/coinflex/`);
		// In the table view the copy control is in the entry's details, opened by following its code.
		await page.locator('article[id="05001"] a.code-entry__permalink').click();
		const button = page.locator('article[id="05001"] button[data-copy-link]');
		await button.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/coinflex/#05001`);
		await expect.poll(() => button.textContent()).toContain('Copied');
		await context.close();
	});
});

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
	it.each(PAGES)('%s: applies the theme and never scrolls sideways at 375 px', async (path) => {
		const context = await browser.newContext(PHONE);
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		await page.goto(baseUrl() + path);
		// The theme a reader sees: the page's background is light or dark.
		const lightness = await page.evaluate(() => {
			const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
			return (r + g + b) / 3;
		});
		if (theme === 'light') expect(lightness).toBeGreaterThan(200);
		else expect(lightness).toBeLessThan(60);
		const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
		expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
		await context.close();
	});
});

describe('every page', () => {
	it.each(PAGES)('%s: no console errors and no request leaving the site', async (path) => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		const errors: string[] = [];
		const foreign: string[] = [];
		page.on('console', (message) => message.type() === 'error' && !(path === '/no-such-page/' && /404/.test(message.text())) && errors.push(message.text()));
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('request', (request) => new URL(request.url()).origin !== baseUrl() && !request.url().startsWith('data:') && foreign.push(request.url()));
		await page.goto(baseUrl() + path);
		await page.waitForLoadState('networkidle');
		// Open search too: it loads Pagefind's bundle on demand.
		await page.keyboard.press('Control+k');
		await page.locator('#site-search-input').fill('order');
		await page.waitForSelector('[data-text-results] a');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('answers an unknown path with the 404 page', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		const response = await page.goto(`${baseUrl()}/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.locator('main a[href="/lookup/"]').count()).toBe(1);
		await context.close();
	});

	it('lists every venue with its count on the 404 page, in reach of a tap on a phone, without the menu', async () => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/no-such-page/`);
		for (const catalog of realCatalogs()) {
			const link = page.locator(`main a[href="${catalog.href}"]`);
			await link.scrollIntoViewIfNeeded();
			expect(await isReachable(link), catalog.href).toBe(true);
			expect(await link.evaluate((a) => a.parentElement!.innerText)).toBe(`${catalog.title} (${countText(catalog.entries.length)})`);
		}
		await context.close();
	});
});
