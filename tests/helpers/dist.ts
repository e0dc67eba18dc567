import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

/** Parses a built page of `dist/` with a real HTML parser. `path` is the site path, e.g. `/webull/`. */
export function loadPage(path: string) {
	const file = path.endsWith('/') ? join('dist', path, 'index.html') : join('dist', path);
	return cheerio.load(readFileSync(file, 'utf8'));
}

/** Reads a built JSON file of `dist/`. */
export function loadJson<T = any>(path: string): T {
	return JSON.parse(readFileSync(join('dist', path), 'utf8')) as T;
}
