/**
 * Measurements shared by `npm run bench` and `npm run bench:scale`: build time, first-load
 * transfer, search latency and bytes in Chromium, the search dialog's opening by Event Timing,
 * Lighthouse. They print figures; nothing fails.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../support/chromium.ts';
import { ASTRO_BIN } from '../../support/project-copy.ts';

// Lighthouse's launcher reads CHROME_PATH; the project's own setting otherwise.
const CHROMIUM = process.env.CHROME_PATH ?? CHROMIUM_PATH;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** `a / b` to two places, as the side-by-side tables print it. */
export const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '—' : (a / b).toFixed(2));
/** Median of the figures that exist (a query with no code hit has no code-hit time). */
export const median = (values: number[]) => {
	const known = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
	return known[Math.floor(known.length / 2)] ?? NaN;
};

/** Wall seconds of a build in `root` (this project by default): Node running `args` (`astro build` unless given), with `env` added to the environment. */
export function buildTime(root = process.cwd(), env: Record<string, string> = {}, args: string[] = [ASTRO_BIN, 'build']): number {
	const started = performance.now();
	const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, NODE_ENV: 'production' } });
	if (run.status !== 0) throw new Error(run.stderr || run.stdout);
	return (performance.now() - started) / 1000;
}

/**
 * Bytes a cold load of `path` transfers, by resource type: up to the load event (what the page
 * needs to render and work), and separately what is fetched afterwards while idle (Starlight
 * loads the search UI then, before the reader opens it). Sizes are gzip level 9, as a CDN serves them.
 */
export async function firstLoad(base: string, path: string) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	const page = await browser.newPage();
	const bodies: { type: string; raw: number; gzip: number; afterLoad: boolean }[] = [];
	let loaded = false;
	page.on('load', () => (loaded = true));
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (!['document', 'stylesheet', 'script', 'font'].includes(type)) return;
		const afterLoad = loaded;
		const body = await response.body().catch(() => Buffer.alloc(0));
		bodies.push({ type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, afterLoad });
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	await browser.close();
	const sum = (key: 'raw' | 'gzip', filter: (b: (typeof bodies)[number]) => boolean) => bodies.filter(filter).reduce((n, b) => n + b[key], 0);
	const first = (type?: string) => (b: (typeof bodies)[number]) => !b.afterLoad && (!type || b.type === type);
	return {
		html: sum('gzip', first('document')),
		css: sum('gzip', first('stylesheet')),
		js: sum('gzip', first('script')),
		fonts: sum('gzip', first('font')),
		raw: sum('raw', first()),
		gzip: sum('gzip', first()),
		idle: sum('gzip', (b) => b.afterLoad),
	};
}

/** Every response the page gets, kept to be counted once the timing is over. */
function collectResponses(page: Page): Response[] {
	const responses: Response[] = [];
	page.on('response', (response) => void responses.push(response));
	return responses;
}

/**
 * Gzip bytes (level 9) of the bodies of `responses` whose path `counted` accepts, read once the
 * timing is over: read and compressed as each arrived, they took CPU from the page being timed
 * (two cores) and, while the servers ran in the benchmark's process, held up their answers.
 */
async function gzipBytes(responses: Response[], counted: (path: string) => boolean): Promise<number> {
	let bytes = 0;
	for (const response of responses) {
		if (!counted(new URL(response.url()).pathname)) continue;
		bytes += gzipSync(await response.body().catch(() => Buffer.alloc(0)), { level: 9 }).length;
	}
	return bytes;
}

/**
 * One query typed into the search dialog on a cold page load (fresh browser), Ctrl+K pressed the
 * moment the page has loaded and the query put in at once or `typeDelay` ms later: milliseconds from the keystroke to the first code hit (the answer
 * engine: manifest and one shard, no search engine) and to the first full-text result (Pagefind),
 * and the gzip bytes of lookup data and of Pagefind fetched for it.
 */
export async function answerLatency(base: string, query: string, typeDelay = 0) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	const page = await browser.newPage();
	const responses = collectResponses(page);
	await page.goto(`${base}/`, { waitUntil: 'load' });
	await page.keyboard.press('Control+k');
	if (typeDelay > 0) await page.waitForTimeout(typeDelay);
	const times = await page.evaluate(
		(q) =>
			new Promise<{ code: number; text: number }>((resolve) => {
				const field = document.querySelector<HTMLInputElement>('#site-search-input')!;
				const started = performance.now();
				const seen: { code?: number; text?: number } = {};
				const observer = new MutationObserver(() => {
					seen.code ??= document.querySelector('[data-code-hits] a') ? performance.now() - started : undefined;
					// Full text is answered when the dialog marks the query done (its results may all be code hits).
					seen.text ??= document.querySelector<HTMLElement>('[data-search-status]')?.dataset.query === q ? performance.now() - started : undefined;
					if (seen.text !== undefined && (seen.code !== undefined || !document.querySelector('[data-code-hits] a'))) {
						observer.disconnect();
						resolve({ code: seen.code ?? NaN, text: seen.text });
					}
				});
				observer.observe(document.querySelector('site-search dialog')!, { childList: true, subtree: true, attributes: true });
				setTimeout(() => resolve({ code: seen.code ?? NaN, text: seen.text ?? NaN }), 5000);
				field.value = q;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
	await page.waitForTimeout(300);
	const fetched = {
		lookup: await gzipBytes(responses, (path) => path.startsWith('/api/lookup/')),
		pagefind: await gzipBytes(responses, (path) => path.startsWith('/pagefind/')),
	};
	await browser.close();
	return { ...times, ...fetched };
}

/** One event as Event Timing reports it: its duration runs from the input to the next paint after its handlers ran, in steps of 8 ms. */
export interface TimedEvent {
	name: string;
	duration: number;
	/** Shared by the events of one interaction (a key's keydown and keyup; a tap's pointer events and click); 0 outside one. */
	interactionId: number;
}

/**
 * How long the slowest interaction among `events` kept the reader waiting for the screen to
 * answer, as Chromium's Interaction to Next Paint reads one: its longest event. Event Timing
 * reports only events of 16 ms or more, so `NaN` means every interaction answered within 16 ms.
 */
export function interactionLatency(events: TimedEvent[]): number {
	const durations = events.filter((event) => event.interactionId > 0).map((event) => event.duration);
	return durations.length === 0 ? NaN : Math.max(...durations);
}

/**
 * Opening the search dialog on a cold page of `path`, by Ctrl+K or by a click on the search
 * button, once the page has loaded and gone quiet (the peer's Pagefind UI has then loaded; this
 * site has fetched nothing more): the interaction's latency by Event Timing (`interactionLatency`).
 */
export async function dialogOpenLatency(base: string, path: string, how: 'key' | 'click'): Promise<number> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	const page = await browser.newPage();
	await page.goto(base + path, { waitUntil: 'networkidle' });
	await page.evaluate(() => {
		const seen: TimedEvent[] = [];
		Object.assign(window, { timedEvents: seen });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as PerformanceEventTiming[])
				seen.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId });
		}).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
	});
	if (how === 'key') await page.keyboard.press('Control+k');
	else await page.click('button[data-open-modal]');
	// Event Timing reports an event once its next paint is in, which a busy page delays.
	await page.waitForTimeout(1000);
	const events = await page.evaluate(() => (window as unknown as { timedEvents: TimedEvent[] }).timedEvents);
	await browser.close();
	return interactionLatency(events);
}

/**
 * Gzip bytes of lookup data one `/lookup/?code=` fetches (manifest and shards). The files are read
 * again after the page is done: a unique answer jumps to its code's page, and a response's body
 * can no longer be read once the page has navigated away (it counted 0 bytes).
 */
export async function lookupBytes(base: string, query: string): Promise<number> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	const page = await browser.newPage();
	const fetched = new Set<string>();
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/api/lookup/')) fetched.add(request.url());
	});
	await page.goto(`${base}/lookup/?code=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
	await browser.close();
	let bytes = 0;
	for (const url of fetched) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
	return bytes;
}

/**
 * `flags` with `feature` taken out of their `--disable-features` list (the flag is dropped when
 * nothing is left in it); every other flag as it was.
 */
export function withFeatureLeftOn(flags: readonly string[], feature: string): string[] {
	const prefix = '--disable-features=';
	return flags.flatMap((flag) => {
		if (!flag.startsWith(prefix)) return [flag];
		const features = flag
			.slice(prefix.length)
			.split(',')
			.filter((name) => name !== '' && name !== feature);
		return features.length === 0 ? [] : [prefix + features.join(',')];
	});
}

/**
 * How Lighthouse's Chromium is launched: chrome-launcher's own flags, but with Chromium's
 * RenderDocument left on, as Chromium ships it (and as Puppeteer launches it since its PR
 * #14745). chrome-launcher 1.2.1 turns it off for Lighthouse (Lighthouse PR #16363); on that
 * older path, in this machine's Chromium 156, about two loads in five of either site stayed blank
 * for a further one or two seconds after their load event (their trace: the renderer's next frame
 * and its first presentation each about a second late), which no reader's browser does and which
 * cost both sites Speed Index and FCP points at random (docs/performance.md, round sixteen).
 */
const LIGHTHOUSE_CHROMIUM_FLAGS = [...withFeatureLeftOn(chromeLauncher.Launcher.defaultFlags(), 'RenderDocument'), ...CHROMIUM_FLAGS];

export async function lighthouseRun(url: string, formFactor: 'mobile' | 'desktop') {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: LIGHTHOUSE_CHROMIUM_FLAGS, ignoreDefaultFlags: true });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, formFactor === 'desktop' ? desktopConfig : undefined);
		const lhr = result!.lhr;
		const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcp: audit('largest-contentful-paint'),
			tbt: audit('total-blocking-time'),
			cls: audit('cumulative-layout-shift'),
			transfer: audit('total-byte-weight'),
		};
	} finally {
		chrome.kill();
	}
}

/** What `lighthouseRun` reports. */
export type LighthouseFigures = Awaited<ReturnType<typeof lighthouseRun>>;

/**
 * Several runs of one page as one row: each score is the lowest of the runs (a 100 must hold in
 * every run), CLS the highest, and LCP the median (one simulated LCP moved by up to 220 ms
 * between runs of the same page, enough to turn a comparison with the peer either way).
 */
export function worstScoresMedianLcp(runs: LighthouseFigures[]): LighthouseFigures {
	const lowest = (key: 'performance' | 'accessibility' | 'bestPractices' | 'seo') => Math.min(...runs.map((run) => run[key]));
	return {
		performance: lowest('performance'),
		accessibility: lowest('accessibility'),
		bestPractices: lowest('bestPractices'),
		seo: lowest('seo'),
		lcp: median(runs.map((run) => run.lcp)),
		tbt: median(runs.map((run) => run.tbt)),
		cls: Math.max(...runs.map((run) => run.cls)),
		transfer: median(runs.map((run) => run.transfer)),
	};
}

/**
 * The same measure on the plain Starlight peer (tools/lib/peer-site.ts): its default Pagefind UI
 * builds its search box once the page is idle; the query goes in as soon as the box exists (or
 * `typeDelay` ms later), and
 * the time runs from the input event to its first result (or its "no results" message) in the dialog.
 */
export async function peerSearchLatency(base: string, query: string, typeDelay = 0) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	const page = await browser.newPage();
	const responses = collectResponses(page);
	await page.goto(`${base}/`, { waitUntil: 'load' });
	await page.click('button[data-open-modal]:not([disabled])');
	await page.waitForSelector('#starlight__search input', { state: 'attached', timeout: 10_000 });
	if (typeDelay > 0) await page.waitForTimeout(typeDelay);
	const text = await page.evaluate(
		(q) =>
			new Promise<number>((resolve) => {
				const field = document.querySelector<HTMLInputElement>('#starlight__search input')!;
				const started = performance.now();
				const done = () => document.querySelector('#starlight__search .pagefind-ui__result, #starlight__search .pagefind-ui__message');
				const observer = new MutationObserver(() => {
					if (!done()) return;
					observer.disconnect();
					resolve(performance.now() - started);
				});
				observer.observe(document.querySelector('#starlight__search')!, { childList: true, subtree: true });
				setTimeout(() => resolve(NaN), 5000);
				field.value = q;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
	await page.waitForTimeout(300);
	const pagefind = await gzipBytes(responses, (path) => path.startsWith('/pagefind/'));
	await browser.close();
	return { text, pagefind };
}
