import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASTES } from '../fixtures/pastes.ts';
import { clientErrorCases, type ClientCase } from '../fixtures/client-errors.ts';
import { MAX_PASTE_CHARS } from '../../src/resolver/paste.ts';
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
		// A landing lists only its entry, and beside it the other venues' near codes that the answer names.
		if (c.expect === 'lands') expect(hits).toHaveLength(1 + (c.notice?.match(/did you mean/g)?.length ?? 0));
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
		if (c.expect === 'lands' && !c.notice?.includes('did you mean')) {
			await page.waitForURL((url) => url.pathname + url.hash === c.hrefs[0]);
		} else if (c.expect === 'lands') {
			// The fit is named first, with the other venue's near code beside it: the page stays to say so.
			await page.waitForSelector('h2#result');
			expect(await page.locator('#lookup-result .answer-hit__link').first().getAttribute('href')).toBe(c.hrefs[0]);
			expect(await page.locator('#lookup-result').innerText()).toContain(c.notice);
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

describe("real clients' error output in the browser", () => {
	let cases: ClientCase[] = [];
	beforeAll(async () => {
		const all = await clientErrorCases();
		// One case per client and venue: the AxiosError dumps (12 KB and more), log lines, reprs, stack traces.
		const seen = new Set<string>();
		// A code the venue's other product sends with the same message lists both (tests/unit/client-pastes.test.ts): those cannot land.
		cases = all
			.filter(
				(c) =>
					c.href !== null && c.siblings.length === 0 && !seen.has(`${c.source} ${c.href.split('/')[1]}`) && seen.add(`${c.source} ${c.href.split('/')[1]}`),
			)
			.filter((_, i) => i % 2 === 0);
	}, 60_000);

	it('has a case of every client, long dumps among them', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
		expect(cases.some((c) => c.paste.length > 8_000)).toBe(true);
	});

	it('lands on the code from the lookup box, multi-line dumps pasted whole', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		const missed: string[] = [];
		for (const c of cases) {
			await page.goto(`${baseUrl()}/lookup/`);
			const box = page.getByLabel('Code, error body or message');
			await box.fill(c.paste);
			// The box keeps every line and character of the paste (a textarea's value writes line breaks as \n).
			expect(await box.inputValue()).toBe(c.paste.replace(/\r\n?/g, '\n'));
			await box.press('Enter');
			try {
				await page.waitForURL((url) => url.pathname + url.hash === c.href, { timeout: 10_000 });
			} catch {
				missed.push(`${c.source} (${c.paste.length} chars) → ${page.url()}`);
			}
		}
		expect(missed).toEqual([]);
		await context.close();
	}, 240_000);

	it('lists the code first in the search dialog', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/`);
		await page.waitForSelector(SEARCH.button);
		await page.keyboard.press('Control+k');
		const wrong: string[] = [];
		for (const c of cases) {
			await searchResults(page, c.paste);
			const first = await page
				.locator(SEARCH.codeLinks)
				.first()
				.getAttribute('href')
				.catch(() => null);
			if (first !== c.href) wrong.push(`${c.source}: ${first} (want ${c.href})`);
		}
		expect(wrong).toEqual([]);
		await context.close();
	}, 240_000);
});
