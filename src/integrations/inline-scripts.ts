import { minifySync } from 'rolldown/utils';
import { pageStructure, type ScriptElement } from './page-structure.ts';

/** Minified scripts by their type and text: every page carries the same few, each minified once. */
const minifiedByCode = new Map<string, string | undefined>();

/**
 * A page's inline scripts minified with the bundler's own minifier (Rolldown's, which minified
 * the site's modules): Starlight writes its theme and sidebar scripts into every page as they
 * are in its source, indented and commented, and they are several hundred bytes of every page.
 * Scripts with a `src`, and data blocks such as speculation rules or JSON-LD, are left alone.
 * A script the minifier cannot parse, or whose minified text could end the element early, is
 * kept as it is. `scripts` are the page's script elements as its tokenizer reads them
 * (./page-structure.ts), so that `<script>` in an attribute value stays as it is.
 */
export function minifyInlineScripts(html: string, scripts: ScriptElement[] = pageStructure(html).scripts): string {
	let minifiedHtml = '';
	let copied = 0;
	for (const { attributes, codeStart, codeEnd } of scripts) {
		const code = html.slice(codeStart, codeEnd);
		if (/\bsrc=/i.test(attributes) || code.trim() === '') continue;
		const type = /\btype="([^"]*)"/i.exec(attributes)?.[1].toLowerCase();
		if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
		const key = `${type}\n${code}`;
		if (!minifiedByCode.has(key)) minifiedByCode.set(key, minifiedScript(code, type === 'module'));
		const minified = minifiedByCode.get(key);
		if (minified === undefined) continue;
		minifiedHtml += html.slice(copied, codeStart) + minified;
		copied = codeEnd;
	}
	return copied === 0 ? html : minifiedHtml + html.slice(copied);
}

function minifiedScript(code: string, isModule: boolean): string | undefined {
	let result;
	try {
		result = minifySync(isModule ? 'inline.mjs' : 'inline.js', code, { module: isModule });
	} catch {
		return undefined;
	}
	if (result.errors.length > 0) return undefined;
	const minified = result.code.trim();
	// `<!--` and `<script` change how the tokenizer reads what follows; neither is in Starlight's scripts.
	if (/<\/script|<!--|<script/i.test(minified) || minified.length >= code.length) return undefined;
	return minified;
}
