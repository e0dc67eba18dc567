import type { AstroIntegration } from 'astro';

/** Prints the SITE_URL warning (see `siteOrigin`) before the build and again at its end, where it is seen. */
export function siteUrlWarning(warning: string | null): AstroIntegration {
	return {
		name: 'site-url',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (warning) logger.warn(`\n${warning}`);
			},
			'astro:build:done': ({ logger }) => {
				if (warning) logger.warn(`\n${warning}`);
			},
		},
	};
}
