/**
 * `npm run check`: validates every catalog without building pages. Prints one line per problem
 * (file:line: code X: rule and fix) and exits 1 when there is any.
 * Usage: node tools/check-catalogs.ts [catalog-dir]
 */
import { loadCatalogFiles } from '../src/catalog/load.ts';
import { formatProblem } from '../src/catalog/validate.ts';

// Always the files themselves, never a result kept by an earlier build.
const { catalogs, problems } = loadCatalogFiles(process.argv[2], undefined, { reuse: false });
if (problems.length > 0) {
	// One write, and exitCode rather than exit(): a piped report (`| less`) arrives whole.
	process.stderr.write(`${problems.map(formatProblem).join('\n')}\n\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalogs.\n`);
	process.exitCode = 1;
} else {
	const codes = catalogs.reduce((sum, c) => sum + (c.data?.codes.length ?? 0), 0);
	console.log(`${catalogs.length} catalogs, ${codes} codes: all valid.`);
}
