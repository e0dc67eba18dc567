/**
 * Sends a paste to the lookup page. A short one goes in the query string (`/lookup/?code=…`, a
 * link that can be shared); one longer than a URL should carry (a client's whole error dump, up
 * to 64 KB) is handed over in this tab's session storage, and the URL says so with `?paste`.
 */
import { MAX_PASTE_CHARS } from '../resolver/paste-limit.ts';

/** Longest paste sent in the URL: well inside what browsers, hosts and proxies accept. */
const MAX_URL_PASTE = 1_500;
const STORAGE_KEY = 'lookup-paste';
export const HANDOFF_PARAM = 'paste';

/** The lookup URL for a paste, storing it first when it is too long for the URL. */
export function lookupUrl(paste: string, venue?: string): string {
	const text = paste.slice(0, MAX_PASTE_CHARS);
	const params = new URLSearchParams();
	if (text.length > MAX_URL_PASTE) {
		try {
			sessionStorage.setItem(STORAGE_KEY, text);
			params.set(HANDOFF_PARAM, '');
		} catch {
			// No storage (private mode, quota): the start of the paste still goes.
			params.set('code', text.slice(0, MAX_URL_PASTE));
		}
	} else params.set('code', text);
	if (venue) params.set('venue', venue);
	return `/lookup/?${params}`;
}

/** The paste handed over in session storage (kept there, so that a reload answers it again). */
export function takeHandedOffPaste(): string {
	try {
		return sessionStorage.getItem(STORAGE_KEY) ?? '';
	} catch {
		return '';
	}
}
