import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCatalogs } from '../helpers/catalogs.ts';
import { baseUrl, DESKTOP, launchChromium, PHONE } from '../helpers/browser.ts';
import { isReachable } from '../helpers/rendered.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Bottom edge of whatever stays stuck to the top of the viewport (header, mobile TOC bar). */
function stickyBottom(page: Page): Promise<number> {
	return page.evaluate(() =>
		Math.max(
			0,
			...[...document.querySelectorAll<HTMLElement>('header, mobile-starlight-toc nav, .header')]
				.filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && el.offsetParent !== null)
				.map((el) => el.getBoundingClientRect().bottom),
		),
	);
}

const cases = realCatalogs().flatMap((catalog) => {
	const { entries } = catalog;
	return [entries[0], entries[Math.floor(entries.length / 2)], entries.at(-1)!].map((entry) => [entry.href, entry.code, entry.pageHref] as const);
});

describe.each([
	['desktop', DESKTOP],
	['375 px phone', PHONE],
] as const)('deep links on %s', (_, device) => {
	it.each(cases)('%s lands with the entry visible below the sticky header', async (href, code, pageHref) => {
		const context = await browser.newContext(device);
		const page = await context.newPage();
		await page.goto(baseUrl() + href);
		// A split venue's overview looks the code up and goes on to its group page.
		if (pageHref !== href) await page.waitForURL((url) => url.pathname + url.hash === pageHref);
		await page.waitForLoadState('load');
		const box = await page.evaluate((id) => {
			const rect = document.getElementById(id)!.getBoundingClientRect();
			return { top: rect.top, bottom: rect.bottom, height: innerHeight };
		}, code);
		const covered = await stickyBottom(page);
		expect(box.top, `${code} starts under the sticky header (${covered}px)`).toBeGreaterThanOrEqual(covered - 1);
		expect(box.top, `${code} is on screen`).toBeLessThan(box.height - 40);
		// Nothing sticky (header, filter bar, group heading) lies over the code: a tap on it reaches it.
		expect(await isReachable(page.locator(`article[id="${code}"] a.code-entry__permalink`)), `${code} is not covered`).toBe(true);
		expect(await page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(code);
		await context.close();
	});
});
