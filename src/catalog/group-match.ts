import type { GroupData } from './schema.ts';
import { numericValue } from './codes.ts';

/** Whether `code` falls in one of the numeric ranges a group declares (`false` for a group that declares none). */
export function inGroupRanges(group: Pick<GroupData, 'ranges'>, code: string): boolean {
	const value = numericValue(code);
	return value !== null && (group.ranges ?? []).some(([min, max]) => value >= min && value <= max);
}

/** A group's declared ranges in words (`-1099 to -1000`), or `null` when it declares none. */
export function describeRanges(group: Pick<GroupData, 'ranges'>): string | null {
	return group.ranges ? group.ranges.map(([min, max]) => (min === max ? `${min}` : `${min} to ${max}`)).join(', ') : null;
}
