import { countText } from '../catalog/codes.ts';
import { API_PATHS, TEXT_PATHS } from './urls.ts';
import type { Catalog } from '../catalog/model.ts';
import { CATEGORY_INFO, RETRY_INFO } from '../catalog/vocabulary.ts';

/** Catalog text as Markdown text: every character that Markdown or inline HTML would act on is escaped. */
export function markdownText(text: string): string {
	return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&');
}

/** Catalog text as a Markdown code span, which renders literally; the fence outgrows any backticks inside. */
export function codeSpan(text: string): string {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

/** `/llms.txt` (llmstxt.org format): what the site is and where each catalog lives. */
export function llmsIndex(catalogs: Catalog[], site: URL): string {
	const absolute = (path: string) => new URL(path, site).href;
	return [
		'# Trading API error codes',
		'',
		`> Every error code and message of ${catalogs.length} trading APIs, verbatim, each at a permanent anchor \`/<venue>/#<code>\` (the code exactly as the API sends it), with this site's category, retry advice and CCXT exception class.`,
		'',
		'Cite a code by its anchor, e.g. ' +
			absolute('/binance-options/#-1121') +
			". Messages are quoted verbatim from the venue; category, retry and CCXT class are this site's guidance.",
		'',
		'## Catalogs',
		'',
		...catalogs.map((c) => `- [${markdownText(c.title)}](${absolute(c.href)}): ${countText(c.entries.length)}; JSON: ${absolute(API_PATHS.catalog(c.slug))}`),
		'',
		'## Optional',
		'',
		`- [Every code with its anchor](${absolute(TEXT_PATHS.llmsFull)})`,
		`- [Compare by category](${absolute('/compare/')})`,
		`- [JSON Schema of every file under /api/](${absolute(API_PATHS.schema)})`,
		`- [Changelog of the data](${absolute('/changelog/')}), also as JSON: ${absolute(API_PATHS.changelog)}`,
		'',
	].join('\n');
}

/** `/llms-full.txt`: every code of every catalog, one line each, with its anchor and messages. */
export function llmsFull(catalogs: Catalog[], site: URL): string {
	const lines = ['# Trading API error codes — every code', ''];
	for (const catalog of catalogs) {
		lines.push(`## ${markdownText(catalog.title)}`, '', `Source: <${new URL(catalog.source.url).href}>`, '');
		for (const group of catalog.groups) {
			lines.push(`### ${markdownText(group.heading)}`, '');
			for (const entry of group.entries) {
				const guidance = entry.isSuccess
					? 'not an error'
					: `${CATEGORY_INFO[entry.category].label}; ${entry.retry ? RETRY_INFO[entry.retry].label.toLowerCase() : ''}; CCXT ${entry.ccxt}`;
				const messages = entry.messages.map(codeSpan).join(' | ');
				lines.push(`- ${codeSpan(entry.code)}${entry.name ? ` ${codeSpan(entry.name)}` : ''} (${new URL(entry.href, site).href}): ${messages} — ${guidance}`);
			}
			lines.push('');
		}
	}
	return lines.join('\n');
}
