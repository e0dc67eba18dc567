import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineStarted } from '../../src/client/text-search.ts';

/**
 * Pagefind 1.5 as its calls behave while it starts (`getPtr` in its pagefind.js): a call made
 * before the engine is up looks again every 50 ms, and fails with the start's error if it failed.
 */
function startingPagefind(upAt: number, error?: Error) {
	const up = () => Date.now() >= upAt;
	return {
		async filters() {
			while (!up()) await new Promise((resolve) => setTimeout(resolve, 50));
			if (error) throw error;
			return {};
		},
	};
}

/** The fake clock's time when `promise` settles, or `undefined` if it has not by `until`. */
async function settledAt(promise: Promise<unknown>, until: number): Promise<number | undefined> {
	let at: number | undefined;
	promise.then(
		() => (at = Date.now()),
		() => (at = Date.now()),
	);
	while (at === undefined && Date.now() < until) await vi.advanceTimersByTimeAsync(1);
	return at;
}

describe("Pagefind's start", () => {
	beforeEach(() => {
		vi.useFakeTimers({ now: 0 });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('is seen within 10 ms, where a single call waits for its next 50 ms look', async () => {
		const pagefind = startingPagefind(63);
		const single = settledAt(pagefind.filters(), 200);
		const probed = settledAt(engineStarted(pagefind), 200);
		expect(await probed).toBeGreaterThanOrEqual(63);
		expect(await probed).toBeLessThanOrEqual(73);
		expect(await single).toBe(100);
	});

	it('is seen at once when the engine is already up', async () => {
		expect(await settledAt(engineStarted(startingPagefind(0)), 200)).toBe(0);
	});

	it('fails when the start failed, so that the next search tries again', async () => {
		const failed = engineStarted(startingPagefind(20, new Error('Pagefind: WASM Error')));
		const outcome = failed.then(
			() => 'started',
			(error: unknown) => error,
		);
		await vi.advanceTimersByTimeAsync(200);
		expect(await outcome).toBeInstanceOf(AggregateError);
	});
});
