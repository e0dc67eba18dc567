import { describe, expect, it } from 'vitest';
import { editDistance, templateFit, Fit } from '../../src/resolver/answer.ts';
import { foldCode } from '../../src/catalog/codes.ts';
import { normalisePaste, parsePaste } from '../../src/resolver/paste.ts';
import { answerAll, answerFromShards, lookupData, outcome } from '../helpers/answer.ts';
import { PASTES } from '../fixtures/pastes.ts';

describe('answer engine: pastes', () => {
	it('has a table of at least 80 pastes covering every venue', () => {
		expect(PASTES.length).toBeGreaterThanOrEqual(80);
		const venues = new Set(PASTES.flatMap((c) => c.hrefs.map((href) => href.split('/')[1])));
		expect([...venues].sort()).toEqual(['binance-options', 'binance-spot', 'bybit-v5', 'coinflex', 'lbank-futures', 'mexc-futures', 'webull']);
	});

	it.each(PASTES.map((c) => [c.paste.length > 120 ? `${c.paste.slice(0, 60)}… (${c.paste.length} chars)` : c.paste, c.venue ?? '', c] as const))(
		'%j from %j',
		(_label, _venue, c) => {
			const answer = answerAll(c.paste, { venue: c.venue });
			const [kind, ...hrefs] = outcome(answer).split(' ');
			expect(kind).toBe(c.expect);
			if (c.expect === 'lands') expect(hrefs).toEqual(c.hrefs);
			else if (c.expect !== 'none') {
				expect(hrefs[0]).toBe(c.hrefs[0]);
				expect(hrefs).toEqual(expect.arrayContaining(c.hrefs));
			}
			if (c.notice) expect('notices' in answer ? answer.notices.join('\n') : '').toContain(c.notice);
		},
	);

	it('gives the same answer from only the shards a query hashes to as from all of them', () => {
		for (const c of PASTES) {
			const { answer, shards } = answerFromShards(c.paste, { venue: c.venue });
			expect(outcome(answer), c.paste.slice(0, 80)).toBe(outcome(answerAll(c.paste, { venue: c.venue })));
			// A code lookup fetches a shard or two, a message a handful: never the whole index.
			expect(shards.length, c.paste.slice(0, 80)).toBeLessThan(Math.max(4, lookupData.manifest.shards / 2));
		}
	});
});

describe('answer engine: every code', () => {
	const records = lookupData.shards.flatMap((shard) => shard.records);
	const unique = new Map(records.map((r) => [`${r.venue} ${r.code}`, r]));

	it('lands every code of every venue from its own venue page', () => {
		for (const record of unique.values())
			expect(outcome(answerFromShards(record.code, { venue: record.venue }).answer), record.href).toBe(`lands ${record.href}`);
	});

	it('finds every message, filled in, among the entries it lists or lands on', () => {
		// A success code's message (Bybit's 0, "OK") is not an error anyone pastes to look up.
		for (const record of [...unique.values()].filter((r) => r.category !== 'success')) {
			for (const message of record.messages) {
				const filled = message.replace(/%s|\{[A-Za-z0-9_]*\}|\bxxx\b/g, '42');
				const result = outcome(answerFromShards(filled).answer);
				expect(result, `${record.href}: ${filled}`).toContain(record.href);
			}
		}
	});
});

describe('reading a paste', () => {
	it('folds dashes, quotes and invisible characters', () => {
		expect(normalisePaste('  “−2018”\u200b ')).toBe('-2018');
		expect(normalisePaste('`05001`')).toBe('05001');
	});

	it('keeps codes as strings: a JSON string code keeps its zeros', () => {
		const parsed = parsePaste('{"code":"05001","message":"x"}', lookupData.manifest.venues);
		expect(parsed.codes).toEqual(['05001']);
		expect(parsed.json).toBe(true);
	});

	it('reads a body by each venue’s own field names and shape', () => {
		const venues = lookupData.manifest.venues;
		expect(parsePaste('{"error_code":"X","message":"m"}', venues).venues).toEqual(['webull']);
		// Both Binance products send this shape.
		expect(parsePaste('{"code":1,"msg":"m"}', venues).venues).toEqual(['binance-options', 'binance-spot']);
		expect(parsePaste('{"retCode":1,"retMsg":"m","result":{}}', venues).venues).toEqual(['bybit-v5']);
		expect(parsePaste('{"success":false,"code":1}', venues).venues).toEqual(['mexc-futures']);
		expect(parsePaste('{"result":false,"error_code":1,"msg":"m"}', venues).venues).toEqual(['lbank-futures']);
	});

	it('ignores dates, times and HTTP status lines as codes', () => {
		const parsed = parsePaste('2024-05-01 12:00:03 HTTP/1.1 401 Unauthorized -2018', lookupData.manifest.venues);
		expect(parsed.codes).toEqual(['-2018']);
	});

	it('folds sign and padding into one key but never calls them equal', () => {
		expect(foldCode('-05001')).toBe('5001');
		expect(foldCode('0')).toBe('0');
		expect(foldCode('Order not-found')).toBe('order_not_found');
	});
});

describe('templateFit', () => {
	it('treats placeholders as wildcards and grades the fit', () => {
		expect(templateFit('IP banned until %s.', 'IP banned until 1700000000000.')).toBe(Fit.Whole);
		expect(templateFit('Way too much request weight used; IP banned until %s. Please use the websocket.', 'IP banned until 17')).toBe(Fit.Fragment);
		expect(templateFit('Balance is insufficient.', 'error: Balance is insufficient. (retry later)')).toBe(Fit.Inside);
		expect(templateFit('recvWindow xxx has expired', 'recvWindow 5000 has expired')).toBe(Fit.Whole);
		expect(templateFit('The limit amount{}, the actual amount{}.', 'The limit amount 5, the actual amount 7')).toBe(Fit.Whole);
		expect(templateFit('Balance is insufficient.', 'Balance is sufficient')).toBe(Fit.None);
	});
});

describe('editDistance', () => {
	it('counts edits and stops early past the limit', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('abc', 'abc')).toBe(0);
		expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
	});
});
