import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASTES } from '../fixtures/pastes.ts';
import { MAX_PASTE_CHARS } from '../../src/lib/paste.ts';
import { baseUrl, DESKTOP, launchChromium, SEARCH, searchResults } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

// The flagged pastes and every third of the rest: more than a third of the table, all kinds of paste.
const BROWSER_PASTES = PASTES.filter((c, i) => c.browser || i % 3 === 0);
const label = (paste: string) => (paste.length > 80 ? `${paste.slice(0, 60)}…` : paste);

describe('pastes in the browser', () => {
	it('runs at least a third of the table', () => {
		expect(BROWSER_PASTES.length * 3).toBeGreaterThanOrEqual(PASTES.length);
	});

	it.each(BROWSER_PASTES.map((c) => [label(c.paste), c.venue ?? '', c] as const))('search dialog: %j from %j', async (_label, _venue, c) => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/${c.venue ? `${c.venue}/` : ''}`);
		await page.waitForSelector(SEARCH.button);
		await page.keyboard.press('Control+k');
		await searchResults(page, c.paste);
		const hits = await page.locator(SEARCH.codeLinks).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		if (c.expect === 'none') expect(hits).toEqual([]);
		else {
			expect(hits[0]).toBe(c.hrefs[0]);
			expect(hits).toEqual(expect.arrayContaining(c.hrefs));
		}
		if (c.expect === 'lands') expect(hits).toHaveLength(1);
		if (c.notice) expect(await page.locator('[data-code-notices]').textContent()).toContain(c.notice);
		await context.close();
	});

	// The lookup form caps what it sends at MAX_PASTE_CHARS, as the resolver reads no more.
	const URL_PASTES = BROWSER_PASTES.filter((c) => c.paste.length <= MAX_PASTE_CHARS);
	it.each(URL_PASTES.map((c) => [label(c.paste), c.venue ?? '', c] as const))('/lookup/: %j from %j', async (_label, _venue, c) => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		const params = new URLSearchParams({ code: c.paste, ...(c.venue ? { venue: c.venue } : {}) });
		await page.goto(`${baseUrl()}/lookup/?${params}`);
		if (c.expect === 'lands') {
			await page.waitForURL((url) => url.pathname + url.hash === c.hrefs[0]);
		} else {
			await page.waitForSelector('h2#result');
			const listed = await page.locator('#lookup-result .answer-hit__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			if (c.expect === 'none') {
				expect(listed).toEqual([]);
				expect(await page.locator('h2#result').textContent()).toContain('is not in any catalog');
			} else {
				expect(listed[0]).toBe(c.hrefs[0]);
				expect(listed).toEqual(expect.arrayContaining(c.hrefs));
			}
			// Every listed entry names its venue.
			const venues = await page.locator('#lookup-result .answer-hit__venue').allTextContents();
			expect(venues).toHaveLength(listed.length);
		}
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await context.close();
	});
});
