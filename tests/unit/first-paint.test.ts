import { describe, expect, it } from 'vitest';
import { firstPaintAfter, withFirstPaintHeld } from '../../src/views/page-meta.ts';

const title = { tag: 'title', content: 'A page' };

describe("a page's first paint", () => {
	it('waits for the title heading when the page names nothing later', () => {
		expect(withFirstPaintHeld([title])).toEqual([title, { tag: 'link', attrs: { rel: 'expect', href: '#_top', blocking: 'render' } }]);
	});

	it("waits only for a venue page's own later element, which comes after the title", () => {
		const head = [title, firstPaintAfter('venue-tools-chips-webull')];
		expect(withFirstPaintHeld(head)).toEqual(head);
	});

	it('is not held by an expect link that does not block rendering', () => {
		const head = [title, { tag: 'link', attrs: { rel: 'expect', href: '#x' } }];
		expect(withFirstPaintHeld(head)).toHaveLength(3);
	});

	it('names its element as a URL fragment', () => {
		expect(firstPaintAfter('a b#c').attrs.href).toBe('#a%20b%23c');
	});
});
