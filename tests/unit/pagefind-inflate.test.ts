import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatedResponse, inflatingFetch, isInflatedPagefindFile } from '../../src/client/pagefind-inflate.ts';

const BASE = 'https://errors.example/pagefind/';

/** A file as Pagefind writes it: its signature and content, gzipped. */
const signed = (content: string) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(content)]);
const pagefindFile = (content: string) => gzipSync(signed(content));

const text = async (response: Response) => new TextDecoder().decode(await response.arrayBuffer());

describe("Pagefind's files inflated by the browser", () => {
	it('inflates a gzip body to the bytes Pagefind reads as they are', async () => {
		const response = await inflatedResponse(new Response(pagefindFile('{"words":["balance"]}'), { status: 200 }));
		expect(await text(response)).toBe('pagefind_dcd{"words":["balance"]}');
	});

	it('leaves a body a host already inflated, and one that is not gzip, as it came', async () => {
		expect(await text(await inflatedResponse(new Response(signed('as sent'))))).toBe('pagefind_dcdas sent');
		// Gzip's magic bytes and then nothing that inflates: Pagefind gets the bytes and reports them itself.
		const broken = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]);
		expect(new Uint8Array(await (await inflatedResponse(new Response(broken))).arrayBuffer())).toEqual(broken);
	});

	it('passes an error response on untouched', async () => {
		const missing = new Response('not found', { status: 404 });
		expect(await inflatedResponse(missing)).toBe(missing);
	});

	it("takes Pagefind's WebAssembly, index metadata and index chunks under its folder on the site's origin, and nothing else", () => {
		for (const file of ['wasm.en.pagefind', 'pagefind.en_cc99bf28d6.pf_meta', 'index/en_89c2988.pf_index'])
			expect(isInflatedPagefindFile(`${BASE}${file}`, BASE), file).toBe(true);
		for (const url of [
			`${BASE}fragment/en_29122dc.pf_fragment`,
			`${BASE}filter/en_1.pf_filter`,
			`${BASE}pagefind.js`,
			`${BASE}pagefind-entry.json?ts=1`,
			'https://errors.example/api/lookup/3.json',
			'https://errors.example/docs/index.pf_index',
			'https://elsewhere.example/pagefind/index/en_1.pf_index',
		])
			expect(isInflatedPagefindFile(url, BASE), url).toBe(false);
		// Relative URLs, as Pagefind asks with its base path.
		expect(isInflatedPagefindFile('/pagefind/index/en_1.pf_index', BASE)).toBe(true);
	});

	it('answers only those requests inflated, every other one as the page’s fetch does', async () => {
		const bodies: Record<string, Uint8Array<ArrayBuffer>> = {
			[`${BASE}index/en_1.pf_index`]: pagefindFile('{"words":["balance"]}'),
			'https://errors.example/api/lookup/index.json': gzipSync('{"shards":3}'),
		};
		const pageFetch: typeof fetch = async (input) => new Response(bodies[String(input)]);
		const wrapped = inflatingFetch(pageFetch, BASE);
		expect(await text(await wrapped(`${BASE}index/en_1.pf_index`))).toBe('pagefind_dcd{"words":["balance"]}');
		// Not Pagefind's: the same gzip bytes come back untouched.
		const other = new Uint8Array(await (await wrapped('https://errors.example/api/lookup/index.json')).arrayBuffer());
		expect(other).toEqual(new Uint8Array(bodies['https://errors.example/api/lookup/index.json']));
	});
});
