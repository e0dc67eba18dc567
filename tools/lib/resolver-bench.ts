/**
 * The resolver's worst time on 64 KB pastes (the most it reads): a client's dump padded to the
 * limit, and inputs made to be hard for each pass (unclosed braces, quotes, nesting, pairs,
 * numbers everywhere, one long word). Parse and answer from the full index, worst of five runs.
 */
import { answerParsed } from '../../src/resolver/answer.ts';
import { loadCatalogModels } from '../../src/catalog/load.ts';
import { buildLookupData } from '../../src/resolver/shard-builder.ts';
import { fullIndex } from '../../src/resolver/record-index.ts';
import { MAX_PASTE_CHARS, parsePaste } from '../../src/resolver/paste.ts';

const fill = (unit: string) => unit.repeat(Math.ceil(MAX_PASTE_CHARS / unit.length)).slice(0, MAX_PASTE_CHARS);

export const HARD_PASTES: Record<string, string> = {
	'stack trace, body at the end':
		fill('    at Axios.request (file:///app/node_modules/axios/lib/core/Axios.js:80:43)\n').slice(0, MAX_PASTE_CHARS - 60) +
		'\n  data: { code: -2018, msg: "Balance is insufficient." } }',
	'unclosed braces': fill('{'),
	'braces and quotes': fill(`{"a":'b",{'c':"d'`),
	'deep nesting': fill('{"a":[{"b":'),
	'key=value pairs': fill('code=-2018 msg=x '),
	'escaped JSON': fill('"{\\"code\\":-2018,\\"msg\\":\\"x\\"}",'),
	numbers: fill('1234 -56 0007 '),
	'one long word': fill('x'),
	prose: fill('Balance is insufficient for this order. '),
};

/** Worst milliseconds per paste over `runs` runs. */
export function resolverWorstTimes(runs = 5): { name: string; chars: number; ms: number }[] {
	const { manifest, shards } = buildLookupData(loadCatalogModels());
	const index = fullIndex(shards);
	return Object.entries(HARD_PASTES).map(([name, paste]) => {
		let worst = 0;
		for (let run = 0; run < runs; run++) {
			const started = performance.now();
			answerParsed(parsePaste(paste, manifest.venues), index, manifest.venues);
			worst = Math.max(worst, performance.now() - started);
		}
		return { name, chars: paste.length, ms: worst };
	});
}
