import { LIMITS } from '../limits.ts';

/**
 * The line where the text nests past `LIMITS.depth` by flow brackets (`[[[[…`) or indentation,
 * found before parsing: a parser recurses once per level and 3,000 levels exhaust its stack.
 */
export function nestingBeyondLimit(source: string): number | null {
	let depth = 0;
	let line = 1;
	let quote: string | null = null;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (char === '\n') {
			line++;
			// Two spaces per level is the catalogs' style; four per level still fits.
			if (/^ {48}/.test(source.slice(i + 1, i + 49))) return line;
			if (quote === "'" || quote === '"') continue;
		}
		if (quote) {
			if (char === '\\' && quote === '"') i++;
			else if (char === quote) quote = null;
			continue;
		}
		if (char === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
			const end = source.indexOf('\n', i);
			i = (end === -1 ? source.length : end) - 1;
		} else if (char === '"' || (char === "'" && depth > 0)) quote = char;
		else if (char === '[' || char === '{') {
			if (++depth > LIMITS.depth) return line;
		} else if ((char === ']' || char === '}') && depth > 0) depth--;
	}
	return null;
}
