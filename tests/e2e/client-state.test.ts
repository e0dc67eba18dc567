import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, dialogOpen, launchChromium, SEARCH, searchResults } from '../helpers/browser.ts';
import { isShown } from '../helpers/rendered.ts';

/** The client acting on stale or odd state: hostile URLs, storage and fast input. Each case reproduced a fault first. */
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

async function open(path: string, init?: () => void): Promise<Page> {
	const context = await browser.newContext(DESKTOP);
	if (init) await context.addInitScript(init);
	const page = await context.newPage();
	await page.goto(baseUrl() + path);
	await page.waitForLoadState('load');
	return page;
}
const dialogShown = dialogOpen;

describe('the search dialog', () => {
	it('Enter acts only on results for what is in the box now', async () => {
		const page = await open('/webull/');
		await page.keyboard.press('Control+k');
		expect((await searchResults(page, 'balance')).length).toBeGreaterThan(0);
		await page.locator(SEARCH.input).fill('zzqqxxjjvv');
		await page.locator(SEARCH.input).press('Enter');
		await searchResults(page, 'zzqqxxjjvv', { fill: false });
		await page.waitForTimeout(300);
		expect(new URL(page.url()).hash).toBe('');
		expect(await dialogShown(page)).toBe(true);
		await page.context().close();
	});

	it.each([1, 2, 5, 6, 9])('Ctrl+K pressed %i times quickly leaves the dialog as the last press said', async (presses) => {
		const page = await open('/');
		for (let i = 0; i < presses; i++) await page.keyboard.press('Control+k');
		await page.waitForTimeout(200);
		expect(await dialogShown(page)).toBe(presses % 2 === 1);
		await page.context().close();
	});

	it('Escape then "/" in turn: each Escape closes, each "/" opens', async () => {
		const page = await open('/');
		for (let round = 0; round < 4; round++) {
			await page.keyboard.press('/');
			await expect.poll(() => dialogShown(page)).toBe(true);
			await page.keyboard.press('Escape');
			await expect.poll(() => dialogShown(page)).toBe(false);
		}
		await page.context().close();
	});

	it('"/" right after Escape, before the page renders again, opens the dialog again', async () => {
		// Under load the next key came before the browser had moved the focus off the closed dialog's box, which then took it as text.
		const page = await open('/');
		await page.keyboard.press('/');
		await expect.poll(() => dialogShown(page)).toBe(true);
		await page.evaluate(() => {
			const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
			key(document.activeElement!, 'Escape');
			key(document.activeElement!, '/');
		});
		await expect.poll(() => dialogShown(page)).toBe(true);
		await page.context().close();
	});
});

describe('unknown anchors', () => {
	it('a 100 KB fragment is cut in the notice and kept out of its link', async () => {
		const page = await open(`/webull/#${'A'.repeat(100_000)}`);
		const notice = page.getByRole('status').filter({ hasText: 'is not in the Webull OpenAPI catalog' });
		await expect.poll(() => isShown(notice)).toBe(true);
		expect((await notice.innerText()).length).toBeLessThan(600);
		const href = await notice.getByRole('link').first().getAttribute('href');
		expect(href!.length).toBeLessThan(200);
		expect(await notice.innerText()).toContain('longer than any code');
		await page.context().close();
	});

	it('a malformed escape is not read as the digits in it', async () => {
		const page = await open('/webull/#%ED%A0%80');
		const notice = page.getByRole('status').filter({ hasText: 'is not in the Webull OpenAPI catalog' });
		await expect.poll(() => isShown(notice)).toBe(true);
		await page.waitForTimeout(300);
		expect(await notice.innerText()).toContain('malformed');
		expect(await notice.innerText()).not.toMatch(/Did you mean/);
		await page.context().close();
	});

	it.each([
		['the lookup heading', '/lookup/?code=%E2%80%AEabc%20def', '#lookup-result h2'],
		['the anchor notice', '/webull/#%E2%80%AEabc%20def', '[data-anchor-notice] strong'],
	])('bidirectional controls in a paste stay inside it in %s', async (_where, path, selector) => {
		const page = await open(path);
		const heading = page.locator(selector);
		await expect.poll(() => isShown(heading)).toBe(true);
		// Rendered order: the pasted text (reversed by its U+202E) stays between the words around it.
		const order = await heading.evaluate((el) => {
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			const boxes: { text: string; left: number }[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const range = document.createRange();
				range.selectNodeContents(node);
				const rect = range.getBoundingClientRect();
				if (rect.width > 0 && node.textContent!.trim()) boxes.push({ text: node.textContent!, left: rect.left });
			}
			return boxes;
		});
		const paste = order.find((box) => box.text.includes('abc'))!;
		const after = order.at(-1)!;
		expect(after.text).not.toContain('abc');
		expect(after.left).toBeGreaterThan(paste.left);
		await page.context().close();
	});
});

describe('stored state', () => {
	it('a stored theme that is not a selector makes nothing throw, and the picker falls back to auto', async () => {
		const page = await open('/webull/', () => localStorage.setItem('starlight-theme', 'a b]"'));
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.reload();
		await page.waitForLoadState('load');
		expect(errors).toEqual([]);
		expect(await page.locator('starlight-theme-select select').first().inputValue()).toBe('auto');
		await page.context().close();
	});
});
