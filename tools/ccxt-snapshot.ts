/**
 * Writes src/data/ccxt-snapshot.json from the pinned `ccxt` dev dependency: the exceptions maps
 * of every CCXT exchange a catalog names (`ccxtExchange`), in the order CCXT reads them. Run it
 * after upgrading `ccxt`; the build reads only the snapshot.
 *
 *   npm run ccxt:snapshot
 */
import { writeFileSync } from 'node:fs';
import ccxt from 'ccxt';
import { installedCcxtVersion, serialiseSnapshot, snapshotCcxt, SNAPSHOT_PATH, type CcxtModule } from '../support/ccxt-snapshot.ts';
import { catalogCcxtExchanges } from '../support/ccxt-exchanges.ts';

const exchanges = catalogCcxtExchanges();
const snapshot = snapshotCcxt(ccxt as unknown as CcxtModule, installedCcxtVersion(), exchanges);
writeFileSync(SNAPSHOT_PATH, serialiseSnapshot(snapshot));
console.log(
	`${SNAPSHOT_PATH}: CCXT ${snapshot.ccxtVersion}, ${Object.entries(snapshot.exchanges)
		.map(([key, e]) => `${key} (${Object.values(e.tables).reduce((n, t) => n + Object.keys(t).length, 0)} keys)`)
		.join(', ')}`,
);
