import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, dialogOpen, launchChromium, PHONE, SEARCH, searchResults } from '../helpers/browser.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function openPage(path = '/', device = DESKTOP): Promise<Page> {
	const context = await browser.newContext(device);
	const page = await context.newPage();
	await page.goto(baseUrl() + path);
	// The button is enabled once the dialog's script has run.
	await page.waitForSelector(SEARCH.button);
	return page;
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
		['0', ['/bybit-v5/uta/#0', '/lbank-futures/#0', '/mexc-futures/#0']],
	])('Ctrl+K then %j shows the code first', async (query, expected) => {
		const page = await openPage();
		await page.keyboard.press('Control+k');
		await expect.poll(() => dialogOpen(page)).toBe(true);
		const found = await searchResults(page, query);
		expect(expected).toContain(found[0]);
		await page.context().close();
	});

	it('shows code hits above full-text results, without repeating them', async () => {
		const page = await openPage();
		await page.keyboard.press('Control+k');
		const found = await searchResults(page, 'recvWindow');
		const codes = await page.locator(SEARCH.codeLinks).count();
		expect(new Set(found).size).toBe(found.length);
		expect(await page.locator(SEARCH.textLinks).count()).toBeGreaterThan(0);
		expect(codes + (await page.locator(SEARCH.textLinks).count())).toBe(found.length);
		await page.context().close();
	});

	it('opens with "/", lands on the anchor when a result is clicked, and closes with Escape', async () => {
		const page = await openPage('/');
		await page.keyboard.press('/');
		await expect.poll(() => dialogOpen(page)).toBe(true);
		const [first] = await searchResults(page, 'BAD_SYMBOL');
		expect(first).toBe('/binance-options/#-1121');
		await page.locator(SEARCH.links).first().click();
		await page.waitForURL('**/binance-options/#-1121');
		await expect.poll(() => dialogOpen(page)).toBe(false);
		const top = await page.evaluate(() => document.getElementById('-1121')!.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(400);

		await page.keyboard.press('/');
		await expect.poll(() => dialogOpen(page)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialogOpen(page)).toBe(false);
		await page.context().close();
	});

	it('goes to the best hit on Enter, and closes when a same-page result is followed', async () => {
		const page = await openPage('/binance-options/');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('-1121');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/binance-options/#-1121');
		await expect.poll(() => dialogOpen(page)).toBe(false);
		await page.context().close();
	});

	it('does not steal "/" from a text field', async () => {
		const page = await openPage('/');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('a/b');
		expect(await page.locator(SEARCH.input).inputValue()).toBe('a/b');
		await page.context().close();
	});

	it("shows the code with its venue as the title and the venue's message as text", async () => {
		const page = await openPage('/');
		await page.keyboard.press('Control+k');
		await searchResults(page, 'BAD_SYMBOL');
		expect(await page.locator(SEARCH.codeLinks).first().innerText()).toBe('-1121 BAD_SYMBOL · Binance Options API');
		expect(await page.locator('[data-code-hits] .answer-hit__messages').first().innerText()).toBe('Invalid symbol.');
		expect(await page.locator('[data-code-hits] .answer-hit__retry').first().innerText()).toBe('Site advice: Do not retry');
		await page.context().close();
	});

	it.each([
		['ip banned', ['/binance-options/#-1008', '/binance-spot/#-1003']],
		['IP banned until', ['/binance-options/#-1008', '/binance-spot/#-1003']],
		['Too many new orders', ['/binance-options/#-1015', '/binance-spot/#-1015']],
	])('ranks the code of the message first for message words (%s), venue names aside', async (query, expected) => {
		const page = await openPage('/');
		await page.keyboard.press('Control+k');
		const found = await searchResults(page, query);
		// Binance's two products send these messages under their own codes: either is the code of the message.
		expect(expected).toContain(found[0]);
		await page.context().close();
	});

	it("shows a code's own messages as its full-text excerpt, not the keys it is indexed by", async () => {
		const page = await openPage('/');
		await page.keyboard.press('Control+k');
		await searchResults(page, 'insufficient');
		const results = await page.locator('[data-text-results] li').evaluateAll((items) =>
			items.map((item) => ({
				href: new URL(item.querySelector('a')!.href).hash.slice(1),
				excerpt: (item.querySelector('.search-result__excerpt') as HTMLElement).innerText,
			})),
		);
		const codes = results.filter((result) => result.href);
		expect(codes.length).toBeGreaterThan(2);
		const catalogs = realCatalogs();
		for (const { href, excerpt } of codes) {
			const entry = catalogs.flatMap((catalog) => catalog.entries).find((e) => e.code === decodeURIComponent(href));
			expect(excerpt).toBe(entry!.messages.join(' · '));
		}
		await page.context().close();
	});

	it('wraps the longest code in the results on a 375 px phone', async () => {
		const page = await openPage('/', PHONE);
		await page.locator(SEARCH.button).click();
		await searchResults(page, 'NO_MORE_THAN_FIVE_BANK_CARDS_ARE_ALLOWED_TO_BE_BOUND');
		const frame = await page.locator('site-search .search-frame').evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
		expect(frame.scroll).toBeLessThanOrEqual(frame.width);
		await page.context().close();
	});
});

/** Cold loads in the test below; each gets a new context, so nothing is cached between them. */
const COLD_LOADS = 50;

describe('nothing typed is lost', () => {
	it(
		`shows the code on ${COLD_LOADS} of ${COLD_LOADS} cold loads when Ctrl+K is pressed at load and the code typed key by key`,
		async () => {
			let shown = 0;
			for (let load = 0; load < COLD_LOADS; load++) {
				const context = await browser.newContext(DESKTOP);
				const page = await context.newPage();
				await page.goto(`${baseUrl()}/webull/`, { waitUntil: 'load' });
				await page.keyboard.press('Control+k');
				await page.keyboard.type('-2018', { delay: 15 });
				try {
					await page.waitForSelector('[data-code-hits] a[href="/binance-options/#-2018"]', { timeout: 15_000 });
					if ((await page.locator(SEARCH.input).inputValue()) === '-2018') shown++;
				} catch {
					// Counted as a miss below.
				}
				await context.close();
			}
			expect(shown).toBe(COLD_LOADS);
			// A bound, not a measure: a load took 1.9 s alone and up to 4.5 s beside the axe tests on two
			// busy cores, where 240 s for the whole loop ran out once. Each load gets as long as its wait.
		},
		COLD_LOADS * 15_000,
	);
});
