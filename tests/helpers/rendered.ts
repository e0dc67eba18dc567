import type { Locator, Page } from 'playwright-core';

/**
 * What a reader sees, read from the rendering: an element counts as shown when the browser lays
 * it out with a size and it is not made invisible by any ancestor (`checkVisibility`), never
 * from a class, an attribute or `dataset`.
 */

/** The codes of the rows a reader can see on a venue page, in page order. */
export function visibleRowCodes(page: Page): Promise<string[]> {
	return page.locator('article.code-entry').evaluateAll((rows) =>
		rows
			.filter((row) => {
				const box = row.getBoundingClientRect();
				return box.width > 0 && box.height > 0 && row.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
			})
			.map((row) => row.id),
	);
}

/** Whether an element is rendered with a size and not hidden by CSS (its own or an ancestor's). */
export function isShown(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.width > 0 && box.height > 0 && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
	});
}

/** Whether the element is on screen and is what a tap at its centre reaches (not covered by anything). */
export function isReachable(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) return false;
		const x = box.left + box.width / 2;
		const y = box.top + box.height / 2;
		if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
		const hit = document.elementFromPoint(x, y);
		return hit !== null && (hit === element || element.contains(hit));
	});
}

/** The number a venue page's status line states: "Showing 6 of 53 codes." → 6, "53 codes." → 53. */
export async function statedCount(page: Page): Promise<number> {
	const text = (await page.locator('[data-filter-status]').innerText()).trim();
	const match = /^(?:Showing )?(\d+)(?: of \d+)? codes?\.$/.exec(text);
	if (!match) throw new Error(`status line not understood: ${text}`);
	return Number(match[1]);
}

/** Whether any text inside the element is clipped: wider than its box, or outside an ancestor that hides overflow. */
export function isCut(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		if (element.scrollWidth > element.clientWidth + 1) return true;
		const box = element.getBoundingClientRect();
		for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
			const style = getComputedStyle(parent);
			if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
			const clip = parent.getBoundingClientRect();
			if (box.left < clip.left - 1 || box.right > clip.right + 1 || box.top < clip.top - 1 || box.bottom > clip.bottom + 1) return true;
			if (parent.scrollWidth > parent.clientWidth + 1 && style.textOverflow === 'ellipsis') return true;
		}
		return false;
	});
}

/**
 * Waits until a venue page shows the outcome of its filter, which loads a moment after the page:
 * a row on screen, or the note that nothing matches. Other pages return at once.
 */
export async function filterShown(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		if (!document.querySelector('[data-venue-tools]')) return true;
		const seen = (element: Element | null) =>
			element !== null && element.getBoundingClientRect().height > 0 && element.checkVisibility({ visibilityProperty: true });
		return [...document.querySelectorAll('article.code-entry')].some(seen) || seen(document.querySelector('[data-filter-empty]'));
	});
}

/** Waits until the status line says a filter is on ("Showing N of M codes."): what the reader sees once typed text has been applied. */
export async function filterStated(page: Page): Promise<void> {
	await page.getByText(/^Showing \d+ of \d+ codes?\.$/).waitFor();
}

/**
 * The page's length with every part laid out: the length a reader reaches by scrolling it
 * through. Parts laid out only as they near the screen (`content-visibility: auto`) are laid out
 * at once for the reading, then left as they were. (Scrolling through a screen at a time, frame by
 * frame, once took more than 30 s on a busy CI machine.)
 */
export function laidOutHeight(page: Page): Promise<number> {
	return page.evaluate(() => {
		const deferred = [...document.querySelectorAll<HTMLElement>('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
		for (const element of deferred) element.style.contentVisibility = 'visible';
		const height = document.documentElement.scrollHeight;
		for (const element of deferred) element.style.removeProperty('content-visibility');
		return height;
	});
}

/**
 * The colour the page shows at one CSS pixel of the viewport, as `rgb(r, g, b)`: read from a
 * screenshot of that pixel, drawn into a canvas.
 */
export async function pixelAt(page: Page, x: number, y: number): Promise<string> {
	const png = await page.screenshot({ clip: { x: Math.floor(x), y: Math.floor(y), width: 1, height: 1 } });
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, 1, 1, 0, 0, 1, 1);
		const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
		return `rgb(${r}, ${g}, ${b})`;
	}, png.toString('base64'));
}
