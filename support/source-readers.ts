/**
 * Readers of the venues' error pages saved as text, in the shape of the documents in `sources/`
 * (see its README). The source-fidelity tests use them to prove that every code and message of a
 * source is in its catalog verbatim, and `npm run source:diff` to show what a refreshed page
 * changes. They share no code with the site, so a fault in the site's model cannot hide itself.
 */

export interface SeedCode {
	code: string;
	name?: string;
	messages: string[];
	/** How many times the source lists this code. */
	listed: number;
}

/** The document's lines without trailing white space (a saved page keeps stray spaces and CRs). */
const linesOf = (text: string) => text.split('\n').map((line) => line.replace(/\s+$/, ''));

function collect(rows: { code: string; name?: string; message: string }[]): SeedCode[] {
	const byCode = new Map<string, SeedCode>();
	for (const row of rows) {
		const seen = byCode.get(row.code);
		if (seen) {
			seen.listed++;
			if (!seen.messages.includes(row.message)) seen.messages.push(row.message);
		} else byCode.set(row.code, { code: row.code, name: row.name, messages: [row.message], listed: 1 });
	}
	return [...byCode.values()];
}

/** Webull: `CODEDescription` glued; the description starts at a capitalised word or a known upper-case lead. */
function webull(text: string): SeedCode[] {
	const lines = linesOf(text);
	const body = lines.slice(lines.findIndex((l) => l.startsWith('Error CodeDescription')) + 1).filter(Boolean);
	return collect(
		body.map((line) => {
			const match = /^([A-Z0-9_]+?)((?:[A-Z][a-z]|U\.S\.|US |BO |A-|A ).*)$/.exec(line);
			if (!match) throw new Error(`unparsed Webull line: ${line}`);
			return { code: match[1], message: match[2] };
		}),
	);
}

function mexc(text: string): SeedCode[] {
	const lines = linesOf(text);
	const body = lines.slice(lines.findIndex((l) => l.trim() === 'codedescription') + 1).filter(Boolean);
	return collect(
		body.map((line) => {
			const match = /^(\d+)(\D.*)$/.exec(line);
			if (!match) throw new Error(`unparsed MEXC line: ${line}`);
			return { code: match[1], message: match[2] };
		}),
	);
}

function lbank(text: string): SeedCode[] {
	const lines = linesOf(text);
	const body = lines.slice(lines.findIndex((l) => l === 'Description') + 1).filter(Boolean);
	const rows = [];
	for (let i = 0; i < body.length; i += 2) rows.push({ code: body[i], message: body[i + 1] });
	return collect(rows);
}

function coinflex(text: string): SeedCode[] {
	return collect(
		linesOf(text)
			.filter((line) => /^\|\s*\d/.test(line))
			.map((line) => {
				const [, code, message] = line.split('|').map((cell) => cell.trim());
				return { code, message };
			}),
	);
}

function binance(text: string): SeedCode[] {
	const codes: SeedCode[] = [];
	for (const line of linesOf(text)) {
		const head = /^(-\d+) ([A-Z_]+)$/.exec(line);
		if (head) codes.push({ code: head[1], name: head[2], messages: [], listed: 1 });
		const bullet = /^\s+• (.*)$/.exec(line);
		if (bullet) codes.at(-1)!.messages.push(bullet[1]);
	}
	return codes;
}

/** The reader of each venue's document, by catalog slug. */
export const SOURCE_READERS: Record<string, (text: string) => SeedCode[]> = {
	webull,
	'mexc-futures': mexc,
	'lbank-futures': lbank,
	coinflex,
	'binance-options': binance,
};
