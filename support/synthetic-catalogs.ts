import { CATEGORIES } from '../src/catalog/vocabulary.ts';

/**
 * Synthetic venue catalogs for the scale benchmark and the scale tests: valid files (the check
 * accepts them) with numeric ranges, every category, names on some codes, and one to three
 * message variants per code with placeholders, built from a seeded generator so that two runs
 * write the same files.
 */

/** A small deterministic PRNG (mulberry32): the same seed, the same catalogs. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'qu', 'ba', 'do', 'fi', 'gu', 'ha', 'je', 'ko', 'pa', 'ri', 'su'];
const SUBJECTS = ['order', 'position', 'account', 'symbol', 'request', 'transfer', 'leverage', 'margin', 'price', 'quantity', 'signature', 'session'];
const VERBS = ['is invalid', 'was rejected', 'exceeds the limit', 'is not allowed', 'is missing', 'cannot be changed', 'is locked', 'has expired'];
const TAILS = ['; current limit is %s', ' for %s', ': {value}', ', try again after %s', '', ' (code xxx)', '; expected %s but received %s'];

/** A pseudo-word of two or three syllables: message text with words rare enough to be looked up by. */
function word(next: () => number): string {
	const count = 2 + Math.floor(next() * 2);
	return Array.from({ length: count }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];

/** How many codes each group of a synthetic venue spans: ranges of this width, one per group. */
const GROUP_WIDTH = 10_000;

export interface SyntheticVenue {
	slug: string;
	/** The catalog file's text. */
	yaml: string;
	codes: string[];
	/** The first message of each code, in code order. */
	messages: string[];
}

/** The YAML of synthetic venue `index` with `codes` codes spread over `groups` ranged groups. */
export function syntheticCatalog(index: number, codes: number, groups = 8): SyntheticVenue {
	const next = random(index * 7919 + codes);
	const slug = `synthetic-${String(index).padStart(3, '0')}`;
	const q = (text: string) => JSON.stringify(text);
	const perGroup = Math.ceil(codes / groups);
	const lines = [
		`venue: ${q(`Synthetic ${index}`)}`,
		'product: Futures API',
		`summary: ${q(`Synthetic venue ${index} for the scale benchmark: ${codes} generated codes.`)}`,
		'source:',
		'  title: Error codes',
		`  url: "https://example.com/synthetic/${index}/errors"`,
		'  captured: "2026-11-01"',
		'  checked: "2026-11-01"',
		'transport: REST over HTTPS',
		'payload:',
		'  codeField: code',
		'  messageField: msg',
		'  origin: site',
		`  example: '{"code": 10001, "msg": "…"}'`,
		'grouping: site',
		'groups:',
	];
	const groupIds: string[] = [];
	for (let g = 0; g < Math.min(groups, Math.ceil(codes / perGroup)); g++) {
		const id = `${pick(next, SUBJECTS)}-${g + 1}`;
		groupIds.push(id);
		const min = (g + 1) * GROUP_WIDTH;
		lines.push(
			`  - id: ${id}`,
			`    title: ${q(`${id.replace(/-\d+$/, '')} errors ${g + 1}`)}`,
			`    label: ${q(`${g + 1}xxxx`)}`,
			`    ranges:`,
			`      - [${min}, ${min + GROUP_WIDTH - 1}]`,
		);
	}
	lines.push('codes:');
	const all: string[] = [];
	const firstMessages: string[] = [];
	for (let n = 0; n < codes; n++) {
		const g = Math.floor(n / perGroup);
		const code = String((g + 1) * GROUP_WIDTH + (n % perGroup) + 1);
		all.push(code);
		lines.push(`  - code: ${q(code)}`);
		if (n % 3 === 0) lines.push(`    name: ${q(`${pick(next, SUBJECTS).toUpperCase()}_${word(next).toUpperCase()}_${n}`)}`);
		lines.push(`    group: ${groupIds[g]}`, `    category: ${CATEGORIES[n % CATEGORIES.length]}`, '    messages:');
		const variants = 1 + Math.floor(next() * 3);
		const seen = new Set<string>();
		for (let v = 0; v < variants; v++) {
			const message = `The ${word(next)} ${pick(next, SUBJECTS)} ${pick(next, VERBS)}${pick(next, TAILS)}.`;
			if (seen.has(message)) continue;
			if (seen.size === 0) firstMessages.push(message);
			seen.add(message);
			lines.push(`      - ${q(message)}`);
		}
	}
	lines.push('history:', '  - date: "2026-11-01"', '    summary: Generated for the scale benchmark.', '');
	return { slug, yaml: lines.join('\n'), codes: all, messages: firstMessages };
}

/** Synthetic venues adding up to `total` codes: one of `large` codes (a big venue page), the rest of `size`. */
export function syntheticCatalogs(total: number, options: { size?: number; large?: number } = {}): SyntheticVenue[] {
	const size = options.size ?? 500;
	const large = Math.min(options.large ?? 2_000, total);
	const venues = [syntheticCatalog(1, large)];
	for (let left = total - large, index = 2; left > 0; left -= size, index++) venues.push(syntheticCatalog(index, Math.min(size, left)));
	return venues;
}
