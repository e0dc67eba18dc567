import { describe, expect, it } from 'vitest';
import { answerParsed } from '../../src/resolver/answer.ts';
import { buildCatalog } from '../../src/catalog/model.ts';
import { buildLookupData } from '../../src/resolver/shard-builder.ts';
import { fullIndex } from '../../src/resolver/record-index.ts';
import { parsePaste } from '../../src/resolver/paste.ts';
import { formatProblem, validateCatalogSource } from '../../src/catalog/validate.ts';
import { CATEGORY_INFO } from '../../src/catalog/vocabulary.ts';
import { catalogText, realCatalogs } from '../helpers/catalogs.ts';

const catalogs = realCatalogs();
const entry = (slug: string, code: string) => catalogs.find((c) => c.slug === slug)!.entries.find((e) => e.code === code)!;

/**
 * Every code with more than one message, and which of its messages (0-based) have guidance of
 * their own: the review of the multi-message codes. A new multi-message code fails this test
 * until someone has read its messages and recorded the decision here.
 */
const REVIEWED: Record<string, number[]> = {
	'binance-options -1008': [2, 3], // a stated window; an IP ban with its end time
	'binance-options -1015': [1], // a stated interval
	'binance-options -1021': [], // both are clock skew: the category's advice
	'binance-options -1100': [],
	'binance-options -1101': [],
	'binance-options -1102': [],
	'binance-options -1104': [],
	'binance-options -1105': [],
	'binance-options -1106': [],
	'binance-options -1127': [],
	'binance-options -1130': [],
	// Binance Spot: the same reading as the Options API where the codes match.
	'binance-spot -1003': [1, 2], // a stated window; an IP ban with its end time
	'binance-spot -1015': [1], // a stated interval
	'binance-spot -1021': [],
	'binance-spot -1034': [], // connection limits: the category's advice (wait and retry)
	'binance-spot -1100': [],
	'binance-spot -1101': [],
	'binance-spot -1102': [],
	'binance-spot -1103': [],
	'binance-spot -1104': [],
	'binance-spot -1105': [],
	'binance-spot -1106': [],
	'binance-spot -1127': [],
	'binance-spot -1128': [],
	'binance-spot -1130': [],
	'binance-spot -1134': [],
	'binance-spot -1135': [],
	'binance-spot -1152': [],
	'binance-spot -1153': [],
	'binance-spot -1158': [],
	'binance-spot -1160': [],
	'binance-spot -1177': [],
	'binance-spot -1190': [],
	'binance-spot -1191': [],
	'binance-spot -1013': [], // the filter failures: all an invalid order, as the code says
	// The matching-engine messages (one set, under four codes; the positions follow each code's own messages):
	// unknown order, market closed, insufficient balance, account disabled (2), symbol not permitted or
	// restricted (2), trading not enabled (3), order book liquidity (4) have guidance of their own.
	'binance-spot -1010': [0, 2, 3, 13, 14, 24, 25, 27, 28, 29, 30, 31, 32, 38],
	'binance-spot -2010': [1, 3, 4, 14, 15, 25, 26, 28, 29, 30, 31, 32, 33, 39],
	'binance-spot -2011': [1, 3, 4, 14, 15, 25, 26, 28, 29, 30, 31, 32, 33, 39],
	'binance-spot -2038': [0, 2, 3, 13, 14, 24, 25, 27, 28, 29, 30, 31, 32, 38],
	// Bybit: codes listed in several sections; a second message that means another thing has its own category.
	'bybit-v5 429': [], // HTTP status and UTA code: both rate-limit-like, retry
	'bybit-v5 10003': [1], // sessions (rate limit) / API key invalid (authentication)
	'bybit-v5 10016': [],
	'bybit-v5 131002': [],
	'bybit-v5 700000': [],
	'bybit-v5 700001': [1], // quote failed / prediction market closed (market state)
	'bybit-v5 700002': [1], // quote type / FOK liquidity (market state)
	'bybit-v5 700004': [],
	'bybit-v5 700007': [],
	'bybit-v5 700012': [],
	'bybit-v5 400001': [1], // broker not found / invalid parameter
	'bybit-v5 700010': [1], // loan user / insufficient USDC balance
	'bybit-v5 700011': [1], // illegal operation / insufficient token position
	'bybit-v5 180001': [],
	'bybit-v5 3500153': [],
};

describe('guidance per message', () => {
	it('has reviewed every code with several messages, and refines exactly the messages recorded', () => {
		const found = Object.fromEntries(
			catalogs.flatMap((c) =>
				c.entries.filter((e) => e.messages.length > 1).map((e) => [`${c.slug} ${e.code}`, e.variants.flatMap((v, i) => (v.refined ? [i] : []))]),
			),
		);
		expect(found).toEqual(REVIEWED);
		const refinedSingles = catalogs.flatMap((c) => c.entries.filter((e) => e.messages.length === 1 && e.variants[0].refined).map((e) => e.code));
		expect(refinedSingles).toEqual([]);
	});

	it("-1008: the ban message says do not retry before the stated time; the others keep the code's advice", () => {
		const tooMany = entry('binance-options', '-1008');
		expect(tooMany.retry).toBe('yes');
		const ban = tooMany.variants[3];
		expect(ban.text).toBe('Way too much request weight used; IP banned until %s. Please use the websocket for live updates to avoid bans.');
		expect(ban).toMatchObject({ refined: true, retry: 'no', category: 'rate-limit', ccxt: 'RateLimitExceeded' });
		expect(ban.wait).toMatch(/^Not before the time the message states/);
		expect(tooMany.variants[0]).toMatchObject({ refined: false, retry: 'yes', wait: null });
		expect(tooMany.variants[2]).toMatchObject({ refined: true, retry: 'yes' });
		expect(tooMany.variants[2].wait).toMatch(/window/);
		expect(entry('binance-options', '-1015').variants[1]).toMatchObject({ refined: true, retry: 'yes' });
	});

	it('keeps the messages verbatim whether they are written plain or with guidance', () => {
		expect(entry('binance-options', '-1008').messages).toEqual(entry('binance-options', '-1008').variants.map((v) => v.text));
		expect(entry('binance-options', '-1015').messages[1]).toBe('Too many new orders; current limit is %s orders per %s.');
	});

	it("a pasted ban message lands on -1008 with the ban message's own advice", () => {
		const { shards, manifest } = buildLookupData(catalogs);
		const answer = answerParsed(
			parsePaste(
				'{"code":-1008,"msg":"Way too much request weight used; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans."}',
				manifest.venues,
			),
			fullIndex(shards),
			manifest.venues,
		);
		expect(answer.kind).toBe('unique');
		if (answer.kind !== 'unique') return;
		expect(answer.hit.messageIndex).toBe(3);
		expect(answer.hit.record.variants?.[String(answer.hit.messageIndex)]).toMatchObject({ retry: 'no' });
	});

	it("takes the category's CCXT class and retry when a message changes the category", () => {
		const text = catalogText('coinflex').replace('      - Signature is invalid', '      - text: Signature is invalid\n        category: system');
		const { data, problems } = validateCatalogSource('src/content/catalogs/coinflex.yaml', text);
		expect(problems).toEqual([]);
		expect(data!.codes.find((c) => c.code === '20000')!.messages[0]).toEqual({ text: 'Signature is invalid', category: 'system' });
		const variant = buildCatalog('coinflex', data!).entries.find((e) => e.code === '20000')!.variants[0];
		expect(variant).toMatchObject({
			text: 'Signature is invalid',
			refined: true,
			category: 'system',
			retry: CATEGORY_INFO.system.retry,
			ccxt: CATEGORY_INFO.system.ccxt,
		});
	});

	it.each([
		[
			'a message map without guidance',
			(t: string) => t.replace('      - Signature is invalid', '      - text: Signature is invalid'),
			/give category, retry, wait or sections/,
		],
		[
			'a message text YAML reads as a number',
			(t: string) => t.replace('      - Signature is invalid', '      - text: 5001\n        retry: "no"'),
			/a message written as 5001 is read by YAML as the number 5001/,
		],
		[
			'an unknown key in a message map',
			(t: string) => t.replace('      - Signature is invalid', '      - text: Signature is invalid\n        retyr: "no"'),
			/unknown key "retyr"/,
		],
	])('rejects %s', (_name, edit, expected) => {
		const lines = validateCatalogSource('src/content/catalogs/coinflex.yaml', edit(catalogText('coinflex'))).problems.map(formatProblem);
		expect(
			lines.some((line) => expected.test(line)),
			lines.join('\n'),
		).toBe(true);
	});
});

it('category defaults stay the reference for unrefined messages', () => {
	for (const catalog of catalogs)
		for (const e of catalog.entries) for (const v of e.variants) if (!v.refined) expect([v.category, v.retry, v.ccxt]).toEqual([e.category, e.retry, e.ccxt]);
	expect(CATEGORY_INFO['rate-limit'].retry).toBe('yes');
});
