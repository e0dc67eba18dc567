import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium, PHONE } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function openPage(path = '/', device = DESKTOP): Promise<Page> {
	const context = await browser.newContext(device);
	const page = await context.newPage();
	await page.goto(baseUrl() + path);
	// Starlight enables the search button once its script has run.
	await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
	return page;
}

/** Types a query into the open search dialog and returns the result links, best first. */
async function results(page: Page, query: string): Promise<string[]> {
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await input.fill(query);
	await page.waitForFunction(
		(q) => document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.includes(q) && document.querySelector('#starlight__search .pagefind-ui__result-link'),
		query,
	);
	return page.locator('#starlight__search .pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}

describe('search from the keyboard', () => {
	it.each([
		['-1121', ['/binance-options/#-1121']],
		['1121', ['/binance-options/#-1121']],
		['05001', ['/coinflex/#05001']],
		['2005', ['/mexc-futures/#2005']],
		['BAD_SYMBOL', ['/binance-options/#-1121']],
		['bad_symbol', ['/binance-options/#-1121']],
		['order_not_found', ['/webull/#ORDER_NOT_FOUND']],
		['ORDER_BUYING_POWER_NOT_ENOUGH', ['/webull/#ORDER_BUYING_POWER_NOT_ENOUGH']],
		['recvWindow', ['/binance-options/#-1021', '/binance-options/#-1131', '/coinflex/#100015']],
		['IP whitelist', ['/mexc-futures/#406']],
	])('Ctrl+K then %j shows the code first', async (query, expected) => {
		const page = await openPage();
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		const found = await results(page, query);
		expect(expected).toContain(found[0]);
		await page.context().close();
	});

	it('opens with "/", lands on the anchor when a result is clicked, and closes with Escape', async () => {
		const page = await openPage('/');
		await page.keyboard.press('/');
		await expect.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		const [first] = await results(page, 'BAD_SYMBOL');
		expect(first).toBe('/binance-options/#-1121');
		await page.locator('#starlight__search .pagefind-ui__result-link').first().click();
		await page.waitForURL('**/binance-options/#-1121');
		const top = await page.evaluate(() => document.getElementById('-1121')!.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(400);

		await page.keyboard.press('/');
		await expect.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		await page.context().close();
	});

	it('does not steal "/" from a text field', async () => {
		const page = await openPage('/');
		await page.keyboard.press('Control+k');
		await page.locator('#starlight__search input.pagefind-ui__search-input').fill('a/b');
		expect(await page.locator('#starlight__search input.pagefind-ui__search-input').inputValue()).toBe('a/b');
		await page.context().close();
	});

	it('shows the code with its venue as the title and the venue\'s message as the excerpt', async () => {
		const page = await openPage('/');
		await page.keyboard.press('Control+k');
		await results(page, 'BAD_SYMBOL');
		expect(await page.locator('#starlight__search .pagefind-ui__result-title').first().textContent()).toBe('-1121 BAD_SYMBOL · Binance Options API');
		expect(await page.locator('#starlight__search .pagefind-ui__result-excerpt').first().textContent()).toBe('Invalid symbol.');
		await page.context().close();
	});

	it('wraps the longest code in the results on a 375 px phone', async () => {
		const page = await openPage('/', PHONE);
		await page.locator('site-search button[data-open-modal]').click();
		await results(page, 'NO_MORE_THAN_FIVE_BANK_CARDS_ARE_ALLOWED_TO_BE_BOUND');
		const frame = await page.locator('site-search .dialog-frame').evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
		expect(frame.scroll).toBeLessThanOrEqual(frame.width);
		await page.context().close();
	});
});
