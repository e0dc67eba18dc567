import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { realCatalogs } from '../helpers/catalogs.ts';
import { loadJson, loadPage } from '../helpers/dist.ts';
import { foldCode } from '../../src/catalog/codes.ts';
import { shardOf } from '../../src/resolver/lookup-keys.ts';
import { readFileSync } from 'node:fs';

const catalogs = realCatalogs();

describe('JSON Schema of the export', () => {
	const schema = loadJson('api/schema.json');
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	ajv.addSchema(schema);
	const validate = ajv.getSchema(`${schema.$id}#/$defs/catalog`)!;

	it.each(catalogs.map((c) => c.slug))('/api/%s.json validates against /api/schema.json#/$defs/catalog', (slug) => {
		const valid = validate(loadJson(`api/${slug}.json`));
		expect(validate.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
	});

	it('rejects a code exported as a number', () => {
		const exported = loadJson('api/coinflex.json');
		exported.codes[0].code = 5001;
		expect(validate(exported)).toBe(false);
	});

	it('carries category, retry, CCXT class and the absolute deep link for every code', () => {
		for (const catalog of catalogs) {
			const exported = loadJson(`api/${catalog.slug}.json`);
			for (const code of exported.codes) {
				expect(code.category, code.code).toBeTruthy();
				expect(code.url).toMatch(/^https?:\/\/[^/]+\/[a-z0-9-]+\/#.+/);
				if (code.category !== 'success') expect(code.retry && code.ccxt, code.code).toBeTruthy();
			}
		}
	});
});

describe('lookup index and llms.txt', () => {
	it('/api/lookup/ shards hold every code under its key, in the shard the key hashes to', () => {
		const manifest = loadJson('api/lookup/index.json');
		expect(manifest.venues.map((v: { slug: string }) => v.slug).sort()).toEqual(catalogs.map((c) => c.slug).sort());
		for (const catalog of catalogs) {
			for (const entry of catalog.entries) {
				const key = `k:${foldCode(entry.code)}`;
				const shard = loadJson(`api/lookup/${shardOf(key, manifest.shards)}.json`);
				const found = (shard.keys[key] ?? []).map((i: number) => shard.records[i]);
				expect(found.find((r: { venue: string; code: string }) => r.venue === catalog.slug && r.code === entry.code)?.href).toBe(entry.pageHref);
			}
		}
	});

	it('/llms.txt links every catalog and /llms-full.txt every code anchor', () => {
		const index = readFileSync('dist/llms.txt', 'utf8');
		const full = readFileSync('dist/llms-full.txt', 'utf8');
		for (const catalog of catalogs) {
			expect(index).toContain(`${catalog.href}`);
			for (const entry of catalog.entries) expect(full).toContain(`${entry.href})`);
		}
	});
});

describe('sharing', () => {
	const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
	it.each(['/', '/compare/', '/lookup/', '/about/', '/about/ccxt/', ...catalogs.map((c) => c.href)])('%s is in the sitemap with a title and a description fit for sharing', (path) => {
		expect(sitemap).toContain(`${path}</loc>`);
		const $ = loadPage(path);
		expect($('title').text().length).toBeGreaterThan(10);
		expect($('meta[name="description"]').attr('content')?.length ?? 0).toBeGreaterThan(40);
		expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
	});

	// Every page's frontmatter goes through one schema built once (src/content.config.ts): each page must still get its own.
	it('gives every page a title and a description of its own', () => {
		const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
		expect(paths.length).toBeGreaterThan(catalogs.length);
		const pages = paths.map((path) => loadPage(path));
		const titles = pages.map(($) => $('title').text());
		const descriptions = pages.map(($) => $('meta[name="description"]').attr('content'));
		expect(new Set(titles).size).toBe(paths.length);
		expect(new Set(descriptions).size).toBeGreaterThan(paths.length / 2);
		const notFound = loadPage('/404.html');
		expect(notFound('title').text()).toMatch(/^Page not found/);
		expect(notFound('meta[name="description"]').attr('content')).toBe('This page does not exist.');
	});
});
