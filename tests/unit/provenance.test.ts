import { describe, expect, it } from 'vitest';
import { changelog, dataVersion } from '../../src/catalog/model.ts';
import { changelogView } from '../../src/views/changelog.ts';
import { exportCatalog, exportChangelog, exportIndex } from '../../src/exports/documents.ts';
import { formatProblem, validateCatalogSource } from '../../src/catalog/validate.ts';
import { catalogText, realCatalogs } from '../helpers/catalogs.ts';

const catalogs = realCatalogs();
const site = new URL('https://example.org');

describe('provenance of every catalog', () => {
	it.each(catalogs.map((c) => [c.slug, c] as const))('%s: source URL, capture and check dates, history from the initial capture', (_slug, catalog) => {
		expect(catalog.source.url).toMatch(/^https:\/\//);
		expect(catalog.source.captured).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(catalog.source.checked >= catalog.source.captured).toBe(true);
		expect(catalog.history[0]).toMatchObject({ initial: true, added: [], removed: [], reworded: [] });
		expect(catalog.history.every((entry) => entry.date <= catalog.source.captured)).toBe(true);
	});

	it('derives the data version from the latest change of any catalog, and every export carries it', () => {
		const latest = catalogs
			.flatMap((c) => c.history.map((h) => h.date))
			.sort()
			.at(-1);
		expect(dataVersion(catalogs)).toBe(latest);
		expect(exportIndex(catalogs, site).dataVersion).toBe(latest);
		for (const catalog of catalogs) {
			const exported = exportCatalog(catalog, site, dataVersion(catalogs));
			expect(exported.source).toEqual({ repository: null, path: null, commit: null, ...catalog.source });
			expect(exported.history).toEqual(catalog.history);
		}
	});

	it('has a changelog in which every venue starts with its initial capture of all its codes', () => {
		const releases = changelog(catalogs);
		const initial = releases.flatMap((r) => r.changes).filter((c) => c.entry.initial);
		expect(initial.map((c) => c.catalog.slug).sort()).toEqual(catalogs.map((c) => c.slug).sort());
		const views = changelogView(releases).flatMap((r) => r.changes);
		for (const catalog of catalogs) {
			const last = views.filter((v) => v.catalog === catalog).at(0)!;
			expect(last.codeCount).toBe(catalog.entries.length);
		}
		expect(exportChangelog(catalogs).releases.map((r) => r.date)).toEqual(releases.map((r) => r.date));
	});

	it('replays a history of changes back to the code count of each release', () => {
		const [catalog] = catalogs;
		const codes = catalog.entries.map((e) => e.code);
		const changed = {
			...catalog,
			history: [
				...catalog.history,
				{ date: '2099-01-01', summary: 'Two codes added, one removed.', added: codes.slice(0, 2), removed: ['GONE'], reworded: [codes[2]], initial: false },
			],
		};
		const [latest, first] = changelogView(changelog([changed]));
		expect(latest.changes[0]).toMatchObject({ id: catalog.slug, codeCount: codes.length });
		expect(latest.changes[0].lists.map((l) => [l.label, l.codes.map((c) => c.href === null)])).toEqual([
			['Added', [false, false]],
			['Removed', [true]],
			['Messages changed', [false]],
		]);
		expect(first.changes[0]).toMatchObject({ id: `${catalog.slug}-${catalog.history[0].date}`, codeCount: codes.length - 2 + 1 });
	});
});

describe('history and provenance rules', () => {
	const coinflex = catalogText('coinflex');
	const withHistory = (entries: string) => coinflex.replace(/history:\n[\s\S]*$/, `history:\n${entries}`);
	const problems = (text: string) => validateCatalogSource('src/content/catalogs/coinflex.yaml', text).problems.map(formatProblem);

	it.each([
		[
			'a removed code still in the catalog',
			withHistory('  - date: "2026-11-23"\n    summary: Initial.\n  - date: "2026-11-23"\n    summary: Gone.\n    removed: ["05001"]\n'),
			/code 05001: code "05001" is listed as removed in history entry 2 but is still in the catalog/,
		],
		[
			'an added code not in the catalog',
			withHistory('  - date: "2026-11-23"\n    summary: Initial.\n  - date: "2026-11-23"\n    summary: New.\n    added: ["77777"]\n'),
			/code "77777" is listed as added in history entry 2 but is not in the catalog/,
		],
		[
			'codes listed by the initial capture',
			withHistory('  - date: "2026-11-23"\n    summary: Initial.\n    added: ["05001"]\n'),
			/the first history entry is the initial capture of the whole document; it lists no added codes/,
		],
		[
			'history out of order',
			withHistory('  - date: "2026-11-23"\n    summary: Initial.\n  - date: "2026-11-01"\n    summary: Earlier.\n    reworded: ["05001"]\n'),
			/history entry 2 \(2026-11-01\) is dated before entry 1 \(2026-11-23\)/,
		],
		[
			'a change after the capture',
			withHistory('  - date: "2026-12-01"\n    summary: Initial.\n'),
			/history entry 1 \(2026-12-01\) is after source.captured 2026-11-23/,
		],
		[
			'a check before the capture',
			coinflex.replace('checked: "2026-11-23"', 'checked: "2026-11-01"'),
			/source.checked 2026-11-01 is before source.captured 2026-11-23/,
		],
		['an impossible date', coinflex.replace('captured: "2026-11-23"', 'captured: "2026-02-30"'), /source.captured.*YYYY-MM-DD/],
		[
			'a bare date (a timestamp in YAML 1.1)',
			coinflex.replace('captured: "2026-11-23"', 'captured: 2026-11-23'),
			/source.captured written as 2026-11-23 is read by YAML 1.1 parsers .* as a date; quote it/,
		],
		['no history', coinflex.replace(/history:\n[\s\S]*$/, ''), /history/],
		[
			'a CCXT exchange the snapshot lacks',
			coinflex.replace('grouping:', 'ccxtExchange:\n  id: okx\ngrouping:'),
			/ccxtExchange okx is not in the CCXT snapshot .*run npm run ccxt:snapshot/,
		],
	])('reports %s with the file and the rule', (_name, text, expected) => {
		const found = problems(text);
		expect(
			found.some((line) => line.startsWith('src/content/catalogs/coinflex.yaml') && expected.test(line)),
			found.join('\n'),
		).toBe(true);
	});

	it('accepts a history of real changes', () => {
		expect(
			problems(
				withHistory(
					'  - date: "2026-11-01"\n    summary: Initial.\n  - date: "2026-11-23"\n    summary: Changes.\n    added: ["05001"]\n    removed: ["99999"]\n    reworded: ["20000"]\n',
				),
			),
		).toEqual([]);
	});
});
