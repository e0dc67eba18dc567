import { LIMITS } from '../catalog/limits.ts';
import type { Catalog, VenuePart } from '../catalog/model.ts';
import { codeLookupId, venueToolsId } from '../catalog/layout-ids.ts';

/** The site's name, as Starlight shows it in the header and appends to every `<title>`. */
export const SITE_TITLE = 'Trading API error codes';
/** The site's description (Starlight's default for every page's meta description). */
export const SITE_DESCRIPTION =
	'Every error code of the trading APIs listed here, verbatim, with a permanent link per code, retry advice and the CCXT exception class.';

/** Text for an HTML context where the renderer inserts raw HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Key under which a reader's choice of venue view (table or cards) is kept. */
export const VENUE_VIEW_KEY = 'venue-view';

/**
 * Opens the deep-linked entry from the first paint. Chromium paints a long page before it has
 * parsed the target and only then matches `:target`, so the entry's details opened a frame late
 * and pushed the rows below (a layout shift on every deep link). A rule for the fragment's id,
 * escaped as a CSS identifier and no longer than a code may be, opens it from the start.
 */
const TARGET_OPEN_SCRIPT = `var h=location.hash.slice(1);try{h=decodeURIComponent(h)}catch(e){h=''}if(h&&h.length<=${LIMITS.codeChars}&&window.CSS&&CSS.escape){var s=document.createElement('style'),t='#'+CSS.escape(h)+'.code-entry';s.textContent=t+'>[data-details]{display:flex!important}'+t+' .message{display:block!important;white-space:normal!important;overflow:visible!important}';document.head.append(s)}`;

/**
 * Runs before the first paint: marks that scripts run (so the table view's collapsed details and
 * the filter chips are laid out from the start, without a shift), marks a page opened from a
 * filtered link (its note at the top is laid out from the first paint) and applies the reader's view.
 */
const VIEW_SCRIPT = `(function(d){d.dataset.js='';if(/[?&](q|category|retry)=[^&]/.test(location.search))d.dataset.urlFilter='';try{if(localStorage.getItem('${VENUE_VIEW_KEY}')==='cards')d.dataset.venueView='cards'}catch(e){}${TARGET_OPEN_SCRIPT}})(document.documentElement)`;

/**
 * A head entry that holds the page's first paint until the element with id `id` has been read
 * (HTML's render-blocking expect link, `<link rel="expect" blocking="render">`). Chromium paints
 * a page it is still reading, and a frame drawn with part of a layout moved what it showed when
 * the rest arrived: Starlight's right sidebar, drawn before the main pane, moved 0.42 of the
 * screen (layout shift) on the About page at desktop width, and the first column of a venue's
 * facts widened when its longest term arrived. Browsers without it paint as before.
 */
export function firstPaintAfter(id: string) {
	return { tag: 'link' as const, attrs: { rel: 'expect', href: `#${encodeURIComponent(id)}`, blocking: 'render' } };
}

/** A `<head>` entry as Starlight's route data holds it. */
interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined>;
}

const holdsFirstPaint = (entry: HeadEntry) => entry.tag === 'link' && entry.attrs?.rel === 'expect' && entry.attrs.blocking === 'render';

/**
 * `head` with the first paint held until Starlight's title heading, which comes after the
 * header, both sidebars and the start of the main pane; unchanged when the page holds it for an
 * element of its own already (a venue page's comes after its title: a second link would only
 * add bytes).
 */
export function withFirstPaintHeld<Entry extends HeadEntry>(head: Entry[]): (Entry | ReturnType<typeof firstPaintAfter>)[] {
	return head.some(holdsFirstPaint) ? head : [...head, firstPaintAfter('_top')];
}

/** The first paint of a page with the venue filter waits for its bar's end (the chips' panel, the last of it): painted from there on, the rows below only add to the page. */
const afterFilterBar = (catalog: Catalog) => firstPaintAfter(venueToolsId('chips', catalog.slug));

/** A venue page's first screen ends with its filter bar or, on the page of a venue split into group pages (which has none), with its lookup box. */
const firstScreenEnd = (catalog: Catalog) => (catalog.split ? firstPaintAfter(codeLookupId(catalog.slug)) : afterFilterBar(catalog));

/**
 * The head entry of every venue and group page: its view script, and the mark the venue layout's
 * stylesheet rules key on (`:root:has(head > [data-venue-layout])`). In the head it is parsed
 * before the header, whose columns follow the content's width: a mark in the body came after it,
 * and a frame painted before the mark showed the header laid out for the narrower content column,
 * its search box 141 px to the right of where it then moved.
 */
const VENUE_HEAD_SCRIPT = { tag: 'script' as const, attrs: { 'data-venue-layout': '' }, content: VIEW_SCRIPT };

/**
 * Title, description and table of contents of a venue page (the TOC stays at group level).
 * Starlight writes `<title>` with `set:html`, so a title built from catalog text is given to it
 * escaped, in a `head` entry that replaces its own: `</title><script>` stays text.
 */
export function venuePageMeta(catalog: Catalog) {
	const title = `${catalog.title} error codes`;
	return {
		frontmatter: {
			title,
			// Groups are listed in the sidebar; without the right-hand column the code table gets the width.
			tableOfContents: false as const,
			// Indexed as its codes, each at its anchor (src/search/records.ts), not as one page.
			pagefind: false as const,
			description: `All ${catalog.entries.length} ${catalog.title} error codes with their messages verbatim, a permanent link per code, retry advice and CCXT exception classes.`,
			head: [{ tag: 'title' as const, content: escapeHtml(`${title} | ${SITE_TITLE}`) }, VENUE_HEAD_SCRIPT, firstScreenEnd(catalog)],
		},
		headings: catalog.groups.map((group) => ({ depth: 2, slug: group.id, text: group.heading })),
	};
}

/** Title, description and head of one group page of a split venue (see `venuePageMeta`). */
export function venuePartMeta(catalog: Catalog, part: VenuePart) {
	const name = `${catalog.title} error codes: ${part.group.heading}${part.parts > 1 ? ` (part ${part.part} of ${part.parts})` : ''}`;
	return {
		frontmatter: {
			title: name,
			tableOfContents: false as const,
			pagefind: false as const,
			description: `${part.entries.length} of the ${catalog.entries.length} ${catalog.title} error codes (${part.group.heading}) with their messages verbatim, a permanent link per code, retry advice and CCXT exception classes.`,
			head: [{ tag: 'title' as const, content: escapeHtml(`${name} | ${SITE_TITLE}`) }, VENUE_HEAD_SCRIPT, afterFilterBar(catalog)],
		},
		headings: [{ depth: 2, slug: part.group.id, text: part.group.heading }],
	};
}

/**
 * Runs first in every page's head, before Starlight's theme scripts: a `starlight-theme` value in
 * storage other than Starlight's own (`light`, `dark`, `auto` or empty) is removed. Starlight's
 * ThemeProvider builds a CSS selector from the stored value (`'.' + theme`), so a value that is
 * not a valid selector throws on every page load; removed, the picker starts at "auto".
 */
export const THEME_STORAGE_GUARD = `try{var t=localStorage.getItem('starlight-theme');if(t&&t!=='light'&&t!=='dark'&&t!=='auto')localStorage.removeItem('starlight-theme')}catch(e){}`;

/**
 * Prefetch on intent, declared rather than scripted: the browser fetches a same-site page the
 * reader hovers or starts to tap (Speculation Rules, "moderate"), as Astro's prefetch script
 * did on hover, without the 1.1 KB script on every page. Browsers without Speculation Rules
 * simply load the page on click.
 */
export const SPECULATION_RULES = JSON.stringify({ prefetch: [{ where: { href_matches: '/*' }, eagerness: 'moderate' }] });
