import { describe, expect, it, vi } from 'vitest';

// The warm-up's two engines, replaced by spies: what is tested is the order it starts them in.
const calls: string[] = [];
vi.mock('../../src/client/answer-client.ts', () => ({
	warmResolver: vi.fn(async () => void calls.push('resolver')),
}));
vi.mock('../../src/client/text-search.ts', () => ({
	startTextSearch: vi.fn(async () => void calls.push('pagefind')),
}));

const { warmSearch } = await import('../../src/client/search-warmup.ts');

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('search warm-up', () => {
	it('starts Pagefind after the resolver when nothing is typed', async () => {
		calls.length = 0;
		warmSearch(() => Promise.resolve());
		await settle();
		expect(calls).toEqual(['resolver', 'pagefind']);
	});

	it('holds Pagefind back until the code hits of a query typed meanwhile are shown', async () => {
		calls.length = 0;
		let showHits = () => {};
		const hitsShown = new Promise<void>((resolve) => (showHits = resolve));
		warmSearch(() => hitsShown);
		await settle();
		expect(calls).toEqual(['resolver']);
		showHits();
		await settle();
		expect(calls).toEqual(['resolver', 'pagefind']);
	});

	it('reads which code hits to wait for once the resolver is warm, not when the warm-up starts', async () => {
		calls.length = 0;
		let current: Promise<void> = Promise.resolve();
		let showHits = () => {};
		warmSearch(() => current);
		// A query typed while the resolver warms replaces the settled promise before it is read.
		current = new Promise<void>((resolve) => (showHits = resolve));
		await settle();
		expect(calls).toEqual(['resolver']);
		showHits();
		await settle();
		expect(calls).toEqual(['resolver', 'pagefind']);
	});
});
