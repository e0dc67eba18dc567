/** The origin links point at when `SITE_URL` is not set: a placeholder, never a deployable site. */
export const PLACEHOLDER_SITE = 'https://trading-error-codes.example.com';

/**
 * The public origin for absolute links (export, llms.txt, sitemap), and the warning a build
 * without `SITE_URL` must print: every absolute URL it writes points at the placeholder.
 */
export function siteOrigin(env: Record<string, string | undefined>): { site: string; warning: string | null } {
	const value = env.SITE_URL?.trim();
	if (value) {
		const url = new URL(value);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) origin, not ${value}`);
		return { site: url.origin, warning: null };
	}
	const lines = [
		'SITE_URL is not set: this build is NOT for deployment.',
		`Every absolute link in /api/*.json, llms.txt and the sitemap points at ${PLACEHOLDER_SITE}.`,
		'Build for deployment with: SITE_URL=https://<your host> npm run build',
	];
	const width = Math.max(...lines.map((line) => line.length));
	const rule = `+${'-'.repeat(width + 2)}+`;
	return { site: PLACEHOLDER_SITE, warning: [rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule].join('\n') };
}
