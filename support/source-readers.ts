/**
 * Readers of the venues' error pages saved as text, in the shape of the documents in `sources/`
 * (see its README). The source-fidelity tests use them to prove that every code and message of a
 * source is in its catalog verbatim, and `npm run source:diff` to show what a refreshed page
 * changes. They share no code with the site, so a fault in the site's model cannot hide itself.
 */

import type { Nodes, Root, TableCell } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

export interface SeedCode {
	code: string;
	name?: string;
	messages: string[];
	/** How many times the source lists this code. */
	listed: number;
	/** For sources in sections (Bybit): the titles of the sections each message is listed in, parallel to `messages`. */
	sections?: string[][];
	/** Struck through in the source (Bybit's `~~10018~~`). */
	deprecated?: boolean;
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

/** A Markdown document's tree, with GitHub's tables and strikethrough. */
const markdownTree = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** A node's text as the page shows it: code spans and links as their text, inline HTML tags dropped. */
const shownText = (node: Nodes) => toString(node, { includeHtml: false }).trim();

/** Whether a table cell's whole content is struck through (`~~10018~~`). */
const struck = (cell: TableCell) =>
	cell.children.length > 0 && cell.children.every((child) => child.type === 'delete' || (child.type === 'text' && child.value.trim() === ''));

/** The messages of a Binance table cell: quoted ones as quoted (a closing quote may be missing), `"a" / "b"` as two, an unquoted cell as it is. */
function quotedMessages(cell: string): string[] {
	if (!cell.startsWith('"')) return [cell];
	return cell.split(/"\s*\/\s*"/).map((part) => {
		const inner = part.replace(/^"/, '');
		const close = inner.lastIndexOf('"');
		return close === -1 ? inner : inner.slice(0, close);
	});
}

/**
 * Binance Spot's errors.md: `### -1121 BAD_SYMBOL` with bullet messages (a heading whose rest is
 * a sentence, not a NAME, carries the message itself and the bullet describes it); two tables of
 * messages without a code of their own, one under the codes its heading names (adding those that
 * have no heading of their own), the other under -1013, whose bullet links to it.
 */
function binanceSpot(text: string): SeedCode[] {
	const codes: SeedCode[] = [];
	const byCode = new Map<string, SeedCode>();
	const codeOf = (code: string, name?: string) => {
		let entry = byCode.get(code);
		if (!entry) {
			entry = { code, name, messages: [], listed: 1 };
			byCode.set(code, entry);
			codes.push(entry);
		}
		return entry;
	};
	let current: SeedCode | undefined;
	let tableCodes: SeedCode[] = [];
	let describedByBullet = false;
	for (const node of markdownTree(text).children) {
		if (node.type === 'heading') {
			const heading = shownText(node);
			tableCodes = [];
			current = undefined;
			if (node.depth === 3) {
				const match = /^(-\d+) (.+)$/.exec(heading);
				if (!match) throw new Error(`unparsed Binance heading: ${heading}`);
				const isName = /^[A-Z][A-Z0-9_]*$/.test(match[2]);
				current = codeOf(match[1], isName ? match[2] : undefined);
				describedByBullet = !isName;
				if (!isName) current.messages.push(match[2]);
			} else if (/^Messages for /.test(heading)) {
				tableCodes = [...heading.matchAll(/(-\d+) ([A-Z_]+)/g)].map((m) => codeOf(m[1], m[2]));
			} else if (/^Filter failures$/.test(heading)) tableCodes = [codeOf('-1013')];
		} else if (node.type === 'list' && current && !describedByBullet) {
			for (const item of node.children) {
				const message = shownText(item);
				// -1013's second bullet only points at the tables of messages.
				if (/^Potential error messages can be found in/.test(message)) continue;
				current.messages.push(message);
			}
		} else if (node.type === 'table' && tableCodes.length > 0) {
			for (const row of node.children.slice(1)) {
				for (const message of quotedMessages(shownText(row.children[0]))) for (const code of tableCodes) code.messages.push(message);
			}
		}
	}
	return codes;
}

/**
 * Bybit V5's error.mdx: a table per section (`##`, some `###`), `|code|message|` rows, codes out of
 * order and some in several sections (one code, every message, with the sections it is listed in);
 * a struck-through code is deprecated.
 */
function bybit(text: string): SeedCode[] {
	const byCode = new Map<string, SeedCode>();
	let section = '';
	const add = (code: string, message: string, deprecated: boolean) => {
		if (!/^-?\d+$/.test(code)) throw new Error(`unparsed Bybit row in ${section}: ${code}`);
		let entry = byCode.get(code);
		if (!entry) {
			entry = { code, messages: [], sections: [], listed: 0 };
			byCode.set(code, entry);
		}
		entry.listed++;
		if (deprecated) entry.deprecated = true;
		const at = entry.messages.indexOf(message);
		if (at === -1) {
			entry.messages.push(message);
			entry.sections!.push([section]);
		} else if (!entry.sections![at].includes(section)) entry.sections![at].push(section);
	};
	for (const node of markdownTree(text).children) {
		if (node.type === 'heading') section = shownText(node);
		if (node.type === 'table') {
			for (const row of node.children.slice(1)) add(shownText(row.children[0]), shownText(row.children[1]), struck(row.children[0]));
		} else if (node.type === 'paragraph' && node.position && /^\|/.test(text.slice(node.position.start.offset, node.position.end.offset))) {
			// Four tables have a header of three cells over a delimiter of two, which GFM does not take
			// for a table (the page shows their rows as text); their rows are read line by line.
			const lines = text.slice(node.position.start.offset, node.position.end.offset).split('\n');
			if (!/^\|[\s:|-]+\|?$/.test(lines[1] ?? '')) throw new Error(`unparsed Bybit text in ${section}: ${lines[0]}`);
			for (const line of lines.slice(2)) {
				const [, codeCell, messageCell] = line.split('|');
				add(shownText(markdownTree(codeCell)), shownText(markdownTree(messageCell)), /^\s*~~.*~~\s*$/.test(codeCell));
			}
		}
	}
	return [...byCode.values()];
}

/** The reader of each venue's document, by catalog slug. */
export const SOURCE_READERS: Record<string, (text: string) => SeedCode[]> = {
	webull,
	'mexc-futures': mexc,
	'lbank-futures': lbank,
	coinflex,
	'binance-options': binance,
	'binance-spot': binanceSpot,
	'bybit-v5': bybit,
};
