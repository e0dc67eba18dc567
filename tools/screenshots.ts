/**
 * `npm run screenshots`: builds nothing; serves the built `dist/` and writes the screenshots in
 * docs/screenshots/ (venue table and card views, a filtered view, a deep link, the compare page,
 * the search dialog), desktop (1280 px) and phone (375 px), light and dark.
 */
import { preview } from 'astro';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';

const DEVICES = {
	desktop: { viewport: { width: 1280, height: 800 } },
	phone: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

interface Shot {
	name: string;
	path: string;
	view?: 'cards';
	act?: (page: Page) => Promise<void>;
}
const SHOTS: Shot[] = [
	{ name: 'venue-table', path: '/webull/#ORDER_BUYING_POWER_NOT_ENOUGH' },
	{ name: 'venue-cards', path: '/binance-options/#-1008', view: 'cards' },
	{
		name: 'venue-filtered',
		path: '/webull/?category=order-state&retry=check-first',
		act: async (page) => page.locator('[data-venue-tools]').evaluate((form) => form.scrollIntoView()),
	},
	{ name: 'venue-filtered-link', path: '/coinflex/?retry=yes' },
	{
		name: 'venue-filter-chips',
		path: '/webull/?q=order',
		act: async (page) => {
			await page.evaluate(() => scrollTo(0, 3000));
			await page.getByRole('button', { name: /^Filters/ }).click();
		},
	},
	{
		name: 'venue-filter-empty',
		path: '/mexc-futures/?q=zzqq',
		act: async (page) => page.locator('[data-venue-tools]').evaluate((form) => form.scrollIntoView()),
	},
	{
		name: 'venue-advice-varies',
		path: '/binance-options/',
		act: async (page) => page.locator('article[id="-1002"]').evaluate((row) => row.scrollIntoView()),
	},
	{ name: 'venue-message-set', path: '/binance-spot/#-2011' },
	{ name: 'venue-group-page-deprecated', path: '/bybit-v5/uta/#10018' },
	{ name: 'venue-sections', path: '/bybit-v5/asset/#700001' },
	{ name: 'compare', path: '/compare/insufficient-funds/' },
	{ name: 'about-ccxt', path: '/about/ccxt/' },
	{
		name: 'search',
		path: '/binance-options/',
		act: async (page) => {
			await page.keyboard.press('Control+k');
			await page.keyboard.type('2018');
			await page.waitForSelector('[data-code-hits] a');
		},
	},
];

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
	for (const shot of SHOTS) {
		for (const [device, options] of Object.entries(DEVICES)) {
			for (const theme of ['light', 'dark']) {
				const context = await browser.newContext(options);
				await context.addInitScript(
					([t, v]) => {
						localStorage.setItem('starlight-theme', t!);
						if (v) localStorage.setItem('venue-view', v);
					},
					[theme, shot.view ?? ''] as const,
				);
				const page = await context.newPage();
				await page.goto(`http://127.0.0.1:${port}${shot.path}`, { waitUntil: 'networkidle' });
				await shot.act?.(page);
				await page.waitForTimeout(300);
				const file = `docs/screenshots/${shot.name}-${device}-${theme}.png`;
				await page.screenshot({ path: file });
				console.log(file);
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.stop();
}
