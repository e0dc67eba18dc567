import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function open(path: string) {
	const context = await browser.newContext(DESKTOP);
	const page = await context.newPage();
	await page.goto(baseUrl() + path);
	return page;
}

describe('/lookup/', () => {
	it.each([
		['-1129', '/binance-options/#-1129'],
		['05001', '/coinflex/#05001'],
		['order_not_found', '/webull/#ORDER_NOT_FOUND'],
		['comp_id_in_use', '/binance-spot/#-1033'],
		['-2018', '/binance-options/#-2018'],
		['110001', '/bybit-v5/uta/#110001'],
	])('?code=%s goes straight to %s, replacing the lookup in history', async (code, target) => {
		const page = await open('/');
		await page.goto(`${baseUrl()}/lookup/?code=${encodeURIComponent(code)}`);
		await page.waitForURL((url) => url.pathname + url.hash === target);
		expect(await page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(target.split('#')[1]);
		// The lookup page was replaced, not pushed: Back returns to where the reader came from.
		await page.goBack();
		expect(new URL(page.url()).pathname).toBe('/');
		await page.context().close();
	});

	it.each([
		['2018', '/mexc-futures/#2018', '/binance-options/#-2018', 'Binance Options API sends -2018: did you mean it?'],
		['5001', '/mexc-futures/#5001', '/coinflex/#05001', 'CoinFLEX WebSocket API sends 05001: did you mean it?'],
	])('?code=%s names the exact code first and the other venue’s signed or padded one beside it', async (code, exact, near, notice) => {
		const page = await open(`/lookup/?code=${code}`);
		await page.waitForSelector('#lookup-result .answer-hits');
		const links = await page.locator('#lookup-result .answer-hit__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual([exact, near]);
		expect(await page.locator('#lookup-result').innerText()).toContain(notice);
		expect(await page.locator('#lookup-result h2').innerText()).toContain(`is ${exact.startsWith('/mexc') ? 'MEXC Futures (contract) API' : ''}`);
		await page.context().close();
	});

	it('lists every venue when a code is in several (0 is in Bybit, MEXC and LBank)', async () => {
		const page = await open('/lookup/?code=0');
		await page.waitForSelector('#lookup-result .answer-hits');
		const links = await page.locator('#lookup-result .answer-hit__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.sort()).toEqual(['/bybit-v5/uta/#0', '/lbank-futures/#0', '/mexc-futures/#0']);
		expect(await page.locator('#lookup-result .answer-hits').textContent()).toContain('Operate succeed');
		await page.context().close();
	});

	it('suggests near matches without jumping to a different code', async () => {
		const page = await open('/lookup/?code=1121');
		await page.waitForSelector('#lookup-result .answer-hits');
		expect(new URL(page.url()).pathname).toBe('/lookup/');
		expect(await page.locator('h2#result').textContent()).toContain('Did you mean');
		expect(await page.locator('#lookup-result .answer-hit__venue').first().textContent()).toBe('Binance Options API');
		expect(await page.locator('#lookup-result .answer-hit__link').first().getAttribute('href')).toBe('/binance-options/#-1121');
		await page.context().close();
	});

	it('ignores a venue parameter that is no venue', async () => {
		const page = await open('/lookup/?code=0&venue=__proto__');
		await page.waitForSelector('#lookup-result .answer-hits');
		expect(await page.locator('#lookup-result').textContent()).not.toContain('undefined');
		await page.context().close();
	});

	it('opens the search dialog with the query from "search every message for it"', async () => {
		const page = await open('/lookup/?code=ZZZ_NOPE_123');
		await page.getByRole('button', { name: 'search every message for it' }).click();
		await expect.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		await page.waitForTimeout(300);
		expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		expect(await page.locator('#site-search-input').inputValue()).toBe('ZZZ_NOPE_123');
		await page.context().close();
	});

	it('says plainly when a code is in no catalog', async () => {
		const page = await open('/lookup/?code=ZZZ_NOPE_123');
		await page.waitForSelector('h2#result');
		expect(await page.locator('h2#result').textContent()).toContain('is not in any catalog');
		expect(await page.locator('#lookup-result a[href="/webull/"]').count()).toBe(1);
		await page.context().close();
	});

	it('is reached from the paste-a-code box on the home page', async () => {
		const page = await open('/');
		await page.fill('#code-lookup-all', '-2018');
		await page.press('#code-lookup-all', 'Enter');
		await page.waitForURL('**/binance-options/#-2018');
		await page.context().close();
	});

	it("prefers the current venue from a venue page's box", async () => {
		const page = await open('/lbank-futures/');
		await page.getByLabel(/^Filter the codes/).fill('0');
		await page.getByLabel(/^Filter the codes/).press('Enter');
		await page.waitForURL('**/lbank-futures/?q=0#0');
		await page.context().close();
	});
});

describe('unknown anchor', () => {
	it('shows a notice with a lookup link when the code is not on the page', async () => {
		const page = await open('/binance-options/#-9999');
		const notice = page.locator('[data-anchor-notice]');
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toContain('-9999');
		expect(await notice.locator('[data-anchor-notice-link]').getAttribute('href')).toBe('/lookup/?code=-9999&venue=binance-options');
		await page.context().close();
	});

	it("suggests the venue's own spelling of a near code: /coinflex/#5001 → 05001, before MEXC's 5001", async () => {
		const page = await open('/coinflex/#5001');
		const notice = page.locator('[data-anchor-notice]');
		await notice.locator('.answer-hit__link').first().waitFor();
		const links = await notice.locator('.answer-hit__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(['/coinflex/#05001', '/mexc-futures/#5001']);
		expect(await notice.textContent()).toContain('CoinFLEX WebSocket API sends 05001');
		await page.context().close();
	});

	it('goes on to the code meant when only its case differs: /webull/#order_not_found', async () => {
		const page = await open('/webull/#order_not_found');
		await page.waitForURL('**/webull/#ORDER_NOT_FOUND');
		await expect.poll(() => page.locator('[data-anchor-notice]').isVisible()).toBe(false);
		await page.context().close();
	});

	it.each(['%', '100%', '%E0%A4%A', '<img src=x onerror=window.__pwned=1>'])('survives a malformed or hostile fragment: #%s', async (fragment) => {
		const errors: string[] = [];
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${baseUrl()}/binance-options/#${fragment}`);
		const notice = page.locator('[data-anchor-notice]');
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.locator('[data-anchor-notice-code]').textContent()).not.toBe('');
		expect(errors).toEqual([]);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await context.close();
	});

	it('stays hidden for a code that exists', async () => {
		const page = await open('/binance-options/#-1121');
		expect(await page.locator('[data-anchor-notice]').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('/compare/', () => {
	it('lists every venue with codes in the category, linked to their anchors', async () => {
		const page = await open('/compare/#insufficient-funds');
		await page.waitForURL('**/compare/insufficient-funds/');
		const section = page.locator('table#insufficient-funds');
		const venues = await section.locator('tbody th a').evaluateAll((as) => as.map((a) => a.textContent));
		// Every venue with a code of the category (Binance Spot's insufficient balance is a message of its matching-engine list, not a code).
		expect(venues).toHaveLength(6);
		const hrefs = await section.locator('.compare-codes a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(
			expect.arrayContaining([
				'/binance-options/#-2018',
				'/mexc-futures/#2005',
				'/lbank-futures/#35',
				'/lbank-futures/#36',
				'/coinflex/#710006',
				'/webull/#ORDER_BUYING_POWER_NOT_ENOUGH',
			]),
		);
		await page.context().close();
	});
});

describe('/lookup/ across the products of one venue', () => {
	it('?code=-1121 lists both Binance products and says they mean the same', async () => {
		const page = await open('/lookup/?code=-1121');
		await page.waitForSelector('#lookup-result .answer-hits');
		const links = await page.locator('#lookup-result .answer-hit__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(['/binance-options/#-1121', '/binance-spot/#-1121']);
		expect(await page.locator('#lookup-result').innerText()).toContain(
			'Binance Options API and Binance Spot API both send -1121 with the same message: the same error in either product.',
		);
		await page.context().close();
	});

	it('the venue page’s own box narrows to its product', async () => {
		const page = await open('/lookup/?code=-1121&venue=binance-spot');
		await page.waitForURL((url) => url.pathname + url.hash === '/binance-spot/#-1121');
		await page.context().close();
	});
});
