/** `/api/ccxt/<slug>.json`: a venue's codes in the shape of a CCXT exchange's exceptions map. */
import type { z } from 'astro/zod';
import type { Catalog } from '../catalog/model.ts';
import { splitPlaceholders } from '../catalog/placeholders.ts';
import type { CCXT_CLASSES } from '../catalog/vocabulary.ts';
import { LICENCE } from './licence.ts';
import { EXPORT_VERSION, type ccxtMapSchema } from './schemas.ts';

/**
 * The longest fixed part of a message template: the text CCXT's broad matching can look for
 * (`Too many new orders; current limit is ` for `Too many new orders; current limit is %s …`).
 */
export function broadKey(message: string): string {
	return splitPlaceholders(message)
		.filter((part) => !part.placeholder)
		.map((part) => part.text.trim())
		.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

/**
 * The `/api/ccxt/<slug>.json` document: every error code under `exact` with the site's class,
 * and under `broad` the messages whose category differs from their code's, so that a CCXT
 * exchange class can take it as its `exceptions`.
 */
export function exportCcxtMap(catalog: Catalog, version: string): z.infer<typeof ccxtMapSchema> {
	const exact: Record<string, (typeof CCXT_CLASSES)[number]> = {};
	const broad: Record<string, (typeof CCXT_CLASSES)[number]> = {};
	for (const entry of catalog.entries) {
		if (entry.ccxt) exact[entry.code] = entry.ccxt;
		for (const variant of entry.variants) {
			const key = broadKey(variant.text);
			if (variant.ccxt && variant.category !== entry.category && key) broad[key] = variant.ccxt;
		}
	}
	return {
		version: EXPORT_VERSION,
		dataVersion: version,
		slug: catalog.slug,
		note: `${catalog.title} error codes with this site's suggested CCXT classes, in the shape of a CCXT exchange's exceptions map. Codes that mean success are left out. ${LICENCE.attribution}.`,
		exact,
		broad,
	};
}
