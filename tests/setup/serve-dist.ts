import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { freePort } from '../../support/free-port.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/**
 * Serves the built `dist/` on 127.0.0.1 for the browser tests, with Astro's own preview server
 * (the same one `npm start` uses). The test command builds before Vitest runs.
 */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	const port = await freePort();
	const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
	project.provide('baseUrl', `http://127.0.0.1:${port}`);
	return async () => {
		await server.stop();
	};
}
