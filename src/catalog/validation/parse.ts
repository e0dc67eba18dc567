import { Composer, LineCounter, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** One catalog text lexed and parsed once, to be read as data under more than one YAML version. */
export interface ParsedSource {
	source: string;
	lines: LineCounter;
	/** The concrete syntax tree: composing reads it and leaves it as it is. */
	tokens: CST.Token[];
}

/** Lexes and parses `source` once (the costly half of reading YAML), counting its lines. */
export function parseSource(source: string): ParsedSource {
	const lines = new LineCounter();
	return { source, lines, tokens: [...new Parser(lines.addNewLine).parse(source)] };
}

/**
 * The first document of a parsed source read with `options`: what the library's `parseDocument`
 * gives for the same text and options (a second document is an error, as there), without lexing
 * and parsing the text again for each reading.
 */
export function composeDocument({ source, tokens }: ParsedSource, options: DocumentOptions & ParseOptions & SchemaOptions): Document.Parsed {
	let doc: Document.Parsed | undefined;
	for (const next of new Composer(options).compose(tokens, true, source.length)) {
		if (!doc) doc = next;
		else {
			doc.errors.push(
				new YAMLParseError(
					next.range.slice(0, 2) as [number, number],
					'MULTIPLE_DOCS',
					'Source contains multiple documents; please use YAML.parseAllDocuments()',
				),
			);
			break;
		}
	}
	return doc!;
}
