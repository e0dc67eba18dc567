/** The `kind` metadata of the search documents that hold codes, one section per code (see search-records.ts). */
export const SEARCH_DOCUMENT_KIND = 'codes';

/** The metadata of a document of codes that holds each code's messages (`{ "<code>": [messages] }`): a result's excerpt. */
export const SEARCH_EXCERPTS_META = 'excerpts';
