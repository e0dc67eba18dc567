import { Tokenizer } from 'htmlparser2';

/** A `<script>` element of a built page, by offsets into the page's text. */
export interface ScriptElement {
	/** The text between `<script` and the `>` that ends its start tag: its attributes. */
	attributes: string;
	/** Where the script's text starts (just after its start tag) and ends (at its `</script>`). */
	codeStart: number;
	codeEnd: number;
}

/** Where a built page's head ends and where its script elements are. */
export interface PageStructure {
	/** The offset of the head's `</head>` end tag; -1 without one. */
	headEnd: number;
	scripts: ScriptElement[];
}

/**
 * A built page as the browser's tokenizer reads it (htmlparser2's): the end of its head and its
 * script elements. Catalog text can hold `</head>` or `<script>…</script>` in an attribute value
 * (Astro escapes `<` in text but not in attributes: a venue's name in `og:title`, a code in an
 * `id`), and a search of the text for those strings would take it for markup; the tokenizer
 * does not.
 */
export function pageStructure(html: string): PageStructure {
	let headEnd = -1;
	const scripts: ScriptElement[] = [];
	let tagName = '';
	let attributesStart = 0;
	let open: { attributes: string; codeStart: number } | undefined;
	const ignore = () => {};
	const tokenizer = new Tokenizer(
		{ decodeEntities: false },
		{
			onopentagname(start, end) {
				tagName = html.slice(start, end).toLowerCase();
				attributesStart = end;
			},
			onopentagend(end) {
				if (tagName === 'script') open = { attributes: html.slice(attributesStart, end), codeStart: end + 1 };
			},
			onclosetag(start, end) {
				const name = html.slice(start, end).toLowerCase();
				if (name === 'head' && headEnd === -1) headEnd = start - 2;
				if (name === 'script' && open) {
					scripts.push({ ...open, codeEnd: start - 2 });
					open = undefined;
				}
			},
			onselfclosingtag: ignore,
			onattribdata: ignore,
			onattribentity: ignore,
			onattribend: ignore,
			onattribname: ignore,
			oncdata: ignore,
			oncomment: ignore,
			ondeclaration: ignore,
			onend: ignore,
			onprocessinginstruction: ignore,
			ontext: ignore,
			ontextentity: ignore,
		},
	);
	tokenizer.write(html);
	tokenizer.end();
	return { headEnd, scripts };
}
