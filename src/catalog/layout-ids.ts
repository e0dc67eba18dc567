/**
 * Element ids the layout renders on a venue page besides codes and groups: Starlight's and this
 * site's components. A code or group id equal to one would send its deep link elsewhere
 * (`#theme-icons` to an SVG). tests/dist/layout-ids.test.ts compares this list with the built
 * pages, so it fails when an upgrade adds an id; the build also checks every code's id is unique.
 */
export const LAYOUT_IDS: readonly string[] = ['_top', 'theme-icons', 'site-search-input', 'search-code-heading', 'search-text-heading', 'starlight__sidebar'];

/** Id prefixes the layout owns: Starlight's, the lookup form's (`code-lookup-<slug>`) and the venue filter's (`venue-tools-filter-<slug>`). */
export const LAYOUT_ID_PREFIXES: readonly string[] = ['starlight__', 'code-lookup-', 'venue-tools-'];

/** The id of a part of a venue page's filter (`filter`, `status`, `chips`): one of the layout's. */
export function venueToolsId(part: string, slug: string): string {
	return `venue-tools-${part}-${slug}`;
}

/** The id of the code lookup form's box: the venue's (`code-lookup-<slug>`), or the site-wide one (`code-lookup-all`). */
export function codeLookupId(venue?: string): string {
	return `code-lookup-${venue ?? 'all'}`;
}

/** Whether `id` is taken by the layout (compared without case, as browsers' users type it). */
export function isLayoutId(id: string): boolean {
	const folded = id.toLowerCase();
	return LAYOUT_IDS.some((taken) => taken.toLowerCase() === folded) || LAYOUT_ID_PREFIXES.some((prefix) => folded.startsWith(prefix));
}
