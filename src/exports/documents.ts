/** The documents under `/api/`: one venue, the index, the changelog (their shapes are in schemas.ts). */
import type { z } from 'astro/zod';
import { catalogTotals, changelog, dataVersion, type Catalog } from '../catalog/model.ts';
import { LICENCE } from './licence.ts';
import { catalogIndexSchema, changelogSchema, EXPORT_VERSION, type ExportedCatalog } from './schemas.ts';
import { absoluteUrl, API_PATHS } from './urls.ts';

/** The `/api/<slug>.json` document: venue metadata and every code, verbatim. */
export function exportCatalog(catalog: Catalog, site: URL, version: string): ExportedCatalog {
	const absolute = (path: string) => absoluteUrl(path, site);
	return {
		version: EXPORT_VERSION,
		dataVersion: version,
		slug: catalog.slug,
		venue: catalog.venue,
		product: catalog.product,
		summary: catalog.summary,
		source: { ...catalog.source, repository: catalog.source.repository ?? null, path: catalog.source.path ?? null, commit: catalog.source.commit ?? null },
		licence: LICENCE,
		transport: catalog.transport,
		payload: catalog.payload,
		url: absolute(catalog.href),
		ccxt: catalog.ccxt ? { ...catalog.ccxt, map: absolute(API_PATHS.ccxtMap(catalog.slug)) } : null,
		grouping: catalog.grouping,
		groups: catalog.groups.map((group) => ({
			id: group.id,
			title: group.title,
			label: group.label ?? null,
			ranges: group.ranges,
			url: absolute(group.href),
			count: group.entries.length,
		})),
		counts: { codes: catalog.entries.length, messages: catalog.messageCount },
		messageSets: catalog.messageSets.map((set) => ({
			id: set.id,
			title: set.title,
			codes: set.codes,
			messages: set.variants.map((variant) => variant.text),
			url: absolute(set.href),
		})),
		codes: catalog.entries.map((entry) => ({
			code: entry.code,
			name: entry.name ?? null,
			description: entry.description,
			deprecated: entry.deprecated,
			messages: entry.messages,
			group: entry.groupId,
			category: entry.category,
			retry: entry.retry,
			ccxt: entry.ccxt,
			ccxtActual: entry.ccxtActual,
			variants: entry.variants.map((variant) => ({
				message: variant.text,
				refined: variant.refined,
				category: variant.category,
				retry: variant.retry,
				wait: variant.wait,
				ccxt: variant.ccxt,
				ccxtActual: variant.ccxtRaises,
				ccxtRelation: variant.ccxtRelation,
				set: variant.set?.id ?? null,
				sections: variant.sections,
			})),
			url: absolute(entry.href),
			notes: entry.notes,
			sharesMessageWith: entry.sharesMessageWith,
		})),
		history: catalog.history,
	};
}

/** The `/api/catalogs.json` index: one line per venue with its counts and links. */
export function exportIndex(catalogs: Catalog[], site: URL): z.infer<typeof catalogIndexSchema> {
	const absolute = (path: string) => absoluteUrl(path, site);
	return {
		version: EXPORT_VERSION,
		dataVersion: dataVersion(catalogs),
		schema: absolute(API_PATHS.schema),
		changelog: absolute(API_PATHS.changelog),
		licence: LICENCE,
		catalogs: catalogs.map((catalog) => ({
			slug: catalog.slug,
			venue: catalog.venue,
			product: catalog.product,
			url: absolute(catalog.href),
			json: absolute(API_PATHS.catalog(catalog.slug)),
			ccxtMap: absolute(API_PATHS.ccxtMap(catalog.slug)),
			source: { url: catalog.source.url, captured: catalog.source.captured, checked: catalog.source.checked },
			counts: { codes: catalog.entries.length, messages: catalog.messageCount },
			groups: catalog.groups.map((group) => group.title),
		})),
		counts: catalogTotals(catalogs),
	};
}

/** The `/api/changelog.json` document. */
export function exportChangelog(catalogs: Catalog[]): z.infer<typeof changelogSchema> {
	return {
		version: EXPORT_VERSION,
		dataVersion: dataVersion(catalogs),
		releases: changelog(catalogs).map((release) => ({
			date: release.date,
			changes: release.changes.map(({ catalog, entry }) => ({ slug: catalog.slug, venue: catalog.title, ...entry })),
		})),
	};
}
