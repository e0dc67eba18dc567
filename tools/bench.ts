/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1 and prints the performance figures
 * recorded in docs/performance.md: build wall time, first-load transfer per venue page, search
 * latency in Chromium, and Lighthouse scores on mobile and desktop. Targets are printed beside
 * the figures; nothing here fails a test run.
 */
import { cpus, totalmem } from 'node:os';
import { preview } from 'astro';
import { loadCatalogModels } from '../src/catalog/load.ts';
import { freePort } from '../support/free-port.ts';
import { answerLatency, buildTime, firstLoad, kb, lighthouseRun, lookupBytes, median } from './lib/measure.ts';
import { resolverWorstTimes } from './lib/resolver-bench.ts';

const catalogs = loadCatalogModels();
const slugs = catalogs.map((c) => c.slug);
// The page targets are for the heaviest and the lightest venue page, whichever venues those are.
const onePage = catalogs.filter((c) => !c.split).sort((a, b) => b.entries.length - a.entries.length);
const largest = onePage[0]?.slug;
const smallest = onePage.at(-1)?.slug;
console.log(
	`# Benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);

console.log('## Resolver on 64 KB pastes (parse and answer, full index, worst of 5)\n\n| paste | characters | worst ms |\n| --- | --- | --- |');
const resolver = resolverWorstTimes();
for (const r of resolver) console.log(`| ${r.name} | ${r.chars.toLocaleString('en')} | ${r.ms.toFixed(1)} |`);
console.log(
	`| worst | | ${Math.max(...resolver.map((r) => r.ms)).toFixed(1)} |\n\nEvery pass is linear in the paste; the browser also fetches the shards, which this leaves out.\n`,
);

const seconds = buildTime();
console.log(`## Build\n\n| figure | value | target |\n| --- | --- | --- |\n| full build wall time | ${seconds.toFixed(1)} s | ≤ 10 s |\n`);

const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
const base = `http://127.0.0.1:${port}`;
try {
	console.log(
		'## First-load transfer to the load event (gzip unless marked raw)\n\n| page | HTML | CSS | JS | fonts | total raw | total gzip | target | then, while idle |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	);
	for (const slug of slugs) {
		const load = await firstLoad(base, `/${slug}/`);
		console.log(
			`| /${slug}/ | ${kb(load.html)} | ${kb(load.css)} | ${kb(load.js)} | ${kb(load.fonts)} | ${kb(load.raw)} | ${kb(load.gzip)} | ${slug === largest ? '≤ 45 KB (largest venue page)' : ''} | ${kb(load.idle)} |`,
		);
	}

	console.log(
		'\n## Search dialog on a cold page (Ctrl+K at load, query typed at once)\n\n| query | first code hit ms | full text answered ms | lookup data fetched | Pagefind fetched |\n| --- | --- | --- | --- | --- |',
	);
	const codeTimes: number[] = [];
	const textTimes: number[] = [];
	for (const query of ['-1121', '05001', 'ORDER_NOT_FOUND', 'recvWindow', '{"code":-2018,"msg":"Balance is insufficient."}', 'IP banned until 1700000000000']) {
		const r = await answerLatency(base, query);
		codeTimes.push(r.code);
		textTimes.push(r.text);
		console.log(
			`| \`${query}\` | ${Number.isNaN(r.code) ? '— (no code hit)' : r.code.toFixed(0)} | ${r.text.toFixed(0)} | ${kb(r.lookup)} | ${kb(r.pagefind)} |`,
		);
	}
	console.log(`| median | ${median(codeTimes).toFixed(0)} | ${median(textTimes).toFixed(0)} | | |`);
	console.log(
		'\nTargets: first code hit ≤ 50 ms, first full-text result ≤ 200 ms. "Full text answered": Pagefind\'s results are shown (for a code they may all be code hits listed above).',
	);

	console.log('\n## Bytes one lookup fetches (`/lookup/?code=`, gzip)\n\n| query | lookup data | target |\n| --- | --- | --- |');
	for (const query of ['-2018', 'ORDER_NOT_FOUND', 'Insufficient balance']) console.log(`| \`${query}\` | ${kb(await lookupBytes(base, query))} | ≤ 30 KB |`);

	console.log(
		'\n## Lighthouse 13\n\n| page | form factor | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | transfer |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	);
	for (const path of ['/', `/${largest}/`, `/${smallest}/`, '/compare/', '/lookup/', '/about/', '/404.html']) {
		for (const formFactor of ['mobile', 'desktop'] as const) {
			const r = await lighthouseRun(base + path, formFactor);
			console.log(
				`| ${path} | ${formFactor} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcp.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.cls.toFixed(3)} | ${kb(r.transfer)} |`,
			);
		}
	}
	console.log('\nTargets: 100 in all four Lighthouse categories on mobile and desktop.');
} finally {
	await server.stop();
}
