import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium, PHONE } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function open(path: string, device = DESKTOP, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await browser.newContext({ ...device, ...options });
	const page = await context.newPage();
	await page.goto(baseUrl() + path);
	await page.waitForLoadState('load');
	return page;
}
const visibleCodes = (page: Page) => page.locator('article.code-entry:not([hidden])').evaluateAll((els) => els.filter((el) => !el.closest('[hidden]')).map((el) => el.id));
const screens = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight / innerHeight);

describe('page heights (goals: /webull/ ≤ 20 phone and ≤ 8 desktop screens; /compare/ ≤ a third of 15,903 px)', () => {
	it.each([
		['/webull/', PHONE, 20],
		['/webull/', DESKTOP, 8],
	] as const)('%s fits its goal', async (path, device, goal) => {
		const page = await open(path, device);
		expect(await screens(page)).toBeLessThanOrEqual(goal);
		await page.context().close();
	});

	it.each([PHONE, DESKTOP])('/compare/ is at most a third of its old length', async (device) => {
		const page = await open('/compare/', device);
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(15_903 / 3);
		await page.context().close();
	});
});

describe('filters', () => {
	it('filter as you type, say how many show, and put the filter in the URL', async () => {
		const page = await open('/webull/');
		await page.locator('#code-lookup-webull').fill('buying power');
		await expect.poll(() => visibleCodes(page)).toContain('ORDER_BUYING_POWER_NOT_ENOUGH');
		const shown = await visibleCodes(page);
		expect(shown.length).toBeLessThan(10);
		expect(await page.locator('[data-filter-status]').textContent()).toBe(`Showing ${shown.length} of 235 codes.`);
		expect(new URL(page.url()).searchParams.get('q')).toBe('buying power');
		// Groups with nothing left are hidden.
		expect(await page.locator('section.code-group:not([hidden])').count()).toBeLessThan(7);
		await page.context().close();
	});

	it('combine category and retry chips, with counts, and a shared URL opens the same view', async () => {
		const page = await open('/webull/');
		await page.locator('button[data-filter-category="order-state"]').click();
		await page.locator('button[data-filter-retry="check-first"]').click();
		const shown = await visibleCodes(page);
		expect(shown).toEqual(expect.arrayContaining(['ORDER_PENDING_SUBMIT', 'ORDER_PENDING_CANCEL']));
		const categories = await page.locator('article.code-entry:not([hidden])').evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset.category + '/' + (el as HTMLElement).dataset.retry))]);
		expect(categories).toEqual(['order-state/check-first']);
		expect(await page.locator('button[data-filter-retry="check-first"] [data-count]').textContent()).toBe(String(shown.length));
		const shared = page.url();
		expect(new URL(shared).search).toBe('?category=order-state&retry=check-first');
		const again = await open(new URL(shared).pathname + new URL(shared).search);
		expect(await visibleCodes(again)).toEqual(shown);
		expect(await again.locator('button[data-filter-category="order-state"]').getAttribute('aria-pressed')).toBe('true');
		await page.context().close();
		await again.context().close();
	});

	it('without JavaScript, lists every code and shows no dead control', async () => {
		const page = await open('/webull/?category=order-state', DESKTOP, { javaScriptEnabled: false });
		expect(await page.locator('article.code-entry').count()).toBe(235);
		expect(await page.locator('article.code-entry[hidden]').count()).toBe(0);
		expect(await page.locator('[data-venue-chips]').isVisible()).toBe(false);
		expect(await page.locator('[data-view-toggle]').isVisible()).toBe(false);
		// Details are open and the box is a plain lookup form.
		expect(await page.locator('article[id="ORDER_NOT_FOUND"] [data-details]').isVisible()).toBe(true);
		expect(await page.locator('form[data-venue-tools]').getAttribute('action')).toBe('/lookup/');
		await page.context().close();
	});

	it('Enter in the box looks the paste up, preferring this venue', async () => {
		const page = await open('/lbank-futures/');
		await page.locator('#code-lookup-lbank-futures').fill('0');
		await page.locator('#code-lookup-lbank-futures').press('Enter');
		await page.waitForURL('**/lbank-futures/#0');
		await page.context().close();
	});
});

describe('deep links into the table view', () => {
	it.each([PHONE, DESKTOP])('land on the entry, highlight it, open its details, under the venue name', async (device) => {
		const page = await open('/webull/#ORDER_NOT_FOUND', device);
		const entry = page.locator('article[id="ORDER_NOT_FOUND"]');
		await expect.poll(() => entry.getAttribute('data-expanded')).toBe('');
		expect(await entry.locator('[data-details]').isVisible()).toBe(true);
		expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
		const box = await entry.boundingBox();
		expect(box!.y).toBeGreaterThan(0);
		expect(box!.y).toBeLessThan(await page.evaluate(() => innerHeight));
		// The sticky heading above it names the venue and is on screen.
		const heading = page.locator('section.code-group:has(article[id="ORDER_NOT_FOUND"]) h2');
		expect(await heading.textContent()).toContain('Webull OpenAPI');
		const headingBox = await heading.boundingBox();
		expect(headingBox!.y + headingBox!.height).toBeLessThanOrEqual(box!.y + 1);
		await page.context().close();
	});

	it('clears a filter that would hide the linked entry', async () => {
		const page = await open('/webull/?category=funds-transfer#ORDER_NOT_FOUND');
		await expect.poll(() => page.locator('article[id="ORDER_NOT_FOUND"]').isVisible()).toBe(true);
		expect(new URL(page.url()).search).toBe('');
		await page.context().close();
	});

	it('keeps the chosen view across a reload', async () => {
		const page = await open('/binance-options/');
		expect(await page.evaluate(() => document.documentElement.dataset.venueView)).toBeUndefined();
		await page.locator('[data-view-toggle]').click();
		expect(await page.evaluate(() => document.documentElement.dataset.venueView)).toBe('cards');
		expect(await page.locator('article[id="-1121"] [data-details]').isVisible()).toBe(true);
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.venueView)).toBe('cards');
		expect(await page.locator('[data-view-toggle]').getAttribute('aria-pressed')).toBe('true');
		await page.context().close();
	});

	it('marks advice that departs from its category, and only that', async () => {
		const page = await open('/webull/');
		const overridden = await page.locator('.guidance__retry--override').count();
		expect(overridden).toBeGreaterThan(0);
		expect(overridden).toBeLessThan(40);
		expect(await page.locator('article[id="ORDER_PENDING_SUBMIT"] .guidance__retry--override').count()).toBe(1);
		expect(await page.locator('article[id="ORDER_NOT_FOUND"] .guidance__retry--override').count()).toBe(0);
		await page.context().close();
	});
});

describe('/compare/', () => {
	it('shows messages without hover on a category page, reached from the overview, the select and an old filtered URL', async () => {
		const page = await open('/compare/?category=insufficient-funds', PHONE);
		await page.waitForURL('**/compare/insufficient-funds/');
		const table = page.locator('table#insufficient-funds');
		expect(await table.locator('.compare-codes').first().textContent()).toContain('Balance is insufficient.');
		await page.goto(page.url().replace(/insufficient-funds\/$/, ''));
		expect(await page.locator('[data-compare-category]').count()).toBe(16);
		await page.locator('#compare-category').selectOption('rate-limit');
		expect(page.url()).not.toContain('rate-limit');
		await page.locator('[data-compare-filter] button[type=submit]').click();
		await page.waitForURL('**/compare/rate-limit/');
		expect(await page.locator('table#rate-limit tbody tr').count()).toBeGreaterThan(0);
		await page.context().close();
	});
});
