/**
 * `npm run build`: `astro build` with the project's build environment (tools/build-env.ts), set
 * before Astro starts, since mimalloc reads its options once, when Rolldown's binding loads,
 * before the config runs. Arguments go on to Astro, and it ends as Astro did: with its exit
 * status, or by the same signal (a build cut short, by the kernel's OOM killer say, must not read
 * as one that failed). A variable the caller has set is kept (to measure the build without the
 * project's setting, say).
 */
import { spawnSync } from 'node:child_process';
import { ASTRO_BIN } from '../support/project-copy.ts';
import { BUILD_ENV } from './build-env.ts';

const run = spawnSync(process.execPath, [ASTRO_BIN, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...BUILD_ENV, ...process.env } });
if (run.error) console.error(`astro build could not run: ${run.error.message}`);
if (run.signal) process.kill(process.pid, run.signal);
process.exitCode = run.status ?? 1;
