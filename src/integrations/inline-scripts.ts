import { minifySync } from 'rolldown/utils';

/** Minified scripts by their type and text: every page carries the same few, each minified once. */
const minifiedByCode = new Map<string, string | undefined>();

/**
 * A page's inline scripts minified with the bundler's own minifier (Rolldown's, which minified
 * the site's modules): Starlight writes its theme and sidebar scripts into every page as they
 * are in its source, indented and commented, and they are several hundred bytes of every page.
 * Scripts with a `src`, and data blocks such as speculation rules or JSON-LD, are left alone.
 * A script the minifier cannot parse, or whose minified text could end the element early, is
 * kept as it is.
 */
export function minifyInlineScripts(html: string): string {
	// The text of a script element ends at the first `</script`, as the HTML tokenizer reads it.
	return html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (element: string, attributes: string, code: string) => {
		if (/\bsrc=/i.test(attributes) || code.trim() === '') return element;
		const type = /\btype="([^"]*)"/i.exec(attributes)?.[1].toLowerCase();
		if (type !== undefined && type !== 'module' && type !== 'text/javascript') return element;
		const key = `${type}\n${code}`;
		if (!minifiedByCode.has(key)) minifiedByCode.set(key, minifiedScript(code, type === 'module'));
		const minified = minifiedByCode.get(key);
		return minified === undefined ? element : `<script${attributes}>${minified}</script>`;
	});
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
