import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../support/chromium.ts';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Base URL of the built site served for this test run (tests/setup/serve-dist.ts). */
export function baseUrl(): string {
	return inject('baseUrl');
}

/** Every page type of the site, for checks that must hold everywhere. */
export const PAGES = [
	'/',
	'/binance-options/',
	'/coinflex/',
	'/lbank-futures/',
	'/mexc-futures/',
	'/webull/',
	'/compare/',
	'/compare/insufficient-funds/',
	'/lookup/',
	'/lookup/?code=0',
	'/about/',
	'/about/ccxt/',
	'/changelog/',
	'/no-such-page/',
];

/** The search dialog's parts (src/components/SiteSearch.astro). */
export const SEARCH = {
	button: 'site-search button[data-open-modal]:not([disabled])',
	dialog: 'site-search dialog',
	input: '#site-search-input',
	codeLinks: '[data-code-hits] a.answer-hit__link',
	textLinks: '[data-text-results] a',
	/** Every link the dialog shows, code hits first. */
	links: '[data-code-hits] a.answer-hit__link, [data-text-results] a',
} as const;

/** Waits until the dialog shows every result for `query` and returns the links, best first. */
export async function searchResults(page: Page, query: string, options: { fill?: boolean } = {}): Promise<string[]> {
	if (options.fill !== false) await page.locator(SEARCH.input).fill(query);
	// Compared with the input's value: a search field drops line breaks from what is filled in.
	await page.waitForFunction(
		() => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.query === document.querySelector<HTMLInputElement>('#site-search-input')?.value,
	);
	return page
		.locator(SEARCH.links)
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}

/** Whether the search dialog is on screen (rendered with a size, not merely open in the DOM). */
export function dialogOpen(page: Page): Promise<boolean> {
	return page.locator(SEARCH.dialog).evaluate((d) => {
		const box = d.getBoundingClientRect();
		return box.width > 0 && box.height > 0 && d.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
	});
}
