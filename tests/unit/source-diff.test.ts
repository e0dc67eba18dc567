import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSource, hasDrift } from '../../support/source-diff.ts';
import { SOURCE_READERS } from '../../support/source-readers.ts';
import { realCatalogs } from '../helpers/catalogs.ts';
import { seedPath, seedText } from '../helpers/seeds.ts';

/**
 * Each venue's source document, edited as a venue edits its page: one code added (in the
 * document's own layout), one removed, one message reworded. The drift tool must report exactly
 * those three changes, from the library and from `npm run source:diff`.
 */
interface Edit {
	/** A line or lines in the venue's layout for a new code. */
	added: { code: string; lines: string };
	/** Removes every line of `code` from the document's lines. */
	remove: (lines: string[], code: string) => string[];
}

const dropLine = (match: (line: string) => boolean) => (lines: string[]) => {
	const index = lines.findIndex(match);
	if (index === -1) throw new Error('edit anchor not found');
	return lines.toSpliced(index, 1);
};

const EDITS: Record<string, Edit> = {
	webull: {
		added: { code: 'ORDER_TEST_ONLY', lines: 'ORDER_TEST_ONLYThe order is a test' },
		remove: (lines, code) => dropLine((l) => l.startsWith(code) && /^[a-z]|^[A-Z][a-z]|^U\.S\.|^US |^BO |^A-|^A /.test(l.slice(code.length)))(lines),
	},
	'mexc-futures': {
		added: { code: '4242', lines: '4242The contract is a test' },
		remove: (lines, code) => dropLine((l) => new RegExp(`^${code}\\D`).test(l))(lines),
	},
	'lbank-futures': {
		added: { code: '777', lines: '777\n\nThe contract is a test' },
		remove: (lines, code) => {
			const index = lines.findIndex((l) => l.trim() === code);
			const message = lines.findIndex((l, i) => i > index && l.trim() !== '');
			return lines.filter((_, i) => i !== index && i !== message);
		},
	},
	coinflex: {
		added: { code: '99999', lines: '| 99999  | The order is a test |' },
		remove: (lines, code) => dropLine((l) => l.startsWith(`| ${code} `))(lines),
	},
	'binance-spot': {
		added: { code: '-9999', lines: '### -9999 TEST_ONLY\n * The order is a test.' },
		remove: (lines, code) => {
			const start = lines.findIndex((l) => l.startsWith(`### ${code} `));
			const end = lines.findIndex((l, i) => i > start && /^##/.test(l));
			return lines.toSpliced(start, end - start);
		},
	},
	// A new section with its own table: a row after the last table's end would be text.
	'bybit-v5': {
		added: { code: '9999999', lines: '## Test\n|Code |Description |\n|:----:|:----|\n| 9999999 |The order is a test |' },
		remove: (lines, code) => {
			const row = new RegExp(`^\\|\\s*(~~)?\\[?${code}\\b`);
			if (!lines.some((l) => row.test(l))) throw new Error('edit anchor not found');
			return lines.filter((l) => !row.test(l));
		},
	},
	'binance-options': {
		added: { code: '-9999', lines: '-9999 TEST_ONLY\n\n  • The order is a test.' },
		remove: (lines, code) => {
			const start = lines.findIndex((l) => l.startsWith(`${code} `));
			const end = lines.findIndex((l, i) => i > start && /^-\d+ [A-Z_]+$/.test(l));
			return lines.toSpliced(start, end - start);
		},
	},
};

const catalogs = new Map(realCatalogs().map((c) => [c.slug, c]));
const scratch = mkdtempSync(join(tmpdir(), 'source-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(Object.keys(SOURCE_READERS))('source drift of %s', (slug) => {
	const read = SOURCE_READERS[slug];
	const text = seedText(slug);
	const catalog = catalogs.get(slug)!;
	const seed = read(text);
	// A code in the middle to remove, another whose only message is its own to reword.
	const removed = seed[Math.floor(seed.length / 2)].code;
	const messageCounts = new Map<string, number>();
	for (const s of seed) for (const m of s.messages) messageCounts.set(m, (messageCounts.get(m) ?? 0) + 1);
	const reworded = seed.find(
		(s) => s.code !== removed && s.messages.length === 1 && messageCounts.get(s.messages[0]) === 1 && text.split(s.messages[0]).length === 2,
	)!;
	const edit = EDITS[slug];
	const edited = (() => {
		const lines = edit.remove(text.split('\n'), removed).join('\n').replace(reworded.messages[0], `${reworded.messages[0]} (now reworded)`);
		return `${lines.replace(/\s*$/, '')}\n\n${edit.added.lines}\n`;
	})();

	it('finds nothing against the unedited document (and the added code is new)', () => {
		expect(catalog.entries.some((e) => e.code === edit.added.code)).toBe(false);
		expect(hasDrift(diffSource(catalog.entries, seed))).toBe(false);
	});

	it('reports exactly the code added, the code removed and the message reworded', () => {
		const drift = diffSource(catalog.entries, read(edited));
		expect(drift.added.map((s) => s.code)).toEqual([edit.added.code]);
		expect(drift.removed.map((e) => e.code)).toEqual([removed]);
		expect(drift.reworded).toEqual([{ code: reworded.code, gone: reworded.messages, new: [`${reworded.messages[0]} (now reworded)`] }]);
	});

	it('npm run source:diff prints them and exits 1; 0 on the unedited document', () => {
		const file = join(scratch, `${slug}.txt`);
		writeFileSync(file, edited);
		const run = spawnSync(process.execPath, ['tools/source-diff.ts', slug, file], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(1);
		expect(run.stdout).toContain(`${slug}: 1 added, 1 removed, 1 reworded`);
		expect(run.stdout).toContain(`+ ${edit.added.code}`);
		expect(run.stdout).toContain(`- ${removed}: `);
		expect(run.stdout).toContain(`    + ${JSON.stringify(`${reworded.messages[0]} (now reworded)`)}`);
		expect(run.stdout).toMatch(/removed: \[".+"\]/);
		const clean = spawnSync(process.execPath, ['tools/source-diff.ts', slug, seedPath(slug)!], { encoding: 'utf8' });
		expect(clean.status).toBe(0);
		expect(clean.stdout).toContain('no drift');
	});
});

it('source:diff explains its usage and exits 2 on an unknown slug', () => {
	const run = spawnSync(process.execPath, ['tools/source-diff.ts', 'nowhere', 'x.txt'], { encoding: 'utf8' });
	expect(run.status).toBe(2);
	expect(run.stderr).toContain('usage: npm run source:diff -- <slug> <file>');
});
