import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The astro CLI the project installed, run by path so that a copy (or a worktree without node_modules of its own) builds with it. */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
