import type { CodeEntry, CodeGroup, MessageVariant } from '../catalog/model.ts';

/** The messages an entry lists itself: those of a message set are listed once on the page, and the entry links to them. */
export function ownVariants(entry: Pick<CodeEntry, 'variants'>): MessageVariant[] {
	return entry.variants.filter((variant) => variant.set === null);
}

/**
 * The lines a group's entries take at the least, as rows of the table view: each entry's code
 * and name (the name goes under the code), or its messages and links to message sets, whichever
 * are more. With the number of entries, it gives the group's estimated height while it is off
 * screen (src/styles/code-group.css).
 */
export function lineCount(group: Pick<CodeGroup, 'entries'>): number {
	return group.entries.reduce((lines, entry) => lines + Math.max(entry.name ? 2 : 1, ownVariants(entry).length + entry.messageSets.length), 0);
}
