import type { AstroIntegration } from 'astro';
import { loadCatalogFiles } from '../lib/load-catalogs.ts';
import { formatProblem } from '../lib/validate-catalog.ts';

/**
 * Fails `astro build` and `astro dev` before anything renders when a catalog breaks a rule,
 * printing every problem at once (the content collection's own schema error stops at the first).
 */
export function validateCatalogs(): AstroIntegration {
	return {
		name: 'validate-catalogs',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { catalogs, problems } = loadCatalogFiles();
				if (problems.length > 0) {
					const lines = problems.map(formatProblem);
					for (const line of lines) logger.error(line);
					throw new Error(`${problems.length} problem(s) in the catalogs:\n${lines.join('\n')}`);
				}
				logger.info(`${catalogs.length} catalogs valid.`);
			},
		},
	};
}
