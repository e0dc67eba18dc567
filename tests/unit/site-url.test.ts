import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteOrigin } from '../../src/exports/site-url.ts';

describe('SITE_URL', () => {
	it('uses the origin it is given, without a warning', () => {
		expect(siteOrigin({ SITE_URL: 'https://errors.example.org/' })).toEqual({ site: 'https://errors.example.org', warning: null });
	});

	it('warns loudly, in a box, when it is missing or empty, and names the placeholder', () => {
		for (const env of [{}, { SITE_URL: '  ' }]) {
			const { site, warning } = siteOrigin(env);
			expect(site).toBe(PLACEHOLDER_SITE);
			expect(warning).toContain('SITE_URL is not set: this build is NOT for deployment.');
			expect(warning).toContain(PLACEHOLDER_SITE);
			const lines = warning!.split('\n');
			expect(new Set(lines.map((line) => line.length)).size).toBe(1);
			expect(lines[0]).toMatch(/^\+-+\+$/);
		}
	});

	it('refuses what is not an http(s) URL', () => {
		expect(() => siteOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/http\(s\)/);
		expect(() => siteOrigin({ SITE_URL: 'example.org' })).toThrow();
	});
});
