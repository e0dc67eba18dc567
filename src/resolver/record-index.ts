/**
 * The browser's view of the lookup data: a key → records map filled shard by shard as the
 * resolver fetches them (src/client/answer-client.ts), or from every shard at once in Node.
 */
import type { LookupRecord, LookupShard } from './lookup-keys.ts';

/** A key → records map over any set of records: the resolver's view of the data. */
export class RecordIndex {
	private readonly byKey = new Map<string, LookupRecord[]>();

	/** Files `record` under `keys` (shards arrive with their keys already computed). */
	add(record: LookupRecord, keys: string[]): void {
		for (const key of keys) {
			const list = this.byKey.get(key) ?? [];
			if (!list.some((r) => r.venue === record.venue && r.code === record.code)) list.push(record);
			this.byKey.set(key, list);
		}
	}

	get(key: string): LookupRecord[] {
		return this.byKey.get(key) ?? [];
	}
}
/** Adds a fetched shard's records to an index, under the keys the shard files them under. */
export function indexShard(index: RecordIndex, shard: LookupShard): void {
	// One pass, appending in place: a shard files a record under many keys, and copying the list per key made this quadratic.
	const keysOf = new Map<number, string[]>();
	for (const [key, positions] of Object.entries(shard.keys))
		for (const position of positions) {
			const keys = keysOf.get(position);
			if (keys) keys.push(key);
			else keysOf.set(position, [key]);
		}
	for (const [position, keys] of keysOf) index.add(shard.records[position], keys);
}

/** An index over every shard: what the browser would see after fetching all of them (tests, Node callers). */
export function fullIndex(shards: LookupShard[]): RecordIndex {
	const index = new RecordIndex();
	for (const shard of shards) indexShard(index, shard);
	return index;
}
