import { describe, expect, it, vi } from 'vitest';

// The warm-up's two engines, replaced by spies: what is tested is the order it starts them in.
const calls: string[] = [];
vi.mock('../../src/client/answer-client.ts', () => ({
	warmResolver: vi.fn(async () => void calls.push('resolver')),
}));
vi.mock('../../src/client/text-search.ts', () => ({
	startTextSearch: vi.fn(async () => void calls.push('pagefind')),
	warmTextSearch: vi.fn(async () => void calls.push('pagefind search')),
}));

const { warmSearch } = await import('../../src/client/search-warmup.ts');

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const empty = () => false;

describe('search warm-up', () => {
	it('starts Pagefind after the resolver when nothing is typed, and has it search once', async () => {
		calls.length = 0;
		warmSearch(() => Promise.resolve(), empty);
		await settle();
		expect(calls).toEqual(['resolver', 'pagefind', 'pagefind search']);
	});

	it('holds Pagefind back until the code hits of a query typed meanwhile are shown, and makes no search of its own before it', async () => {
		calls.length = 0;
		const { promise: hitsShown, resolve: showHits } = Promise.withResolvers<void>();
		warmSearch(
			() => hitsShown,
			() => true,
		);
		await settle();
		expect(calls).toEqual(['resolver']);
		showHits();
		await settle();
		expect(calls).toEqual(['resolver', 'pagefind']);
	});

	it('reads whether the box is empty once Pagefind has started, not when the warm-up starts', async () => {
		calls.length = 0;
		let typed = false;
		const { promise: hitsShown, resolve: showHits } = Promise.withResolvers<void>();
		warmSearch(
			() => hitsShown,
			() => typed,
		);
		await settle();
		typed = true;
		showHits();
		await settle();
		expect(calls).toEqual(['resolver', 'pagefind']);
	});

	it('reads which code hits to wait for once the resolver is warm, not when the warm-up starts', async () => {
		calls.length = 0;
		let current: Promise<void> = Promise.resolve();
		const { promise: typedHitsShown, resolve: showHits } = Promise.withResolvers<void>();
		warmSearch(() => current, empty);
		// A query typed while the resolver warms replaces the settled promise before it is read.
		current = typedHitsShown;
		await settle();
		expect(calls).toEqual(['resolver']);
		showHits();
		await settle();
		expect(calls).toEqual(['resolver', 'pagefind', 'pagefind search']);
	});
});

describe('the resolver warm-up pastes', () => {
	it('read as a JSON body, one word run together and a phrase, so that both of the reader’s paths run', async () => {
		const { WARM_PASTES } = await vi.importActual<typeof import('../../src/client/answer-client.ts')>('../../src/client/answer-client.ts');
		const { parsePaste } = await import('../../src/resolver/paste.ts');
		const parsed = WARM_PASTES.map((paste) => parsePaste(paste, []));
		expect(parsed.map((paste) => paste.json)).toEqual([true, false, false]);
		// Both plain pastes read as prose, each by another of its tests (words in lower case; words run together).
		expect(parsed.slice(1).map((paste) => paste.message)).toEqual(['InternalAddressCannotBeYourself', 'Invalid symbol.']);
	});
});
