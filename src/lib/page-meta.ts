import type { Catalog } from './catalog-model.ts';

/** Title, description and table of contents of a venue page (the TOC stays at group level). */
export function venuePageMeta(catalog: Catalog) {
	return {
		frontmatter: {
			title: `${catalog.title} error codes`,
			description: `All ${catalog.entries.length} ${catalog.title} error codes with their messages verbatim, a permanent link per code, retry advice and CCXT exception classes.`,
		},
		headings: catalog.groups.map((group) => ({ depth: 2, slug: group.id, text: group.heading })),
	};
}
