import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_READERS, type SeedCode } from '../../support/source-readers.ts';

/** The source documents kept in the repository (see sources/README.md). */
export const SEED_DIR = join(process.cwd(), 'sources');

/** The source document of `slug`: `sources/<slug>.<extension>`, kept with the extension it has upstream (`.txt` for a saved page, `.md`, `.mdx`), or `undefined`. */
export function seedPath(slug: string): string | undefined {
	const file = readdirSync(SEED_DIR).find((name) => name.slice(0, name.lastIndexOf('.')) === slug);
	return file === undefined ? undefined : join(SEED_DIR, file);
}

/** The text of the source document of `slug`. */
export function seedText(slug: string): string {
	const path = seedPath(slug);
	if (!path) throw new Error(`no source document sources/${slug}.* (see sources/README.md)`);
	return readFileSync(path, 'utf8');
}

/** Each venue's source document as read by its reader, by slug. */
export const SEED_READERS: Record<string, () => SeedCode[]> = Object.fromEntries(
	Object.entries(SOURCE_READERS).map(([slug, read]) => [slug, () => read(seedText(slug))]),
);
