import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CATALOG_DIR } from '../src/catalog/load.ts';

/**
 * The CCXT exchanges the catalogs name (`ccxtExchange`), once each. Read from the YAML itself,
 * not the validated catalogs: the check rejects an exchange the snapshot lacks, and this is
 * what adds it.
 */
export function catalogCcxtExchanges(dir = CATALOG_DIR): { id: string; market?: string }[] {
	const seen = new Map<string, { id: string; market?: string }>();
	for (const file of readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()) {
		const exchange = (parse(readFileSync(join(dir, file), 'utf8')) as { ccxtExchange?: { id?: unknown; market?: unknown } } | null)?.ccxtExchange;
		if (typeof exchange?.id !== 'string') continue;
		const market = typeof exchange.market === 'string' ? exchange.market : undefined;
		seen.set(`${exchange.id}.${market ?? ''}`, { id: exchange.id, market });
	}
	return [...seen.values()];
}
