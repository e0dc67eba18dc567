/** The `kind` metadata of the search documents that hold codes, one section per code (see search-records.ts). */
export const SEARCH_DOCUMENT_KIND = 'codes';
