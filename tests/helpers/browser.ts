import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine's closed network needs (see DEVELOPERS.md). */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** Base URL of the built site served for this test run (tests/setup/serve-dist.ts). */
export function baseUrl(): string {
	return inject('baseUrl');
}

/** Every page type of the site, for checks that must hold everywhere. */
export const PAGES = ['/', '/binance-options/', '/coinflex/', '/lbank-futures/', '/mexc-futures/', '/webull/', '/compare/', '/lookup/', '/lookup/?code=0', '/about/', '/no-such-page/'];
