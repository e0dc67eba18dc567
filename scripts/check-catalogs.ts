/**
 * `npm run check`: validates every catalog without building pages. Prints one line per problem
 * (file:line: code X: rule and fix) and exits 1 when there is any.
 * Usage: node scripts/check-catalogs.ts [catalog-dir]
 */
import { loadCatalogFiles } from '../src/lib/load-catalogs.ts';
import { formatProblem } from '../src/lib/validate-catalog.ts';

const { catalogs, problems } = loadCatalogFiles(process.argv[2]);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalogs.`);
	process.exit(1);
}
const codes = catalogs.reduce((sum, c) => sum + (c.data?.codes.length ?? 0), 0);
console.log(`${catalogs.length} catalogs, ${codes} codes: all valid.`);
