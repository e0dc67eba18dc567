import type { CatalogProblem } from './problem.ts';

/**
 * The text of a catalog file, or why it cannot be read as one: it must be UTF-8 (a Latin-1
 * `Caf\xe9` would otherwise be published as `Caf\uFFFD`, silently not verbatim) with LF or CRLF
 * line endings. A UTF-8 byte-order mark is dropped.
 */
export function decodeCatalog(file: string, bytes: Uint8Array): { text: string } | { problem: CatalogProblem } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { problem: { file, message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' } };
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		const loose = new TextDecoder('utf-8').decode(bytes);
		const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
		return {
			problem: {
				file,
				line,
				message: 'file is not valid UTF-8 (a byte that UTF-8 cannot hold, e.g. Latin-1 text); save it as UTF-8 so every character is published as written',
			},
		};
	}
	if (/\r(?!\n)/.test(text)) {
		const line = text.slice(0, text.search(/\r(?!\n)/)).split('\n').length;
		return { problem: { file, line, message: 'file has a line ending of CR alone (classic Mac); save it with LF line endings' } };
	}
	return { text };
}
