import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { preview } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PHONE, SEARCH, searchResults } from '../helpers/browser.ts';
import { freePort } from '../../support/free-port.ts';
import { buildProject, copyProject } from '../../support/project-copy.ts';

/**
 * Builds a copy of the site whose only catalog carries markup in every text field a page, the
 * search, the export or llms.txt shows, and checks that each reaches them as text and nothing
 * runs: every payload sets `window.__pwned` if it ever executes.
 */
const T = {
	venue: 'Mark<b>up</b>',
	// In the head's attributes (og:title), where Astro leaves `<` as it is: the build's passes over the pages must not take these for the head's end or a script.
	product: 'WebSocket API</title><script>window.__pwned = "title"</script></head><script>var spaced = 1</script>',
	summary: 'Summary <img src=x onerror="window.__pwned = \'summary\'"> & *md*',
	sourceTitle: 'Errors <script>window.__pwned = "source"</script>',
	historySummary: 'First <img src=x onerror="window.__pwned = \'history\'">',
	refinedMessage: 'Banned until %s <b>now</b>',
	wait: 'Wait <img src=x onerror="window.__pwned = \'wait\'"> *md*',
	transport: 'REST <i>over</i> HTTPS',
	example: '{"code": 1, "msg": "<script>window.__pwned = \'example\'</script>"}',
	groupTitle: 'Group <svg onload="window.__pwned = \'group\'">',
	groupLabel: '1x<b>x</b>',
	name: 'NAME_<b>BOLD</b>',
	note: 'Note [link](javascript:window.__pwned=1) <u>u</u>',
	code: 'E<svg/onload=window.__pwned=9>',
	longCode: 'com.venue.error.order.price.exceeds.limit.because.the.book.is.thin',
};
const MESSAGES = [
	'The order <b>does</b> not exist <script>window.__pwned = 1</script>',
	'**bold** and [a link](https://example.com/) and `code` stay as typed',
	'<img src=x onerror="window.__pwned = 2"> & &amp; entities',
];
const yaml = (text: string) => JSON.stringify(text);
const CATALOG = `venue: ${yaml(T.venue)}
product: ${yaml(T.product)}
summary: ${yaml(T.summary)}
source: { title: ${yaml(T.sourceTitle)}, url: "https://example.com/errors", captured: "2026-01-01", checked: "2026-01-02" }
transport: ${yaml(T.transport)}
payload: { codeField: code, messageField: msg, origin: site, example: ${yaml(T.example)} }
grouping: site
groups:
  - id: all
    title: ${yaml(T.groupTitle)}
    label: ${yaml(T.groupLabel)}
codes:
${MESSAGES.map((m, i) => `  - code: "${i + 1}"\n    group: all\n    category: system\n    messages:\n      - ${yaml(m)}`).join('\n')}
  - code: ${yaml(T.code)}
    name: ${yaml(T.name)}
    group: all
    category: system
    notes:
      - ${yaml(T.note)}
    messages:
      - Code with markup
      - text: ${yaml(T.refinedMessage)}
        retry: "no"
        wait: ${yaml(T.wait)}
  - code: ${yaml(T.longCode)}
    group: all
    category: system
    messages:
      - A long dotted code
history:
  - date: "2026-01-01"
    summary: ${yaml(T.historySummary)}
`;
const TITLE = `${T.venue} ${T.product}`;

let root: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof preview>>;
let base: string;
let buildOutput: string;

beforeAll(async () => {
	// Inside the project (git-ignored) so the copy resolves the project's node_modules.
	root = copyProject('.fixture-markup-');
	rmSync(join(root, 'src/content/catalogs'), { recursive: true });
	mkdirSync(join(root, 'src/content/catalogs'));
	writeFileSync(join(root, 'src/content/catalogs/markup-test.yaml'), CATALOG);
	const built = buildProject(root);
	if (built.status !== 0) throw new Error(`fixture build failed:\n${built.output}`);
	buildOutput = built.output;
	const port = await freePort();
	server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
	base = `http://127.0.0.1:${port}`;
	browser = await launchChromium();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (root && !process.env.KEEP_FIXTURE) rmSync(root, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

describe('catalog text is data, never markup', () => {
	it('renders every field as literal text on the venue page', () => {
		const $ = cheerio.load(read('markup-test/index.html'));
		expect($('head > title').text()).toBe(`${TITLE} error codes | Trading API error codes`);
		expect($('head > title').length).toBe(1);
		expect($('h1').text()).toBe(`${TITLE} error codes`);
		expect($('meta[property="og:title"]').attr('content')).toBe(`${TITLE} error codes`);
		expect($('meta[name="description"]').attr('content')).toContain(TITLE);
		// The module preloads went into the head itself, after its last element.
		expect($('head > link[rel="modulepreload"]').length).toBeGreaterThan(0);
		expect($('head').children().last().is('link[rel="modulepreload"]')).toBe(true);
		expect($('.code-entry > ul .message').map((_, m) => $(m).text()).get().slice(0, 3)).toEqual(MESSAGES);
		const main = $('main').text();
		for (const text of [T.summary, T.sourceTitle, T.groupTitle, T.name, T.note, T.code, T.refinedMessage, T.wait]) expect(main).toContain(text);
		expect($('pre').text()).toContain(T.example);
		// The sidebar shows the venue, and the group index its groups, as text.
		expect($('#starlight__sidebar').text()).toContain(TITLE);
		expect($('nav.group-index').text()).toContain(T.groupTitle);
		expect($('nav.group-index').text()).toContain(T.groupLabel);
		// No element anywhere was made from catalog text: the only scripts are the site's own.
		expect($('script').filter((_, el) => $(el).text().includes('__pwned')).length).toBe(0);
		expect($('[onerror], [onload]').length).toBe(0);
		expect($('main b, main u, main i, main img, main svg[onload]').length).toBe(0);
		expect($('[id]').filter((_, el) => $(el).attr('id') === T.code).get().map((el) => el.tagName)).toEqual(['article']);
	});

	it('exports every field unchanged', () => {
		const exported = JSON.parse(read('api/markup-test.json'));
		expect([exported.venue, exported.product, exported.summary, exported.source.title, exported.transport, exported.payload.example]).toEqual([T.venue, T.product, T.summary, T.sourceTitle, T.transport, T.example]);
		expect(exported.groups[0]).toMatchObject({ title: T.groupTitle, label: T.groupLabel });
		expect(exported.codes.map((c: { messages: string[] }) => c.messages[0]).slice(0, 3)).toEqual(MESSAGES);
		expect(exported.codes[3]).toMatchObject({ code: T.code, name: T.name, notes: [T.note], messages: ['Code with markup', T.refinedMessage] });
		expect(exported.codes[3].variants[1]).toMatchObject({ message: T.refinedMessage, refined: true, retry: 'no', wait: T.wait });
	});

	it('keeps llms.txt inert: titles escaped, codes and messages in code spans', () => {
		const index = read('llms.txt');
		const full = read('llms-full.txt');
		expect(index).not.toMatch(/<script>|<b>/);
		// Outside code spans (which Markdown renders literally) no markup character is left.
		expect(full.replace(/(`+)[^]*?\1/g, '').replace(/<https:[^>]+>/g, '')).not.toMatch(/(?<!\\)[<>]/);
		expect(full).toContain(`\`${MESSAGES[0]}\``);
		expect(full).toContain('``**bold** and [a link](https://example.com/) and `code` stay as typed``');
		expect(full).toContain('## Mark\\<b\\>up\\</b\\> WebSocket API\\</title\\>\\<script\\>window.\\_\\_pwned = "title"\\</script\\>');
	});

	it('shows the characters literally in the browser and runs nothing: page, search, lookup, home', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/markup-test/`);
		expect(await page.title()).toBe(`${TITLE} error codes | Trading API error codes`);
		expect(await page.locator('article[id="1"] .message').textContent()).toBe(MESSAGES[0]);
		await page.waitForSelector(SEARCH.button);
		await page.keyboard.press('Control+k');
		await searchResults(page, 'The order does not exist');
		expect(await page.locator('site-search dialog').textContent()).toContain('<script>');
		await searchResults(page, T.code);
		expect(await page.locator(SEARCH.codeLinks).first().textContent()).toBe(`${T.code} ${T.name} · ${TITLE}`);
		expect(await page.locator('site-search dialog b, site-search dialog img, site-search dialog script, site-search dialog svg[onload]').count()).toBe(0);
		expect(await pwned(page)).toBeUndefined();
		for (const path of ['/', '/404.html', '/changelog/', `/lookup/?code=${encodeURIComponent('The order')}`, `/markup-test/#${encodeURIComponent('<img src=x onerror=window.__pwned=3>')}`]) {
			await page.goto(base + path);
			await page.waitForLoadState('networkidle');
			expect(await pwned(page), path).toBeUndefined();
		}
		await page.close();
	});

	it('lists the venue on the 404 page as text', () => {
		const $ = cheerio.load(read('404.html'));
		expect($('main a[href="/markup-test/"]').text()).toBe(TITLE);
		expect($('main b, main script, main img').length).toBe(0);
	});

	it('keeps the changelog inert: the history summary is text', () => {
		const $ = cheerio.load(read('changelog/index.html'));
		expect($('.release__changes li').text()).toContain(T.historySummary);
		expect($('.release__changes img').length).toBe(0);
		expect(JSON.parse(read('api/changelog.json')).releases[0].changes[0].summary).toBe(T.historySummary);
	});

	it('warns loudly that a build without SITE_URL is not for deployment', () => {
		expect(buildOutput).toContain('| SITE_URL is not set: this build is NOT for deployment.');
	});

	it('lands a deep link to the code with markup on its entry', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/markup-test/#${encodeURIComponent(T.code)}`);
		expect(await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.tagName)).toBe('ARTICLE');
		await page.close();
	});

	it('wraps a long code without underscores on a 375 px phone', async () => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.goto(`${base}/markup-test/#${T.longCode}`);
		const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
		expect(widths.scroll).toBeLessThanOrEqual(widths.width);
		await context.close();
	});
});
