import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name ends with `extension`. */
export function filesUnder(dir: string, extension: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The text of each file, read when it is reached: a pass over the pages holds one page at a time. */
export function* textsOf(files: string[]): Generator<string> {
	for (const file of files) yield readFileSync(file, 'utf8');
}
