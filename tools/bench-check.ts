/**
 * `npm run bench:check`: times `npm run check`'s validation on a generated catalog of 10,000
 * codes that breaks a rule on every one (10,000 problems), and on the same catalog clean.
 * Prints figures; target: 10,000 problems reported in under 2 s.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogFiles } from '../src/catalog/load.ts';

const CODES = 10_000;
const catalog = (message: (i: number) => string) => `venue: Bench
product: Check
summary: Generated.
source: { title: Errors, url: "https://example.com/errors" }
transport: REST
payload: { codeField: code, messageField: msg, origin: site, example: '{"code": 1}' }
grouping: site
groups:
  - id: all
    title: All
codes:
${Array.from({ length: CODES }, (_, i) => `  - code: "C${i}"\n    group: all\n    category: system\n    messages:\n      - ${message(i)}\n`).join('')}`;

const root = mkdtempSync(join(tmpdir(), 'bench-check-'));
try {
	console.log('| catalog | problems | check time |\n| --- | --- | --- |');
	for (const [label, message] of [
		['10,000 codes, clean', (i: number) => `Message ${i}`],
		['10,000 codes, a problem on each', (i: number) => `"Message ${i} "`],
	] as const) {
		const dir = join(root, label.replace(/\W+/g, '-'));
		mkdirSync(dir);
		writeFileSync(join(dir, 'bench.yaml'), catalog(message));
		const started = performance.now();
		const { problems } = loadCatalogFiles(dir, '/');
		console.log(`| ${label} | ${problems.length} | ${((performance.now() - started) / 1000).toFixed(2)} s |`);
	}
	console.log('\nTarget: 10,000 problems reported in under 2 s.');
} finally {
	rmSync(root, { recursive: true, force: true });
}
