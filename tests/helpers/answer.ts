import { answerParsed, shardsFor, type Answer, type AnswerOptions } from '../../src/resolver/answer.ts';
import { buildLookupData } from '../../src/resolver/shard-builder.ts';
import { fullIndex, indexShard, RecordIndex } from '../../src/resolver/record-index.ts';
import { parsePaste } from '../../src/resolver/paste.ts';
import { realCatalogs } from './catalogs.ts';

/** The lookup data of the real catalogs, built as the site builds it. */
export const lookupData = buildLookupData(realCatalogs());
const everything = fullIndex(lookupData.shards);
const venues = lookupData.manifest.venues;

/** Answers from every shard at once. */
export function answerAll(query: string, options: AnswerOptions = {}): Answer {
	return answerParsed(parsePaste(query, venues), everything, venues, options);
}

/** Answers as the browser does: from only the shards the query's keys hash to. */
export function answerFromShards(query: string, options: AnswerOptions = {}): { answer: Answer; shards: number[] } {
	const parsed = parsePaste(query, venues);
	const shards = shardsFor(parsed, lookupData.manifest.shards);
	const index = new RecordIndex();
	for (const shard of shards) indexShard(index, lookupData.shards[shard]);
	return { answer: answerParsed(parsed, index, venues, options), shards };
}

/** An answer in one line: `lands /x`, `lists /x /y`, `suggests /x`, `none`, `empty`. */
export function outcome(answer: Answer): string {
	switch (answer.kind) {
		case 'unique':
			return `lands ${answer.hit.record.href}`;
		case 'candidates':
			return `lists ${answer.hits.map((hit) => hit.record.href).join(' ')}`;
		case 'suggestions':
			return `suggests ${answer.hits.map((hit) => hit.record.href).join(' ')}`;
		default:
			return answer.kind;
	}
}
