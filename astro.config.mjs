// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { loadCatalogModels } from './src/catalog/load.ts';
import { buildSidebar } from './src/views/sidebar.ts';
import { validateCatalogs } from './src/integrations/validate-catalogs.ts';
import { codeSearchIndex } from './src/integrations/code-search-index.ts';
import { unusedCss } from './src/integrations/unused-css.ts';
import { pageScripts } from './src/integrations/page-scripts.ts';
import { publishedData } from './src/integrations/published-data.ts';
import { SITE_DESCRIPTION, SITE_TITLE, SPECULATION_RULES, THEME_STORAGE_GUARD } from './src/views/page-meta.ts';
import { siteOrigin } from './src/exports/site-url.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';

/** Stylesheets given new names by unused-css (`_astro/<old>.css` → `_astro/<new>.css`), for the pages' pass to link. */
const renamedStylesheets = new Map();

/** Public origin of the deployed site, used for absolute deep links, the sitemap and llms.txt; a placeholder, loudly, without SITE_URL. */
const { site, warning } = siteOrigin(process.env);

export default defineConfig({
	site,
	// Not 'always': Starlight then appends a slash after the fragment of sidebar links (/webull/#orders/).
	trailingSlash: 'ignore',
	// Starlight turns on Astro's prefetch script; the head's speculation rules do its work without one.
	prefetch: false,
	integrations: [
		siteUrlWarning(warning),
		validateCatalogs(),
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			sidebar: buildSidebar(loadCatalogModels()),
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
			customCss: ['./src/styles/index.css'],
			// Before Starlight's theme scripts: a stored theme they cannot read would make them throw.
			head: [
				{ tag: 'script', content: THEME_STORAGE_GUARD },
				{ tag: 'script', attrs: { type: 'speculationrules' }, content: SPECULATION_RULES },
			],
			components: {
				Search: './src/components/SiteSearch.astro',
			},
			// Holds each page's first paint until its layout has been read (src/views/page-meta.ts).
			routeMiddleware: './src/views/route-data.ts',
			// Our own pass (src/integrations/code-search-index.ts) indexes the pages and every code; Starlight's would be overwritten.
			pagefind: false,
			// No page renders a code block through Expressive Code (venue examples are plain <pre>): its
			// integration only cost build time and emitted a stylesheet and a script no page links.
			expressiveCode: false,
			lastUpdated: false,
			pagination: false,
			// Our own 404 (src/pages/404.astro) points at the lookup and search.
			disable404Route: true,
		}),
		// The passes over the built site run while Pagefind indexes the pages in its own process. The
		// stylesheets unused-css renames are linked anew by the pages' pass, which writes each page once.
		codeSearchIndex({
			whileWriting: [unusedCss({ renamed: renamedStylesheets }), pageScripts({ renamedAssets: renamedStylesheets }), publishedData()],
		}),
	],
});
