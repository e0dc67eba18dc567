import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_FILES } from '../../src/exports/schemas.ts';
import { baseUrl } from '../helpers/browser.ts';
import { loadJson } from '../helpers/dist.ts';

/** Every JSON file the build wrote under dist/api/, as site paths. */
function apiFiles(dir = 'dist/api'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? apiFiles(path) : entry.name.endsWith('.json') ? [`/${relative('dist', path)}`] : [];
	});
}

describe('the data contract: /api/schema.json describes every file under /api/', () => {
	const schema = loadJson('api/schema.json');
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	ajv.addSchema(schema);
	const files = apiFiles().filter((path) => path !== '/api/schema.json');

	it('has a $defs entry for each kind of file', () => {
		expect(Object.keys(schema.$defs).sort()).toEqual(API_FILES.map((f) => f.kind).sort());
	});

	it.each(files)('%s is of exactly one kind and valid against it', (path) => {
		const kinds = API_FILES.filter((file) => file.pattern.test(path));
		expect(kinds.map((k) => k.kind)).toHaveLength(1);
		const validate = ajv.getSchema(`${schema.$id}#/$defs/${kinds[0].kind}`)!;
		const valid = validate(loadJson(path.slice(1)));
		expect(validate.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
	});

	it('covers every kind with at least one built file', () => {
		for (const kind of API_FILES) expect(files.some((path) => kind.pattern.test(path)), kind.kind).toBe(true);
	});

	it('rejects what breaks the contract: a numeric code in a shard, an unknown CCXT class in a map', () => {
		const shard = loadJson('api/lookup/0.json');
		shard.records[0].code = 5001;
		expect(ajv.getSchema(`${schema.$id}#/$defs/lookupShard`)!(shard)).toBe(false);
		const map = loadJson('api/ccxt/webull.json');
		map.exact.ORDER_NOT_FOUND = 'NotAClass';
		expect(ajv.getSchema(`${schema.$id}#/$defs/ccxtMap`)!(map)).toBe(false);
	});
});

describe('the README documents the contract', () => {
	const readme = readFileSync('README.md', 'utf8');

	it('lists every file under /api/ with its $defs kind, and the licence', () => {
		for (const { path, kind } of API_FILES) expect(readme).toMatch(new RegExp(`\\| \`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\` \\| \`${kind}\` \\|`));
		expect(readme).toContain('CC BY 4.0');
	});

	it('has a client example of at most ten lines that runs against the built site', () => {
		const example = /<!-- client-example -->\n```ts\n([\s\S]*?)```\n<!-- \/client-example -->/.exec(readme)?.[1];
		expect(example).toBeDefined();
		expect(example!.trim().split('\n').length).toBeLessThanOrEqual(10);
		const dir = mkdtempSync(join(tmpdir(), 'client-'));
		try {
			writeFileSync(join(dir, 'client.ts'), example!);
			const run = spawnSync(process.execPath, [join(dir, 'client.ts')], { encoding: 'utf8', env: { ...process.env, SITE_URL: baseUrl() } });
			expect(run.stderr).toBe('');
			expect(run.stdout.trim()).toMatch(/^-1008 TOO_MANY_REQUESTS: retry yes; when banned: retry no\. Not before the time the message states .* \(data \d{4}-\d{2}-\d{2}\)$/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
