import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeEntry } from '../../src/catalog/model.ts';
import { EMPTY_FILTER, matchesFilter, NOT_AN_ERROR, type FilterState } from '../../src/views/venue-filter.ts';
import { baseUrl, DESKTOP, launchChromium, PHONE } from '../helpers/browser.ts';
import { realCatalogs } from '../helpers/catalogs.ts';
import { filterShown, filterStated, isCut, isReachable, isShown, laidOutHeight, pixelAt, statedCount, visibleRowCodes } from '../helpers/rendered.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

const catalogs = realCatalogs().filter((catalog) => !catalog.split);

async function open(path: string, device: BrowserContextOptions = DESKTOP, options: { javaScriptEnabled?: boolean; view?: 'cards' } = {}): Promise<Page> {
	const context = await browser.newContext({ ...device, javaScriptEnabled: options.javaScriptEnabled });
	if (options.view) await context.addInitScript((view) => localStorage.setItem('venue-view', view), options.view);
	const page = await context.newPage();
	await page.goto(baseUrl() + path);
	await page.waitForLoadState('load');
	// A filtered link's filter comes a moment after the page: wait for the reader to see it.
	if (options.javaScriptEnabled !== false && /[?&](q|category|retry)=[^&]/.test(path)) await filterShown(page);
	return page;
}
/** The page's length in screens, every group laid out (groups far from the screen are laid out as they near it). */
const screens = async (page: Page) => (await laidOutHeight(page)) / (await page.evaluate(() => innerHeight));
const filterable = (entry: CodeEntry) => ({
	code: entry.code,
	name: entry.name,
	messages: entry.messages,
	category: entry.category,
	retry: entry.retry ?? NOT_AN_ERROR,
});
const expected = (entries: CodeEntry[], state: FilterState) => entries.filter((entry) => matchesFilter(filterable(entry), state)).map((entry) => entry.code);
/** A word of a message in the middle of the catalog: a text filter that matches some codes, not all. */
function someWord(entries: CodeEntry[]): string {
	const entry = entries[Math.floor(entries.length / 2)];
	return entry.messages[0].split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0];
}
async function openChips(page: Page) {
	const toggle = page.getByRole('button', { name: /^Filters/ });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

describe('page heights (goals: /webull/ ≤ 20 phone and ≤ 8 desktop screens)', () => {
	it.each([
		['/webull/', PHONE, 20],
		['/webull/', DESKTOP, 8],
	] as const)('%s fits its goal', async (path, device, goal) => {
		const page = await open(path, device);
		expect(await screens(page)).toBeLessThanOrEqual(goal);
		await page.context().close();
	});

	it.each([PHONE, DESKTOP])('/compare/ is at most a third of its old length', async (device) => {
		const page = await open('/compare/', device);
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(15_903 / 3);
		await page.context().close();
	});
});

describe('groups laid out as they near the screen', () => {
	it.each(
		catalogs
			.map((catalog) => catalog.href)
			.flatMap((path) => (['table', 'cards'] as const).flatMap((view) => [[path, view, 'desktop', DESKTOP] as const, [path, view, 'phone', PHONE] as const])),
	)(
		'%s, %s view, %s: the length at load is within 20 %% of its length with every group laid out',
		async (path, view, _name, device) => {
			const page = await open(path, device, { view: view === 'cards' ? 'cards' : undefined });
			// As the reader first sees it, once the browser has settled which groups are near the screen: the
			// same length two frames running (a frame waited for a quarter of a second at most).
			const atLoad = await page.evaluate(async () => {
				const frame = () => new Promise((resolve) => (requestAnimationFrame(resolve), setTimeout(resolve, 250)));
				let previous = -1;
				for (let frames = 0; frames < 20 && (frames < 2 || document.documentElement.scrollHeight !== previous); frames++) {
					previous = document.documentElement.scrollHeight;
					await frame();
				}
				return document.documentElement.scrollHeight;
			});
			const real = await laidOutHeight(page);
			// Off-screen groups take an estimate until they near the screen: a scroll bar that promises a page
			// a fifth longer or shorter than it is misleads (with one size per code for every view, cards on a phone were a fifth of their length).
			expect(Math.abs(atLoad - real) / real).toBeLessThanOrEqual(0.2);
			await page.context().close();
			// A bound, not a measure: one of these ran past the default 30 s on a busy CI machine.
		},
		60_000,
	);

	it.each(['first', 'last'] as const)("shows the whole frame of a deep-linked entry that is a group's %s", async (which) => {
		// A group in the middle of the page, from the catalog model the page is rendered from.
		const { entries } = catalogs.find((catalog) => catalog.slug === 'webull')!.groups[2];
		const code = (which === 'first' ? entries[0] : entries.at(-1)!).code;
		const page = await open(`/webull/#${code}`);
		const entry = page.locator(`article[id="${code}"]`);
		await expect.poll(() => isReachable(entry.locator('h3'))).toBe(true);
		const { box, frame } = await entry.evaluate((element) => ({
			box: element.getBoundingClientRect().toJSON() as DOMRect,
			frame: getComputedStyle(element).outlineColor,
		}));
		// In the middle of the 2 px frame drawn around the entry's box, on each side: the accent, not cut off.
		const middleX = box.left + box.width / 2;
		const middleY = box.top + box.height / 2;
		expect(await pixelAt(page, box.left - 1, middleY)).toBe(frame);
		expect(await pixelAt(page, box.right + 1, middleY)).toBe(frame);
		expect(await pixelAt(page, middleX, box.top - 1)).toBe(frame);
		expect(await pixelAt(page, middleX, box.bottom + 1)).toBe(frame);
		await page.context().close();
	});
});

describe.each(catalogs.map((catalog) => [catalog.slug, catalog] as const))('%s: the count the page states is the rows a reader sees', (slug, catalog) => {
	const word = someWord(catalog.entries);
	const middle = catalog.entries[Math.floor(catalog.entries.length / 2)];
	const retry = filterable(catalog.entries[0]).retry;
	it.each([
		['table', 'desktop', DESKTOP],
		['table', 'phone', PHONE],
		['cards', 'desktop', DESKTOP],
		['cards', 'phone', PHONE],
	] as const)('%s view, %s: text, chip and combined filters', async (view, _name, device) => {
		const page = await open(`/${slug}/`, device, { view: view === 'cards' ? 'cards' : undefined });
		expect(await visibleRowCodes(page)).toHaveLength(catalog.entries.length);
		expect(await statedCount(page)).toBe(catalog.entries.length);

		// Text typed in the box.
		await page.getByLabel(/^Filter the codes/).fill(word);
		await filterStated(page);
		const byText = expected(catalog.entries, { ...EMPTY_FILTER, text: word });
		expect(byText.length).toBeGreaterThan(0);
		await expect.poll(() => visibleRowCodes(page)).toEqual(byText);
		expect(await statedCount(page)).toBe(byText.length);

		// A chip, with the text still on: combined.
		await openChips(page);
		await page.locator(`button[data-filter-category="${middle.category}"]`).click();
		const combined = expected(catalog.entries, { ...EMPTY_FILTER, text: word, categories: [middle.category] });
		await expect.poll(() => visibleRowCodes(page)).toEqual(combined);
		expect(await statedCount(page)).toBe(combined.length);

		// A chip alone.
		await page.getByLabel(/^Filter the codes/).fill('');
		await page.locator(`button[data-filter-category="${middle.category}"]`).click();
		await page.locator(`button[data-filter-retry="${retry}"]`).click();
		const byChip = expected(catalog.entries, { ...EMPTY_FILTER, retries: [retry] });
		await expect.poll(() => visibleRowCodes(page)).toEqual(byChip);
		expect(await statedCount(page)).toBe(byChip.length);
		// The group index counts follow: "n of m" per group, adding up to what is shown.
		const indexed = await page
			.locator('nav.group-index li')
			.evaluateAll((items) => items.map((item) => /(\d+) of \d+/.exec((item as HTMLElement).innerText)?.[1]));
		expect(indexed.reduce((sum, n) => sum + Number(n ?? 0), 0)).toBe(byChip.length);
		// Every group with nothing left is gone from the screen, heading and all.
		const headings = await page.locator('section.code-group h2').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).length);
		expect(headings).toBe(new Set(catalog.entries.filter((entry) => byChip.includes(entry.code)).map((entry) => entry.groupId)).size);
		await page.context().close();
	});
});

describe('filters', () => {
	it('a filter that matches nothing says so, and one control clears every filter', async () => {
		const page = await open('/mexc-futures/?q=zzqqxx&retry=yes');
		expect(await visibleRowCodes(page)).toEqual([]);
		const empty = page.getByText(/^No code on this page matches/);
		expect(await isShown(empty)).toBe(true);
		expect(await empty.innerText()).toContain('“zzqqxx”');
		await page.locator('[data-filter-empty]').getByRole('button', { name: 'Clear filters' }).click();
		expect(await visibleRowCodes(page)).toHaveLength(72);
		expect(await statedCount(page)).toBe(72);
		expect(await isShown(empty)).toBe(false);
		expect(new URL(page.url()).search).toBe('');
		await page.context().close();
	});

	it('a page opened from a filtered link says so at the top, and the note goes with the filter', async () => {
		const page = await open('/coinflex/?retry=yes', PHONE);
		const note = page.getByText(/^This page opened with a filter/);
		expect(await isReachable(note)).toBe(true);
		expect(await note.innerText()).toContain('6 of 53 codes shown');
		expect(await visibleRowCodes(page)).toHaveLength(6);
		await note.getByRole('button', { name: 'show every code' }).click();
		expect(await isShown(note)).toBe(false);
		expect(await visibleRowCodes(page)).toHaveLength(53);
		await page.context().close();
	});

	it('on a phone the box, the chips and the live count stay in reach while the rows scroll', async () => {
		const page = await open('/webull/', PHONE);
		const box = page.getByLabel(/^Filter the codes/);
		await box.fill('order');
		await filterStated(page);
		await page.evaluate(() => scrollTo(0, 6000));
		await page.waitForTimeout(100);
		expect(await isReachable(box)).toBe(true);
		const status = page.getByRole('status').filter({ hasText: /^Showing/ });
		expect(await isReachable(status)).toBe(true);
		await page.getByRole('button', { name: /^Filters/ }).click();
		const chip = page.locator('button[data-filter-retry="check-first"]');
		expect(await isReachable(chip)).toBe(true);
		await chip.click();
		expect(await statedCount(page)).toBe((await visibleRowCodes(page)).length);
		// The first row shown sits under the bar, not behind it.
		await box.press('Enter');
		const first = page.locator(`article[id="${(await visibleRowCodes(page))[0]}"] a.code-entry__permalink`);
		expect(await isReachable(first)).toBe(true);
		await page.context().close();
	});

	it('without JavaScript, lists every code open, shows no dead control and says to use the browser’s find', async () => {
		const page = await open('/webull/?category=order-state', DESKTOP, { javaScriptEnabled: false });
		expect(await visibleRowCodes(page)).toHaveLength(235);
		expect(await isShown(page.locator('form[data-venue-tools]'))).toBe(false);
		expect(await isShown(page.getByText(/use your browser's find/))).toBe(true);
		// Nothing could copy without scripts: the permalink is the link to copy.
		expect(await isShown(page.locator('article[id="ORDER_NOT_FOUND"] button[data-copy-link]'))).toBe(false);
		expect(await isShown(page.locator('article[id="ORDER_NOT_FOUND"] a.code-entry__permalink'))).toBe(true);
		expect(await isShown(page.getByText(/^This page opened with a filter/))).toBe(false);
		await page.context().close();
	});

	it('the lookup page without JavaScript leads to every venue page', async () => {
		const page = await open('/lookup/?code=-2018', DESKTOP, { javaScriptEnabled: false });
		for (const catalog of catalogs) expect(await isShown(page.getByRole('link', { name: catalog.title, exact: true }).last())).toBe(true);
		await page.context().close();
	});
});

describe('Enter in the box', () => {
	it.each([
		['/webull/', 'buying power', 'ORDER_BUYING_POWER_NOT_ENOUGH'],
		['/binance-options/', 'timestamp', '-1021'],
	])('on %s with one match (%s), goes to it', async (path, text, code) => {
		const page = await open(path, PHONE);
		await page.getByLabel(/^Filter the codes/).fill(text);
		await filterStated(page);
		await expect.poll(() => visibleRowCodes(page)).toEqual([code]);
		await page.getByLabel(/^Filter the codes/).press('Enter');
		await page.waitForURL(`**${path}?q=${text.replace(' ', '+')}#${code}`);
		expect(await isReachable(page.locator(`article[id="${code}"] a.code-entry__permalink`))).toBe(true);
		expect(await isShown(page.locator(`article[id="${code}"] button[data-copy-link]`))).toBe(true);
		await page.context().close();
	});

	it('with a code typed exactly, goes to it though other rows contain it', async () => {
		const page = await open('/lbank-futures/');
		await page.getByLabel(/^Filter the codes/).fill('0');
		await filterStated(page);
		expect((await visibleRowCodes(page)).length).toBeGreaterThan(1);
		await page.getByLabel(/^Filter the codes/).press('Enter');
		await page.waitForURL('**/lbank-futures/?q=0#0');
		await page.context().close();
	});

	it.each([
		['/webull/', 'ORDER'],
		['/lbank-futures/', 'leverage'],
		['/mexc-futures/', 'order'],
	])('on %s with several matches (%s), stays and moves to the results', async (path, text) => {
		const page = await open(path);
		const box = page.getByLabel(/^Filter the codes/);
		await box.fill(text);
		await filterStated(page);
		const shown = await visibleRowCodes(page);
		expect(shown.length).toBeGreaterThan(1);
		await box.press('Enter');
		await page.waitForTimeout(300);
		expect(new URL(page.url()).pathname).toBe(path);
		expect(new URL(page.url()).hash).toBe('');
		expect(await visibleRowCodes(page)).toEqual(shown);
		const focused = page.locator(':focus');
		expect(await focused.evaluate((el) => el.closest('article')?.id)).toBe(shown[0]);
		expect(await isReachable(focused)).toBe(true);
		await page.context().close();
	});

	it('with no match, looks the paste up across venues', async () => {
		const page = await open('/lbank-futures/');
		await page.getByLabel(/^Filter the codes/).fill('{"code":-2018,"msg":"Balance is insufficient."}');
		await filterStated(page);
		expect(await visibleRowCodes(page)).toEqual([]);
		await page.getByLabel(/^Filter the codes/).press('Enter');
		await page.waitForURL('**/binance-options/#-2018');
		await page.context().close();
	});

	it.each([
		['webull', 'ORDER'],
		['lbank-futures', 'leverage'],
		['binance-options', 'timestamp'],
	])('the lookup never says "not in any catalog" for words %s’s filter finds (%s)', async (venue, text) => {
		const page = await open(`/lookup/?${new URLSearchParams({ code: text, venue })}`);
		const result = page.locator('#lookup-result');
		await expect.poll(() => result.innerText()).toMatch(/contain it/);
		expect(await result.innerText()).not.toContain('not in any catalog');
		await result
			.getByRole('link', { name: /codes? of/ })
			.first()
			.click();
		await page.waitForURL(`**/${venue}/?q=${text}`);
		await filterShown(page);
		expect(await statedCount(page)).toBe((await visibleRowCodes(page)).length);
		await page.context().close();
	});
});

describe('advice in sight', () => {
	it('on a phone, -1008’s row says unopened that its advice varies, and a tap on the message opens it', async () => {
		const page = await open('/binance-options/', PHONE);
		const row = page.locator('article[id="-1008"]');
		const varies = row.getByText('varies by message');
		expect(await isShown(varies)).toBe(true);
		expect(await isShown(row.locator('button[data-copy-link]'))).toBe(false);
		await row.locator('.message').first().tap();
		expect(await isShown(row.locator('button[data-copy-link]'))).toBe(true);
		expect(await isShown(row.getByText(/Do not retry/))).toBe(true);
		await page.context().close();
	});

	it.each([
		['table', DESKTOP],
		['table', PHONE],
		['cards', DESKTOP],
		['cards', PHONE],
	] as const)('no advice text is cut (%s view)', async (view, device) => {
		const page = await open('/binance-options/', device, { view: view === 'cards' ? 'cards' : undefined });
		const guidance = page.locator('.message-guidance');
		expect(await guidance.count()).toBeGreaterThan(0);
		for (const item of await guidance.all()) {
			expect(await isShown(item)).toBe(true);
			expect(await isCut(item), await item.innerText()).toBe(false);
		}
		expect(await page.locator('article[id="-1015"]').innerText()).toContain('Not before the interval');
		await page.context().close();
	});

	it.each([DESKTOP, PHONE])('the legend says once what every label in the rows means (%#)', async (device) => {
		const page = await open('/binance-options/', device);
		const legend = page.locator('.guidance-legend');
		const meanings = legend.locator('dl');
		expect(await isShown(meanings)).toBe(false);
		await legend.getByText('What the labels mean').click();
		// Every label a row shows (retry advice, CCXT's relation) is a term of the legend a reader now sees, with its meaning beside it.
		const labels = new Set<string>();
		// The label is the element's own first text (an override mark and its screen-reader words follow it).
		for (const label of await page.locator('article .guidance__retry, article .guidance__ccxt').all())
			labels.add(await label.evaluate((el) => el.firstChild!.textContent!.trim()));
		expect(labels.size).toBeGreaterThan(2);
		for (const label of labels) {
			const term = meanings.locator('dt', { hasText: new RegExp(`^${label}$`) });
			expect(await isShown(term), label).toBe(true);
			const meaning = term.locator('xpath=following-sibling::dd[1]');
			expect(await isShown(meaning), label).toBe(true);
			expect((await meaning.innerText()).length).toBeGreaterThan(10);
		}
		// The release compared is named once on the page, in the intro beside the legend.
		expect(await isShown(page.locator('.venue-facts').getByText(`CCXT ${catalogs.find((catalog) => catalog.slug === 'binance-options')!.ccxt!.version}`))).toBe(
			true,
		);
		await page.context().close();
	});

	it('retry advice has the same colour on the page as in search', async () => {
		const page = await open('/webull/');
		const row = page.locator('article[id="ORDER_NOT_FOUND"]').getByText('Do not retry');
		const onPage = await row.evaluate((el) => getComputedStyle(el).color);
		await page.keyboard.press('Control+k');
		await page.locator('#site-search-input').fill('ORDER_NOT_FOUND');
		const inSearch = page
			.locator('[data-code-hits]')
			.getByText(/Site advice: Do not retry/)
			.first();
		await expect.poll(() => isShown(inSearch)).toBe(true);
		expect(await inSearch.evaluate((el) => getComputedStyle(el).color)).toBe(onPage);
		await page.context().close();
	});
});

describe('deep links into the table view', () => {
	it.each([PHONE, DESKTOP])('land on the entry, highlighted, details open, under the venue name', async (device) => {
		const page = await open('/webull/#ORDER_NOT_FOUND', device);
		const entry = page.locator('article[id="ORDER_NOT_FOUND"]');
		await expect.poll(() => isShown(entry.locator('button[data-copy-link]'))).toBe(true);
		expect(await isReachable(entry.locator('a.code-entry__permalink'))).toBe(true);
		const background = await entry.evaluate((el) => getComputedStyle(el).backgroundColor);
		const other = await page.locator('article[id="ILLEGAL_PARAMETER"]').evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe(other);
		// The sticky heading above it names the venue and is on screen, above the entry.
		const heading = page.locator('section.code-group:has(article[id="ORDER_NOT_FOUND"]) h2');
		expect(await heading.innerText()).toContain('Webull OpenAPI');
		expect(await isReachable(heading)).toBe(true);
		const box = await entry.boundingBox();
		const headingBox = await heading.boundingBox();
		expect(headingBox!.y + headingBox!.height).toBeLessThanOrEqual(box!.y + 1);
		await page.context().close();
	});

	it('clears a filter that would hide the linked entry', async () => {
		const page = await open('/webull/?category=funds-transfer#ORDER_NOT_FOUND');
		await expect.poll(() => isShown(page.locator('article[id="ORDER_NOT_FOUND"]'))).toBe(true);
		expect(new URL(page.url()).search).toBe('');
		expect(await visibleRowCodes(page)).toHaveLength(235);
		await page.context().close();
	});

	it('Back after a deep link shows the filter the URL names again', async () => {
		const page = await open('/webull/?q=zzzz');
		expect(await visibleRowCodes(page)).toEqual([]);
		await page.evaluate(() => (location.hash = 'ILLEGAL_PARAMETER'));
		await expect.poll(() => visibleRowCodes(page)).toHaveLength(235);
		await page.goBack();
		await page.waitForURL('**/webull/?q=zzzz');
		await expect.poll(() => visibleRowCodes(page)).toEqual([]);
		expect(await page.getByLabel(/^Filter the codes/).inputValue()).toBe('zzzz');
		expect(await isShown(page.getByText(/^No code on this page matches/))).toBe(true);
		await page.context().close();
	});

	it('filters at a path with a doubled slash (hosts that merge slashes serve //webull/)', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		const html = readFileSync('dist/webull/index.html', 'utf8');
		await page.route(/\/\/webull\//, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${baseUrl()}//webull/?q=order`);
		await page.getByLabel(/^Filter the codes/).fill('order not');
		await filterStated(page);
		await expect.poll(() => statedCount(page)).toBe((await visibleRowCodes(page)).length);
		expect(new URL(page.url()).searchParams.get('q')).toBe('order not');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps the chosen view across a reload, and the pressed button names the view shown', async () => {
		const page = await open('/binance-options/');
		const details = page.locator('article[id="-1121"] button[data-copy-link]');
		expect(await isShown(details)).toBe(false);
		await page.getByRole('button', { name: 'Cards' }).click();
		expect(await isShown(details)).toBe(true);
		const colours = () =>
			page.locator('[role="group"][aria-label="View"] button').evaluateAll((bs) => bs.map((b) => `${b.textContent}:${getComputedStyle(b).backgroundColor}`));
		const [table, cards] = await colours();
		expect(table.split(':')[1]).not.toBe(cards.split(':')[1]);
		await page.reload();
		expect(await isShown(details)).toBe(true);
		expect(await colours()).toEqual([table, cards]);
		await page.context().close();
	});

	it('marks advice that departs from its category, and only that', async () => {
		const page = await open('/webull/');
		const marks = await page
			.locator('article.code-entry')
			.evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).innerText.includes('✱')).map((row) => row.id));
		expect(marks.length).toBeGreaterThan(0);
		expect(marks.length).toBeLessThan(40);
		expect(marks).toContain('ORDER_PENDING_SUBMIT');
		expect(marks).not.toContain('ORDER_NOT_FOUND');
		await page.context().close();
	});
});

describe('/compare/', () => {
	it('shows messages without hover on a category page, reached from the overview, the select and an old filtered URL', async () => {
		const page = await open('/compare/?category=insufficient-funds', PHONE);
		await page.waitForURL('**/compare/insufficient-funds/');
		const table = page.locator('table#insufficient-funds');
		expect(await table.locator('.compare-codes').first().innerText()).toContain('Balance is insufficient.');
		await page.goto(page.url().replace(/insufficient-funds\/$/, ''));
		expect(await page.locator('[data-compare-category]').count()).toBe(16);
		await page.locator('#compare-category').selectOption('rate-limit');
		expect(page.url()).not.toContain('rate-limit');
		await page.locator('[data-compare-filter] button[type=submit]').click();
		await page.waitForURL('**/compare/rate-limit/');
		expect(await page.locator('table#rate-limit tbody tr').count()).toBeGreaterThan(0);
		await page.context().close();
	});
});
