import { describe, expect, it } from 'vitest';
import { interactionLatency, median, withFeatureLeftOn, worstScoresMedianLcp, type LighthouseFigures } from '../../tools/lib/measure.ts';

const run = (overrides: Partial<LighthouseFigures>): LighthouseFigures => ({
	performance: 100,
	accessibility: 100,
	bestPractices: 100,
	seo: 100,
	lcp: 1000,
	tbt: 0,
	cls: 0,
	transfer: 20_000,
	...overrides,
});

describe('a Lighthouse row of several runs', () => {
	it('keeps each score at its lowest, the LCP at its median and the CLS at its highest', () => {
		const row = worstScoresMedianLcp([run({ lcp: 1180, seo: 91 }), run({ lcp: 960, cls: 0.005 }), run({ lcp: 1010, performance: 99 })]);
		expect(row).toMatchObject({ performance: 99, accessibility: 100, bestPractices: 100, seo: 91, lcp: 1010, cls: 0.005 });
	});

	it('is the run itself when there is one', () => {
		const one = run({ lcp: 1234, cls: 0.01, performance: 97 });
		expect(worstScoresMedianLcp([one])).toEqual(one);
	});
});

describe('median', () => {
	it('leaves out figures that do not exist', () => {
		expect(median([Number.NaN, 30, 10, 20])).toBe(20);
		expect(median([Number.NaN])).toBeNaN();
	});
});

describe("Lighthouse's Chromium flags", () => {
	it('take one feature out of the disabled ones and keep the rest, in order', () => {
		expect(withFeatureLeftOn(['--mute-audio', '--disable-features=Translate,RenderDocument,MediaRouter', '--no-first-run'], 'RenderDocument')).toEqual([
			'--mute-audio',
			'--disable-features=Translate,MediaRouter',
			'--no-first-run',
		]);
	});

	it('drop the flag when the feature was the only one, and leave flags without it alone', () => {
		expect(withFeatureLeftOn(['--disable-features=RenderDocument', '--headless'], 'RenderDocument')).toEqual(['--headless']);
		expect(withFeatureLeftOn(['--disable-features=Translate', '--headless'], 'RenderDocument')).toEqual(['--disable-features=Translate', '--headless']);
	});

	it('match the feature by its whole name', () => {
		expect(withFeatureLeftOn(['--disable-features=RenderDocumentExtra,RenderDocument'], 'RenderDocument')).toEqual(['--disable-features=RenderDocumentExtra']);
	});
});

describe("an interaction's latency from Event Timing", () => {
	const event = (name: string, duration: number, interactionId: number) => ({ name, duration, interactionId });

	it('is the longest event of any interaction', () => {
		expect(interactionLatency([event('keydown', 24, 7), event('keydown', 112, 8), event('keyup', 16, 8)])).toBe(112);
	});

	it('leaves out events that belong to no interaction', () => {
		expect(interactionLatency([event('pointerover', 200, 0), event('click', 40, 3)])).toBe(40);
	});

	it('is NaN when nothing was reported, every event having taken under 16 ms', () => {
		expect(interactionLatency([])).toBeNaN();
		expect(interactionLatency([event('mouseover', 48, 0)])).toBeNaN();
	});
});
