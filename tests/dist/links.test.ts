import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';

/** Crawls a built site with linkinator, fragments included; external links are out of scope. */
async function brokenLinks(root: string): Promise<string[]> {
	const result = await check({
		path: root,
		recurse: true,
		checkFragments: true,
		linksToSkip: async (link) => !link.startsWith('http://localhost') && !link.startsWith('http://127.0.0.1') && /^https?:/.test(link),
	});
	return result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent} -> ${link.url} (${link.status ?? ''} ${link.failureDetails?.[0] ?? ''})`);
}

describe('link integrity', () => {
	it('every internal link and #anchor in dist/ resolves', async () => {
		expect(await brokenLinks('dist')).toEqual([]);
	}, 120_000);

	it('would report a broken page link and a broken anchor', async () => {
		const root = mkdtempSync(join(tmpdir(), 'links-'));
		writeFileSync(join(root, 'index.html'), '<a href="/b.html#there">ok</a> <a href="/b.html#nowhere">bad anchor</a> <a href="/missing.html">bad page</a>');
		writeFileSync(join(root, 'b.html'), '<p id="there">x</p>');
		const broken = await brokenLinks(root);
		rmSync(root, { recursive: true, force: true });
		expect(broken.some((b) => b.includes('#nowhere'))).toBe(true);
		expect(broken.some((b) => b.includes('/missing.html'))).toBe(true);
		expect(broken.some((b) => b.includes('#there'))).toBe(false);
	}, 60_000);
});
