/**
 * `npm run source:diff -- <slug> <file>`: compares a venue's current error page, saved as text in
 * the shape of `sources/<slug>.txt`, with its catalog, and prints the codes added, removed and
 * reworded. Exits 1 when there is drift, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { loadCatalogModels } from '../src/catalog/load.ts';
import { diffSource, formatDrift, hasDrift } from '../support/source-diff.ts';
import { SOURCE_READERS } from '../support/source-readers.ts';

const [slug, file] = process.argv.slice(2);
const read = slug ? SOURCE_READERS[slug] : undefined;
if (!slug || !file || !read) {
	process.stderr.write(`usage: npm run source:diff -- <slug> <file>\n  slugs with a reader: ${Object.keys(SOURCE_READERS).join(', ')}\n`);
	process.exit(2);
}
const catalog = loadCatalogModels().find((c) => c.slug === slug);
if (!catalog) {
	process.stderr.write(`no valid catalog src/content/catalogs/${slug}.yaml (run npm run check)\n`);
	process.exit(2);
}
let document;
try {
	document = read(readFileSync(file, 'utf8'));
} catch (error) {
	process.stderr.write(`${file}: ${(error as Error).message}\n`);
	process.exit(2);
}
const drift = diffSource(catalog.entries, document);
process.stdout.write(`${formatDrift(slug, drift, new Date().toISOString().slice(0, 10))}\n`);
process.exitCode = hasDrift(drift) ? 1 : 0;
