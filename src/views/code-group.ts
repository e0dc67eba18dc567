import type { CodeEntry, CodeGroup, MessageVariant } from '../catalog/model.ts';

/** The messages an entry lists itself: those of a message set are listed once on the page, and the entry links to them. */
export function ownVariants(entry: Pick<CodeEntry, 'variants'>): MessageVariant[] {
	return entry.variants.filter((variant) => variant.set === null);
}

/**
 * The lines of messages a group's entries list: each entry's own messages and its links to
 * message sets, one at least. A group's height off screen is estimated from it
 * (src/styles/code-group.css): entries with several messages are taller in every view.
 */
export function messageLines(group: Pick<CodeGroup, 'entries'>): number {
	return group.entries.reduce((lines, entry) => lines + Math.max(1, ownVariants(entry).length + entry.messageSets.length), 0);
}
