import type { AstroIntegration } from 'astro';
import { loadValidCatalogFiles } from '../catalog/load.ts';

/**
 * Fails `astro build` and `astro dev` before anything renders when a catalog breaks a rule,
 * printing every problem at once (the content collection's own schema error stops at the first).
 */
export function validateCatalogs(): AstroIntegration {
	return {
		name: 'validate-catalogs',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const catalogs = loadValidCatalogFiles((line) => logger.error(line));
				logger.info(`${catalogs.length} catalogs valid.`);
			},
		},
	};
}
