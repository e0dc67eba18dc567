import { describe, expect, it } from 'vitest';
import { isLayoutId, LAYOUT_IDS } from '../../src/catalog/layout-ids.ts';
import { realCatalogs } from '../helpers/catalogs.ts';
import { loadPage } from '../helpers/dist.ts';

/**
 * `src/catalog/layout-ids.ts` is what the check refuses as a code or group id. It must name every id
 * the layout renders on a venue page, so an upgrade of Starlight that adds one fails here.
 */
describe('layout ids', () => {
	it('lists every id on the built venue pages that is neither a code, a group nor a message set', () => {
		const seen = new Set<string>();
		for (const catalog of realCatalogs()) {
			const $ = loadPage(`${catalog.slug}/index.html`);
			const own = new Set([...catalog.entries.map((e) => e.code), ...catalog.groups.map((g) => g.id), ...catalog.messageSets.map((set) => set.id)]);
			$('[id]').each((_, el) => {
				const id = $(el).attr('id')!;
				if (!own.has(id)) seen.add(id);
			});
		}
		const unlisted = [...seen].filter((id) => !isLayoutId(id));
		expect(unlisted).toEqual([]);
		// And the list holds nothing the pages no longer render.
		expect(LAYOUT_IDS.filter((id) => !seen.has(id))).toEqual([]);
	});
});
