import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { preview } from 'astro';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SEARCH, searchResults } from '../helpers/browser.ts';
import { freePort } from '../helpers/free-port.ts';

/**
 * Builds a copy of the site whose only catalog carries messages full of markup, and checks
 * that every character reaches the page and the search results as text, and nothing runs.
 */
const MESSAGES = [
	'The order <b>does</b> not exist <script>window.__pwned = 1</script>',
	'**bold** and [a link](https://example.com/) and `code` stay as typed',
	'<img src=x onerror="window.__pwned = 2"> & &amp; entities',
];
const CATALOG = `venue: Markup
product: Test API
summary: A catalog whose messages are full of markup.
source: { title: Errors, url: https://example.com/errors }
transport: REST
payload: { codeField: code, messageField: msg, origin: site, example: '{"code": 1, "msg": "<b>x</b>"}' }
groups:
  - id: all
    title: All
    match: { ranges: [[1, 9]] }
codes:
${MESSAGES.map((m, i) => `  - code: "${i + 1}"\n    group: all\n    category: system\n    messages:\n      - ${JSON.stringify(m)}`).join('\n')}
`;

let root: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof preview>>;
let base: string;

beforeAll(async () => {
	// Inside the project (git-ignored) so the copy resolves the project's node_modules.
	root = mkdtempSync(join(process.cwd(), '.fixture-markup-'));
	for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(item, join(root, item), { recursive: true });
	rmSync(join(root, 'src/content/catalogs'), { recursive: true });
	mkdirSync(join(root, 'src/content/catalogs'));
	writeFileSync(join(root, 'src/content/catalogs/markup-test.yaml'), CATALOG);
	// A clean environment: Vitest's (NODE_ENV=test and friends) would make Astro build in dev mode.
	const built = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
	if (built.status !== 0) throw new Error(`fixture build failed:\n${built.stdout}\n${built.stderr}`);
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

describe('messages are data, never markup', () => {
	it('renders each message as literal text in the built HTML', () => {
		const html = readFileSync(join(root, 'dist/markup-test/index.html'), 'utf8');
		const $ = cheerio.load(html);
		expect($('.code-entry__messages .message').map((_, m) => $(m).text()).get()).toEqual(MESSAGES);
		expect($('.code-entry__messages script, .code-entry__messages img, .code-entry__messages b, .code-entry__messages strong').length).toBe(0);
		// No element anywhere was made from a message: the only scripts are the site's own.
		expect($('script').filter((_, el) => $(el).text().includes('__pwned')).length).toBe(0);
		expect($('[onerror]').length).toBe(0);
		expect($('article[id="1"] .message').html()).toBe('The order &lt;b&gt;does&lt;/b&gt; not exist &lt;script&gt;window.__pwned = 1&lt;/script&gt;');
	});

	it('exports the messages unchanged', () => {
		const exported = JSON.parse(readFileSync(join(root, 'dist/api/markup-test.json'), 'utf8'));
		expect(exported.codes.map((c: { messages: string[] }) => c.messages[0])).toEqual(MESSAGES);
	});

	it('shows the characters literally on the page and in search results, and runs nothing', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/markup-test/`);
		expect(await page.locator('article[id="1"] .message').textContent()).toBe(MESSAGES[0]);
		await page.waitForSelector(SEARCH.button);
		await page.keyboard.press('Control+k');
		await searchResults(page, 'The order does not exist');
		const shown = await page.locator('site-search dialog').textContent();
		expect(shown).toContain('<script>');
		expect(await page.locator('site-search dialog [data-code-hits] script, site-search dialog [data-code-hits] img, site-search dialog [data-text-results] script, site-search dialog [data-text-results] img, site-search dialog b').count()).toBe(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await page.close();
	});
});
