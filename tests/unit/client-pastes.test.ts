import { beforeAll, describe, expect, it } from 'vitest';
import { clientErrorCases, type ClientCase } from '../fixtures/client-errors.ts';
import { answerAll, answerFromShards } from '../helpers/answer.ts';
import type { Answer } from '../../src/resolver/answer.ts';
import { realCatalogs } from '../helpers/catalogs.ts';

/**
 * Whether the answer is the case's: it lands on the code, or lists it first; where the venue's
 * other products send the same code with the same message, it lists all of them first, the
 * case's among them, since nothing in the paste tells them apart.
 */
function answersCase(c: ClientCase, answer: Answer, hrefs: string[]): boolean {
	if (c.href === null) return hrefs.length === 0;
	if (answer.kind === 'unique') return answer.hit.record.href === c.href;
	const expected = [c.href, ...c.siblings].sort();
	return c.siblings.length === 0 ? hrefs[0] === c.href : hrefs.slice(0, expected.length).sort().join(' ') === expected.join(' ');
}

/** The error output of real client software, read by the resolver: every case lands on its code, or lists it first, never another venue's. */
let cases: ClientCase[] = [];
beforeAll(async () => {
	cases = await clientErrorCases();
}, 60_000);

const listed = (answer: Answer) =>
	(answer.kind === 'unique' ? [answer.hit, ...answer.also] : answer.kind === 'candidates' || answer.kind === 'suggestions' ? answer.hits : []).map(
		(hit) => hit.record.href,
	);

describe('real clients’ error output', () => {
	it('has at least 150 cases from every venue and every client', () => {
		expect(cases.length).toBeGreaterThanOrEqual(150);
		const venues = new Set(cases.flatMap((c) => (c.href ? [c.href.split('/')[1]] : [])));
		expect(venues.size).toBe(realCatalogs().length);
		const sources = new Set(cases.map((c) => c.source.split(':')[0]));
		for (const client of [
			'axios',
			'curl -i (raw HTTP response)',
			'pino',
			'winston',
			'Node',
			'Python requests',
			'Java',
			'@binance/connector',
			'python-binance',
			'binance-connector-python',
			'go-binance',
			'binance-connector-java',
			'ccxt',
			'ccxt (Python)',
		])
			expect(sources).toContain(client);
		// The AxiosError dumps are the long pastes: past the old 4,000-character cut.
		expect(Math.max(...cases.filter((c) => c.source.startsWith('axios')).map((c) => c.paste.length))).toBeGreaterThan(8_000);
	});

	it('lands on the code, or lists it first, for every case with a code; finds none for the rest', () => {
		const wrong = cases.flatMap((c) => {
			const answer = answerAll(c.paste);
			const hrefs = listed(answer);
			const ok = answersCase(c, answer, hrefs);
			return ok ? [] : [`${c.source} → ${answer.kind} ${hrefs.slice(0, 3).join(' ')} (want ${c.href}): ${c.paste.slice(0, 160).replace(/\s+/g, ' ')}`];
		});
		expect(wrong).toEqual([]);
	});

	it('lands on the code for every case with a code (no venue known), the browser’s way: only from the shards the paste hashes to', () => {
		const wrong = cases
			.filter((c) => c.href !== null)
			.flatMap((c) => {
				const { answer } = answerFromShards(c.paste);
				return (c.siblings.length === 0 ? answer.kind === 'unique' && answer.hit.record.href === c.href : answersCase(c, answer, listed(answer)))
					? []
					: [`${c.source} → ${answer.kind} ${listed(answer).slice(0, 3).join(' ')} (want ${c.href})`];
			});
		expect(wrong).toEqual([]);
	});

	it('says what the code was read from', () => {
		const axiosCase = cases.find((c) => c.source === 'axios: console.error(err)')!;
		const answer = answerAll(axiosCase.paste);
		expect('notices' in answer ? answer.notices.join(' ') : '').toMatch(/^Read from `[\w]+` in the (JSON body|JavaScript object)/);
	});
});
