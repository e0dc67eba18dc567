import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What a build of the site needs from the project. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** The astro CLI the project installed, run by path so that a copy (or a worktree without node_modules of its own) builds with it. */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/**
 * A copy of the project to change and build, inside the project (so node_modules resolve; the
 * `.fixture-*` folders are git-ignored). `prefix` names it, e.g. `.fixture-markup-`.
 */
export function copyProject(prefix: string): string {
	const root = mkdtempSync(join(process.cwd(), prefix));
	for (const item of PROJECT_FILES) cpSync(item, join(root, item), { recursive: true });
	return root;
}

/**
 * The environment a copy is built in: a clean one, as Vitest's (NODE_ENV=test and friends)
 * would make Astro build in dev mode.
 */
export function buildEnv(extra: Record<string, string> = {}): Record<string, string> {
	return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...extra };
}

/** `astro build` in a copy: its exit status and everything it printed. */
export function buildProject(root: string, extra: Record<string, string> = {}): { status: number | null; output: string } {
	const run = spawnSync(process.execPath, [ASTRO_BIN, 'build'], { cwd: root, encoding: 'utf8', env: buildEnv(extra) });
	return { status: run.status, output: run.stdout + run.stderr };
}
