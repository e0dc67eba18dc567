import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium, PAGES, PHONE } from '../helpers/browser.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

/** Text as a reader sees it: sentences apart, words whole, nothing moving under the reader. */
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Every text of the catalogs: venue text may glue sentences itself ("…symbol.Please"), verbatim, and that is not the site's doing. */
const catalogText = realCatalogs()
	.flatMap((catalog) => [
		catalog.summary,
		catalog.payload.example,
		...catalog.entries.flatMap((entry) => [...entry.messages, ...entry.notes, ...entry.variants.map((v) => v.wait ?? '')]),
	])
	.join('\n');

/** A sentence's end glued to the next one's start: `codes.Category`, `shown.Change`. */
const GLUED = /[a-z0-9)\]”’][.!?;:]["“]?[A-Z][a-z]/g;

describe('no visible text glues two sentences', () => {
	it.each([...PAGES, '/webull/?q=order', '/mexc-futures/?q=zzqq', '/coinflex/?retry=yes', '/coinflex/#5001'])('%s', async (path) => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await page.goto(baseUrl() + path);
		await page.waitForLoadState('networkidle');
		const text = await page.locator('main').innerText();
		const glued = [...text.matchAll(GLUED)]
			.map((match) => text.slice(Math.max(0, match.index - 20), match.index + 6))
			// URLs, file names and numbers (`api.json`, `1.5`) and the venues' own text are not sentences of the site's.
			.filter((context) => !/\S+\.(json|txt|md|com|org)\b|https?:/.test(context))
			.filter((context) => !catalogText.includes(context.slice(-12)));
		expect(glued).toEqual([]);
		await context.close();
	});
});

describe('/about/ccxt/ table', () => {
	it.each([DESKTOP, PHONE])('keeps every class name whole on one line, and every header in view (%#)', async (device) => {
		const context = await browser.newContext(device);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/about/ccxt/`);
		const table = page.locator('.ccxt-table').first();
		const broken = await table
			.locator('code')
			.evaluateAll((codes) =>
				codes.filter((code) => code.getClientRects().length > 1 || code.scrollWidth > code.clientWidth + 1).map((code) => code.textContent),
			);
		expect(broken).toEqual([]);
		// Each header's words are whole: no header is narrower than its longest word.
		const cut = await table.locator('th').evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
		expect(cut).toEqual([]);
		await context.close();
	});
});

/** Sums, from the page's first paint on, every layout shift the reader did not cause (the layout-shift entries CLS adds up). */
async function watchLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		(window as unknown as { shift: number }).shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
				if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** What `watchLayoutShift` has summed so far. */
const layoutShift = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { shift: number }).shift);

describe('layout shift', () => {
	it.each(['/coinflex/#5001', '/webull/#ORDER_NOT_FOUND', '/binance-options/#-9999', `/webull/#${'%ED%A0%80'}`])(
		'%s shifts nothing while it loads and answers',
		async (path) => {
			const context = await browser.newContext(PHONE);
			const page = await context.newPage();
			await watchLayoutShift(page);
			await page.goto(baseUrl() + path);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
			expect(await layoutShift(page)).toBe(0);
			await context.close();
		},
	);
});

describe('a page whose document arrives in two parts', () => {
	/** Serves the built site, each page's document held back for `PAUSE_MS` at the start of `cut`, as a slow network delivers it. */
	let server: Server;
	let cut = '';
	const PAUSE_MS = 400;
	beforeAll(async () => {
		server = createServer(async (request, response) => {
			const upstream = await fetch(baseUrl() + request.url);
			const body = Buffer.from(await upstream.arrayBuffer());
			const html = body.toString();
			const at = cut === '' ? -1 : html.indexOf(cut);
			response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
			if (at < 0) return void response.end(body);
			response.write(html.slice(0, at));
			await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
			response.end(html.slice(at));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	});
	afterAll(() => server?.close());

	it.each([
		// Starlight's right sidebar, painted before the main pane came, was pushed across the screen (0.42).
		['/about/', '<div class="main-pane'],
		// The sidebar's venue list, painted half read, pushed down what follows it.
		['/binance-options/', '<li class="astro-rmhv4bp6"><a href="/coinflex/"'],
		// The venue facts' first column widened when its longest term arrived.
		['/binance-options/', '<dt>Machine-readable'],
		// The filter bar's view buttons moved when the second one arrived.
		['/webull/', 'data-view="cards"'],
	])('%s, held back before %s, shifts nothing and is first painted whole', async (path, before) => {
		const html = await (await fetch(baseUrl() + path)).text();
		expect(html.indexOf(before), `the page still has ${before}`).toBeGreaterThan(0);
		cut = before;
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await watchLayoutShift(page);
		const started = Date.now();
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { waitUntil: 'load' });
		expect(Date.now() - started, 'the document was held back').toBeGreaterThanOrEqual(PAUSE_MS);
		await page.waitForTimeout(300);
		expect(await layoutShift(page)).toBe(0);
		// Nothing was painted from the first part alone: the first contentful paint came after the pause.
		expect(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)).toBeGreaterThanOrEqual(PAUSE_MS);
		await context.close();
		cut = '';
	});
});

describe('the header while a venue page loads', () => {
	/** Where the header's search button is once the document has been read up to `cut` (the whole page without one). */
	async function searchBoxLeft(path: string, cut?: string): Promise<number> {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		if (cut) {
			const html = await (await fetch(baseUrl() + path)).text();
			// What the browser holds when it paints a frame before reaching `cut`: the head, the header, the sidebar.
			await page.route(baseUrl() + path, (route) => route.fulfill({ contentType: 'text/html', body: html.slice(0, html.indexOf(cut)) }));
		}
		await page.goto(baseUrl() + path);
		await page.waitForLoadState('load');
		const box = await page.locator('site-search button[data-open-modal]').boundingBox();
		await context.close();
		return box!.x;
	}

	it.each(['/binance-options/', '/bybit-v5/asset/'])('%s lays the header out for its wide content column before the content arrives', async (path) => {
		// A frame painted before the content was read showed the search box 141 px right of where it then moved.
		expect(await searchBoxLeft(path, '<main')).toBeCloseTo(await searchBoxLeft(path), 0);
	});
});
