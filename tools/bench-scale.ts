/**
 * `npm run bench:scale [-- <total codes> …]` (default 5000 20000 50000): for each size, copies the
 * project into a temporary folder, adds synthetic venues (one of 2,000 codes, the rest of 500;
 * support/synthetic-catalogs.ts) beside the real ones, builds it and prints build time,
 * peak memory, the five largest pages, a small venue's first load, the bytes one lookup and one
 * search fetch, search latency and Lighthouse on the 2,000-code venue page. Figures only: the
 * goals are printed beside them and recorded in docs/performance.md; nothing fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCatalogModels } from '../src/catalog/load.ts';
import { BUILD_SCRIPT, buildEnv, copyProject } from '../support/project-copy.ts';
import { answerLatency, firstLoad, kb, lighthouseRun, lookupBytes, median } from './lib/measure.ts';
import { previewProcess } from './lib/preview-process.ts';
import { syntheticCatalogs } from '../support/synthetic-catalogs.ts';

const totals = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
const sizes = totals.length > 0 ? totals : [5_000, 20_000, 50_000];
const REAL_CODES = loadCatalogModels().reduce((n, c) => n + c.entries.length, 0);

/** Every HTML file under `dir` with its gzip size, largest first. */
function htmlPages(dir: string): { path: string; gzip: number }[] {
	const out: { path: string; gzip: number }[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html'))
				out.push({ path: `/${relative(dir, path)}`.replace(/index\.html$/, ''), gzip: gzipSync(readFileSync(path), { level: 9 }).length });
		}
	};
	walk(dir);
	return out.sort((a, b) => b.gzip - a.gzip);
}

/** Builds `root` under GNU time with the project's build command, which runs Astro in its own process: wall seconds and peak resident memory of the build. */
function timedBuild(root: string): { seconds: number; peakMb: number; output: string } {
	const run = spawnSync('/usr/bin/time', ['-f', 'PEAK %M %e', process.execPath, BUILD_SCRIPT], {
		cwd: root,
		encoding: 'utf8',
		env: buildEnv({ NODE_ENV: 'production' }),
		maxBuffer: 256 * 2 ** 20,
	});
	const match = /PEAK (\d+) ([\d.]+)/.exec(run.stderr);
	if (run.status !== 0 || !match) throw new Error(`build failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
	return { seconds: Number(match[2]), peakMb: Number(match[1]) / 1024, output: run.stdout };
}

console.log(
	`# Scale benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
const rows: string[] = [];
const details: string[] = [];
for (const total of sizes) {
	const root = copyProject('.fixture-scale-');
	try {
		const venues = syntheticCatalogs(total - REAL_CODES);
		for (const venue of venues) writeFileSync(join(root, 'src/content/catalogs', `${venue.slug}.yaml`), venue.yaml);
		const build = timedBuild(root);
		const dist = join(root, 'dist');
		const pages = htmlPages(dist);
		const large = pages.find((p) => p.path === `/${venues[0].slug}/`);
		const over = pages.filter((p) => p.gzip > 100 * 1024).length;

		const server = await previewProcess(root);
		const { base } = server;
		try {
			const small = await firstLoad(base, '/coinflex/');
			const synthetic = venues.at(-1)!;
			// A code, a real message fragment, and a generated message filled in (placeholders as values).
			const filled = synthetic.messages[5].replace(/%s|\{value\}|xxx/g, '42');
			const lookups = [
				await lookupBytes(base, synthetic.codes[17]),
				await lookupBytes(base, '-2018'),
				await lookupBytes(base, 'Insufficient balance'),
				await lookupBytes(base, filled),
			];
			const searches = [];
			for (const query of [synthetic.codes[3], '-1121', 'recvWindow', 'IP banned until 1700000000000']) searches.push(await answerLatency(base, query));
			const lighthouse = existsSync(join(dist, venues[0].slug)) ? await lighthouseRun(`${base}/${venues[0].slug}/`, 'mobile') : undefined;
			rows.push(
				`| ${total.toLocaleString('en')} | ${venues.length + 5} | ${build.seconds.toFixed(1)} s | ${(build.seconds / (total / 1000)).toFixed(2)} s | ${build.peakMb.toFixed(0)} MB | ${kb(pages[0].gzip)} | ${over} | ${kb(small.gzip)} | ${kb(Math.max(...lookups))} | ${kb(Math.max(...searches.map((s) => s.lookup + s.pagefind)))} | ${median(searches.map((s) => s.code)).toFixed(0)} ms | ${median(searches.map((s) => s.text)).toFixed(0)} ms | ${large ? kb(large.gzip) : '—'} | ${lighthouse?.performance ?? '—'} |`,
			);
			details.push(
				`### ${total.toLocaleString('en')} codes: the five largest pages (gzip)\n\n${pages
					.slice(0, 5)
					.map((p) => `- \`${p.path}\` ${kb(p.gzip)}`)
					.join(
						'\n',
					)}\n\nHTML pages: ${pages.length}. Lookups fetched ${lookups.map(kb).join(', ')}; searches fetched ${searches.map((s) => kb(s.lookup + s.pagefind)).join(', ')}.\n`,
			);
		} finally {
			await server.stop();
		}
		console.error(`${total}: done (${build.seconds.toFixed(1)} s)`);
	} finally {
		if (!process.env.KEEP_SCALE) rmSync(root, { recursive: true, force: true });
	}
}

console.log(
	'| codes | venues | build | build per 1k codes | peak memory | largest page (gzip) | pages > 100 KB | /coinflex/ first load | one lookup fetches (max) | one search fetches (max) | first code hit (median) | full text answered (median) | 2,000-code venue page | Lighthouse mobile, that page |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(
	"\nGoals at 50,000 codes: build ≤ 60 s, peak ≤ 1.5 GB, no growth worse than linear; no HTML page > 100 KB gzip; a small venue page's first load ≤ 10 % above today's; one lookup ≤ 30 KB; first search results ≤ 300 ms; the 2,000-code venue page ≤ 150 KB gzip and Lighthouse performance ≥ 95 on mobile.\n",
);
for (const detail of details) console.log(detail);
