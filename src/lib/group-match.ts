import type { GroupData } from './catalog-schema.ts';
import { numericValue } from './codes.ts';

/** Whether `code` satisfies the range, pattern or list its group declares. */
export function groupMatches(group: Pick<GroupData, 'match'>, code: string): boolean {
	const { ranges, pattern, codes } = group.match;
	if (ranges) {
		const value = numericValue(code);
		return value !== null && ranges.some(([min, max]) => value >= min && value <= max);
	}
	if (pattern) return new RegExp(pattern).test(code);
	return codes?.includes(code) ?? false;
}

/** A short description of a group's rule, for error messages and the page. */
export function describeMatch(group: Pick<GroupData, 'match'>): string {
	const { ranges, pattern, codes } = group.match;
	if (ranges) return ranges.map(([min, max]) => (min === max ? `${min}` : `${min} to ${max}`)).join(', ');
	if (pattern) return `codes matching /${pattern}/`;
	return `the codes ${codes?.join(', ')}`;
}
