import * as cheerio from 'cheerio';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { element } from '../../src/search/markup.ts';
import { venueSearchRecords } from '../../src/search/records.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

/** Texts that would be markup, references or a way out of an attribute if they were not escaped. */
const HOSTILE = [
	'<script>window.__pwned = 1</script>',
	'"><img src=x onerror="window.__pwned = 2">',
	"it's `quoted` & &amp; &lt;b&gt;",
	'</p></body></html><p>',
	'<!-- comment --> ]]> <![CDATA[ x ]]>',
	'NUL \u0000 tab \t line\nbreak',
	'émoji 🚀 and ‘smart’ “quotes”',
	'',
];

describe('search document markup', () => {
	it.each(HOSTILE)('writes %j as hast-util-to-html does, in text and in an attribute', (text) => {
		const ours = element('p', { 'data-pagefind-meta': text, content: text }, [text, element('meta', { content: text }), text]).html;
		const theirs = toHtml(h('p', { dataPagefindMeta: text, content: text }, [text, h('meta', { content: text }), text]));
		expect(ours).toBe(theirs);
	});

	it.each(HOSTILE.filter((text) => !text.includes('\u0000')))('keeps %j as text: a parser reads back exactly one element with it', (text) => {
		const $ = cheerio.load(element('div', { title: text }, [element('p', { 'data-x': text }, [text])]).html, null, false);
		expect($('*').length).toBe(2);
		expect($('p').text()).toBe(text);
		expect($('p').attr('data-x')).toBe(text);
		expect($('div').attr('title')).toBe(text);
	});

	it('writes no end tag for a void element and keeps attributes in order', () => {
		expect(element('meta', { 'data-pagefind-meta': 'venue[content]', content: 'A' }).html).toBe('<meta data-pagefind-meta="venue[content]" content="A">');
		expect(element('body', { 'data-pagefind-body': '' }, ['x']).html).toBe('<body data-pagefind-body="">x</body>');
	});

	it('makes each real venue document a whole page a parser reads back, with every code heading and message verbatim', () => {
		for (const catalog of realCatalogs()) {
			const texts = venueSearchRecords(catalog).flatMap((record) => {
				const $ = cheerio.load(record.content);
				expect(record.content.startsWith('<!doctype html><html lang="en"><head><title>')).toBe(true);
				return $('body > h2, body > p[data-pagefind-weight="2"]')
					.map((_, el) => $(el).text())
					.get();
			});
			for (const entry of catalog.entries) {
				expect(texts).toContain(entry.name ? `${entry.code} ${entry.name}` : entry.code);
				for (const message of entry.messages) expect(texts).toContain(message);
			}
		}
	});
});
