/**
 * `npm run build`: `astro build` with the project's build environment (tools/build-env.ts), in
 * this process. The variables are set before Astro's CLI is loaded, since mimalloc reads its
 * options once, when Rolldown's binding loads, before the config runs; a variable the caller has
 * set is kept (to measure the build without the project's setting, say). Arguments go on to
 * Astro, and the process ends as Astro ends it: with its exit status, or by the signal that
 * stopped it. Loading the CLI here rather than starting it in a second Node process saves that
 * process's start, 70–87 ms (docs/performance.md, round twenty).
 */
import { ASTRO_BIN } from '../support/astro-bin.ts';
import { BUILD_ENV } from './build-env.ts';

for (const [name, value] of Object.entries(BUILD_ENV)) process.env[name] ??= value;
process.argv = [process.argv[0], ASTRO_BIN, 'build', ...process.argv.slice(2)];
await import(ASTRO_BIN);
