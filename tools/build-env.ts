/**
 * What the project's build adds to its environment: `npm run build` (tools/build.ts) sets it
 * before Astro's CLI loads; the tests, `npm run bench` and `npm run bench:scale` build with that
 * same command (support/project-copy.ts), so that what they measure is the project's build, and
 * `npm run bench` also builds its peer with it.
 *
 * `MIMALLOC_ALLOW_THP=0`: Rolldown and Astro's compiler allocate with mimalloc, which on a Linux
 * kernel that gives transparent huge pages to whoever asks (`madvise`, as on the project's
 * machines) backs its arenas with 2 MB pages, resident whole however little of them is in use.
 * Without them the build's peak memory fell from 738–751 to 535–555 MB with the seven venues and
 * from 1,384–1,389 to 1,134–1,150 MB at 50,000 codes, in the same time (docs/performance.md,
 * round nineteen); the setting is mimalloc's maintainers' own advice where huge pages do not pay
 * (https://github.com/microsoft/mimalloc/issues/1323). Only mimalloc reads the variable.
 */
export const BUILD_ENV = { MIMALLOC_ALLOW_THP: '0' } as const;
