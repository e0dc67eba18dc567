import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 120_000,
		// expect.poll waits for a state, it does not time it: a browser page on a loaded two-core
		// CI machine can take seconds to answer (1 s, the default, failed once under load).
		expect: { poll: { timeout: 10_000 } },
		// Two cores: more workers only make the browser tests contend.
		maxWorkers: 2,
		// The JSON report lets .ci/run print a plain 'N passed, N failed' line.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/dist/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					// Serves the built dist/ on 127.0.0.1 for the browser tests.
					globalSetup: ['tests/setup/serve-dist.ts'],
				},
			},
		],
	},
});
