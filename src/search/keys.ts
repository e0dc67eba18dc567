import { foldName } from '../catalog/codes.ts';

/**
 * Extra search keys for a code, so that the ways a developer types a code all find it:
 * the code as sent (`-1121`), without its sign (`1121`), without leading zeros (`5001` also
 * finds `05001` as a near match), and a symbolic name in any case, whole and split into words
 * (`BAD_SYMBOL`, `bad_symbol`, `bad symbol`).
 */
export function searchKeys(code: string, name?: string): string[] {
	const keys = new Set<string>([code]);
	const unsigned = code.replace(/^[-+]/, '');
	keys.add(unsigned);
	const unpadded = unsigned.replace(/^0+(?=\d)/, '');
	keys.add(unpadded);
	for (const symbol of [name, /[A-Za-z]/.test(code) ? code : undefined]) {
		if (!symbol) continue;
		keys.add(symbol);
		keys.add(symbol.toLowerCase());
		keys.add(foldName(symbol).replace(/_/g, ' '));
	}
	return [...keys].filter((key) => key !== '');
}
