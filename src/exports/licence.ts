/**
 * Licence and attribution of the published data, stated once for the export, the README and
 * the About page.
 */
export const LICENCE = {
	/** What the site adds: groups where the grouping is the site's, categories, retry and wait advice, CCXT class suggestions, notes. */
	curation: 'CC-BY-4.0',
	curationUrl: 'https://creativecommons.org/licenses/by/4.0/',
	venueText:
		"Codes, names and messages are quoted verbatim from each venue's public API documentation (see source.url) so that clients can recognise them; they remain the venue's.",
	ccxt: "CCXT's classes (ccxtActual) are read from the ccxt package (MIT licence) at the version given.",
	attribution: 'Trading API error codes, CC BY 4.0',
} as const;
