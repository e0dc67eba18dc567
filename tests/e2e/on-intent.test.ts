/**
 * Code that only a reader who types needs (the answer engine, Pagefind, the venue filter) loads on
 * intent, not with the page; what the reader did before it arrived still counts (issue 18).
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium, SEARCH, searchResults } from '../helpers/browser.ts';
import { isShown, statedCount, visibleRowCodes } from '../helpers/rendered.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Paths of the scripts and data a page fetched, as they are fetched. */
function fetched(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request: Request) => paths.push(new URL(request.url()).pathname));
	return paths;
}
/** Holds a module (its file name matched by `file`) back until the returned function is called. */
async function holdModule(page: Page, file: RegExp): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(file, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
const holdFilterModule = (page: Page) => holdModule(page, /venue-filter-page\.[^/]*\.js$/);
const holdSearchEngine = (page: Page) => holdModule(page, /\/_astro\/search-dialog\.[^/]*\.js$/);
const engineLoaded = (paths: string[]) => paths.some((p) => /\/_astro\/search-dialog\./.test(p) || p.startsWith('/api/lookup/') || p.startsWith('/pagefind/'));
const filterLoaded = (paths: string[]) => paths.some((p) => /\/_astro\/venue-filter-page\./.test(p));

describe('on intent', () => {
	it('the page a reader points at is fetched before the click, with no prefetch script on the page', async () => {
		const page = await browser.newPage(DESKTOP);
		const paths = fetched(page);
		await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
		// Nothing is fetched for pages the reader has not pointed at.
		expect(paths.filter((p) => p === '/webull/')).toEqual([]);
		await page.hover('#starlight__sidebar a[href="/webull/"]');
		await expect.poll(() => paths.includes('/webull/')).toBe(true);
		expect(paths.filter((p) => p.includes('/_astro/page.'))).toEqual([]);
		await page.close();
	});

	it('a plain view of a venue page loads neither the answer engine, Pagefind nor the filter', async () => {
		const page = await browser.newPage(DESKTOP);
		const paths = fetched(page);
		await page.goto(`${baseUrl()}/webull/`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(500);
		expect(engineLoaded(paths)).toBe(false);
		expect(filterLoaded(paths)).toBe(false);
		// The page is whole meanwhile: every row is shown and the count says so.
		expect(await statedCount(page)).toBe((await visibleRowCodes(page)).length);
		await page.close();
	});

	it('a pointer on the search button starts the engine; a query typed at once after Ctrl+K is answered', async () => {
		const page = await browser.newPage(DESKTOP);
		const paths = fetched(page);
		await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
		await page.hover('button[data-open-modal]');
		await expect.poll(() => engineLoaded(paths)).toBe(true);
		await page.close();

		const cold = await browser.newPage(DESKTOP);
		await cold.goto(`${baseUrl()}/`, { waitUntil: 'load' });
		await cold.keyboard.press('Control+k');
		await cold.keyboard.type('-2018');
		await cold.keyboard.press('Enter');
		await cold.waitForURL(/\/binance-options\/#-2018$/);
		await cold.close();
	});

	it('the first files of the lookup and of Pagefind are fetched on intent while the engine is on its way, and each once', async () => {
		const page = await browser.newPage(DESKTOP);
		const paths = fetched(page);
		const release = await holdSearchEngine(page);
		await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
		await page.hover('button[data-open-modal]');
		const firstFiles = ['/api/lookup/index.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind'];
		await expect.poll(() => firstFiles.filter((file) => paths.includes(file))).toEqual(firstFiles);
		release();
		await page.click('button[data-open-modal]');
		// A word with no code: the answer engine reads the manifest, and the results are Pagefind's.
		await page.locator(SEARCH.input).fill('recvWindow');
		await expect.poll(() => isShown(page.locator(SEARCH.textLinks).first())).toBe(true);
		// The engine's and Pagefind's own fetches took the preloaded responses instead of asking again.
		for (const file of firstFiles) expect(paths.filter((p) => p === file)).toHaveLength(1);
		await page.close();
	});

	it('with the dialog open and nothing typed, Pagefind searches once, loading the index chunk a code needs; a query typed at once is not made to wait for it', async () => {
		const indexChunks = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/index/'));
		const page = await browser.newPage(DESKTOP);
		const paths = fetched(page);
		await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
		await page.click(SEARCH.button);
		await expect.poll(() => indexChunks(paths)).toHaveLength(1);
		// The code's full-text results come from the chunk already loaded: no other is fetched for them.
		const links = await searchResults(page, '-2018');
		expect(links.some((href) => href.endsWith('#-2018'))).toBe(true);
		expect(indexChunks(paths)).toHaveLength(1);
		await page.close();

		// A word typed before the engine arrives: Pagefind fetches its chunk alone, and no search of its own.
		const typedFirst = await browser.newPage(DESKTOP);
		const typedPaths = fetched(typedFirst);
		const release = await holdSearchEngine(typedFirst);
		await typedFirst.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
		await typedFirst.click(SEARCH.button);
		await typedFirst.locator(SEARCH.input).fill('recvWindow');
		release();
		expect((await searchResults(typedFirst, 'recvWindow', { fill: false })).length).toBeGreaterThan(0);
		await typedFirst.waitForTimeout(500);
		expect(indexChunks(typedPaths)).toHaveLength(1);
		expect(indexChunks(typedPaths)).not.toEqual(indexChunks(paths));
		await typedFirst.close();
	});

	it('text typed into the venue filter before the filter arrives is applied when it does', async () => {
		const page = await browser.newPage(DESKTOP);
		const paths = fetched(page);
		// Hold the filter's module back until the text is in the box.
		const release = await holdFilterModule(page);
		await page.goto(`${baseUrl()}/webull/`, { waitUntil: 'load' });
		await page.locator('[data-filter-text]').fill('ORDER_NOT_FOUND');
		await expect.poll(() => filterLoaded(paths)).toBe(true);
		release();
		await expect.poll(() => visibleRowCodes(page)).toEqual(['ORDER_NOT_FOUND']);
		expect(page.url()).toContain('?q=ORDER_NOT_FOUND');
		await page.close();
	});

	it('"Filters" pressed before the filter arrives opens its chips once it does, one per category the page uses', async () => {
		const page = await browser.newPage(DESKTOP);
		const release = await holdFilterModule(page);
		await page.goto(`${baseUrl()}/coinflex/`, { waitUntil: 'load' });
		await page.locator('[data-chips-toggle]').click();
		release();
		await expect.poll(() => isShown(page.locator('[data-venue-chips]'))).toBe(true);
		const coinflex = realCatalogs().find((c) => c.slug === 'coinflex')!;
		const categories = new Set(coinflex.entries.map((entry) => entry.category));
		const chips = page.locator('[data-venue-chips] button[data-filter-category]');
		expect(await chips.count()).toBe(categories.size);
		expect(await isShown(chips.first())).toBe(true);
		await page.close();
	});

	it('without JavaScript no copy button is shown (nothing could copy), and every code is on the page', async () => {
		const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/coinflex/`);
		expect(await isShown(page.locator('article[id="05001"] a.code-entry__permalink'))).toBe(true);
		expect(await isShown(page.locator('article[id="05001"] button[data-copy-link]'))).toBe(false);
		await context.close();
	});
});
