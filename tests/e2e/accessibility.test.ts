import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium, PAGES, PHONE } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

// WCAG 2.x A/AA, best practices, and the experimental rules that include
// label-content-name-mismatch, which Starlight's stock search button fails.
/** States a reader reaches besides the pages as loaded: a highlighted deep link, a filter with and without matches, the chips open, an unknown anchor's notice. */
const CHIPS_OPEN = '/webull/?q=order&retry=no';
const STATES = ['/binance-options/#-1008', '/coinflex/?retry=yes', '/mexc-futures/?q=zzqq', CHIPS_OPEN, '/coinflex/#5001'];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

describe.each([
	['light', DESKTOP],
	['dark', DESKTOP],
	['light', PHONE],
	['dark', PHONE],
] as const)('axe, %s theme', (theme, device) => {
	it.each([...PAGES, ...STATES])(
		`%s has no violations (${device.viewport?.width}px)`,
		async (path) => {
			const context = await browser.newContext(device);
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			const page = await context.newPage();
			await page.goto(baseUrl() + path);
			if (path === CHIPS_OPEN) await page.getByRole('button', { name: /^Filters/ }).click();
			// Answers and notices that come after the load are checked too.
			await page.waitForLoadState('networkidle');
			// The lookup page stays hidden while it resolves ?code= (to avoid a flash before a redirect).
			await page.waitForFunction(() => !document.documentElement.classList.contains('lookup-pending'));
			const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(
				violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`,
				),
			).toEqual([]);
			await context.close();
		},
		120_000,
	);
});

describe('keyboard', () => {
	it('opens a code with Enter and reaches its copy-link control by Tab, with a visible focus ring', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/binance-options/`);
		let focused = '';
		for (let i = 0; i < 80 && !focused.includes('code-entry__permalink'); i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.className ?? '');
		}
		await page.keyboard.press('Enter');
		focused = '';
		for (let i = 0; i < 80 && !focused.includes('copy-link'); i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.className ?? '');
		}
		expect(focused).toContain('copy-link');
		const ring = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), matches: document.activeElement!.matches(':focus-visible') };
		});
		expect(ring.matches).toBe(true);
		expect(ring.outline).not.toBe('none');
		expect(ring.width).toBeGreaterThan(0);
		await context.close();
	});
});
