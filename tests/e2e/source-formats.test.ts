/**
 * What the catalog-format extensions of Binance Spot and Bybit V5 show a reader (issue 19):
 * messages a source lists once for several codes, deprecated codes, codes listed in several
 * sections, and a split venue's permanent links.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchChromium, PHONE } from '../helpers/browser.ts';
import { realCatalogs } from '../helpers/catalogs.ts';
import { filterStated, isReachable, isShown, visibleRowCodes } from '../helpers/rendered.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

const spot = realCatalogs().find((c) => c.slug === 'binance-spot')!;
const bybit = realCatalogs().find((c) => c.slug === 'bybit-v5')!;

describe('messages listed once for several codes', () => {
	it('lists the matching-engine messages once, and each of its codes links to them', async () => {
		const page = await browser.newPage(DESKTOP);
		await page.goto(`${baseUrl()}/binance-spot/#-2011`);
		const link = page.locator('article[id="-2011"]').getByRole('link', { name: /^41 messages the venue lists once for 4 codes$/ });
		expect(await isShown(link)).toBe(true);
		await link.click();
		await page.waitForURL((url) => url.pathname + url.hash === '/binance-spot/#matching-engine-messages');
		const heading = page.getByRole('heading', { name: spot.messageSets[0].title });
		expect(await isReachable(heading)).toBe(true);
		// Every message of the set is on the page once, verbatim.
		const shown = await page.locator('#matching-engine-messages').locator('xpath=..').locator('.message').allTextContents();
		expect(shown).toEqual(spot.messageSets[0].variants.map((v) => v.text));
		expect(await page.getByText('Duplicate order sent.', { exact: true }).count()).toBe(1);
		await page.close();
	});

	it('finds a set message under every code the source puts it under, with the filter', async () => {
		const page = await browser.newPage(DESKTOP);
		await page.goto(`${baseUrl()}/binance-spot/`);
		await page.getByLabel(/^Filter the codes/).fill('Duplicate order sent.');
		await filterStated(page);
		expect(await visibleRowCodes(page)).toEqual(['-1010', '-2010', '-2011', '-2038']);
		// The list those four codes take it from stays in sight; the filter-failure list (-1013's) does not.
		expect(await isShown(page.locator('#matching-engine-messages'))).toBe(true);
		expect(await isShown(page.locator('#filter-failures'))).toBe(false);
		await page.close();
	});
});

describe('Bybit V5: a venue of group pages', () => {
	it('a permanent link /bybit-v5/#<code> lands on the code on its group page, deprecated codes included', async () => {
		for (const code of ['10018', '110001', '3500405']) {
			const entry = bybit.entries.find((e) => e.code === code)!;
			const page = await browser.newPage(PHONE);
			await page.goto(`${baseUrl()}/bybit-v5/#${code}`);
			await page.waitForURL((url) => url.pathname + url.hash === entry.pageHref);
			const row = page.locator(`article[id="${code}"]`);
			await expect.poll(() => isReachable(row.locator('a.code-entry__permalink'))).toBe(true);
			const badge = row.getByText('Deprecated', { exact: true });
			if (entry.deprecated) expect(await isShown(badge)).toBe(true);
			else expect(await badge.count()).toBe(0);
			await page.close();
		}
		// Three page loads: up to 12.4 s on a busy two-core CI machine, against the default 30 s.
	}, 90_000);

	it('says in which sections a code listed in several appears, message by message', async () => {
		const page = await browser.newPage(DESKTOP);
		await page.goto(`${baseUrl()}/bybit-v5/asset/#700001`);
		const row = page.locator('article[id="700001"]');
		expect(await isShown(row.getByText('listed under Asset, Convert Small Balances'))).toBe(true);
		expect(await isShown(row.getByText('listed under Prediction'))).toBe(true);
		expect(await row.locator('.message').allTextContents()).toEqual(['quote fail:no dealer can used', 'Prediction market not found or closed']);
		await page.close();
	});

	it('the overview names every group page with its count, and no code is on it', async () => {
		const page = await browser.newPage(DESKTOP);
		await page.goto(`${baseUrl()}/bybit-v5/`);
		for (const group of bybit.groups) {
			const link = page.locator('nav.group-index').getByRole('link', { name: group.heading, exact: true });
			expect(await link.getAttribute('href')).toBe(group.href);
		}
		expect(await visibleRowCodes(page)).toEqual([]);
		await page.close();
	});
});
