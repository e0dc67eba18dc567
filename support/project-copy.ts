import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/** What a build of the site needs from the project. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export { ASTRO_BIN } from './astro-bin.ts';

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

/** The project's build command, `npm run build` without npm: it adds the build's environment (tools/build-env.ts). */
export const BUILD_SCRIPT = join(import.meta.dirname, '../tools/build.ts');

/**
 * The project's build in a copy (`npm run build`: tools/build.ts): its exit status, the signal
 * that ended it if one did, and everything it printed, followed by a line naming that signal or a
 * failure to run it, so that a build cut short is told apart from one that failed (a
 * hostile-catalog build's output once ended mid-list).
 */
export function buildProject(root: string, extra: Record<string, string> = {}): { status: number | null; signal: NodeJS.Signals | null; output: string } {
	const run = spawnSync(process.execPath, [BUILD_SCRIPT], { cwd: root, encoding: 'utf8', env: buildEnv(extra), maxBuffer: 64 * 2 ** 20 });
	const ended = run.error ? `\n[the build could not run to its end: ${run.error.message}]` : run.signal ? `\n[the build was ended by ${run.signal}]` : '';
	return { status: run.status, signal: run.signal, output: run.stdout + run.stderr + ended };
}
