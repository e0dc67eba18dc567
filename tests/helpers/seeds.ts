import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_READERS, type SeedCode } from '../../support/source-readers.ts';

/** The source documents kept in the repository (see sources/README.md). */
export const SEED_DIR = join(process.cwd(), 'sources');

/** The text of the source document of `slug`. */
export function seedText(slug: string): string {
	return readFileSync(join(SEED_DIR, `${slug}.txt`), 'utf8');
}

/** Each venue's source document as read by its reader, by slug. */
export const SEED_READERS: Record<string, () => SeedCode[]> = Object.fromEntries(
	Object.entries(SOURCE_READERS).map(([slug, read]) => [slug, () => read(seedText(slug))]),
);
