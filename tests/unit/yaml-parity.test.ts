import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalogFiles } from '../../src/catalog/load.ts';

/**
 * The catalogs are a public format that SDK authors read with their own parsers, many of them
 * YAML 1.1 (PyYAML, Ruby's Psych, Go's yaml.v2), where `yes` is true and `2024-01-01` a date.
 * Read under YAML 1.1 rules, every catalog must give exactly the data the site reads.
 */
describe('catalogs under YAML 1.1', () => {
	const { catalogs, problems } = loadCatalogFiles(CATALOG_DIR, process.cwd(), { reuse: false });

	it('are valid for the site', () => {
		expect(problems).toEqual([]);
	});

	it.each(catalogs.map((c) => [c.slug, c] as const))('%s reads the same under YAML 1.1 as the site reads it', (slug, catalog) => {
		const source = readFileSync(`${CATALOG_DIR}/${slug}.yaml`, 'utf8');
		const legacy = parse(source, { version: '1.1' });
		expect(legacy).toEqual(catalog.data);
		expect(parse(source, { version: '1.1', schema: 'yaml-1.1' })).toEqual(catalog.data);
	});
});
