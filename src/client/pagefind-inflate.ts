/**
 * Pagefind's files (its WebAssembly, index metadata, index chunks and fragments) are gzip
 * streams that Pagefind 1.5 inflates in JavaScript on the main thread, unless the bytes it
 * fetched already start with its signature. Its JavaScript inflation was about 30 ms of each cold
 * full-text search in Chromium's CPU profile. Hosts serve these files as they are (as
 * `application/octet-stream`, which they do not compress), so the browser cannot inflate them on
 * the way; this inflates them with the browser's own `DecompressionStream` as Pagefind fetches
 * them, and Pagefind then takes them as they are. Pagefind has no hook for its fetches, so the
 * page's `fetch` is wrapped, for Pagefind's larger files alone.
 */

/**
 * The files inflated here: Pagefind's WebAssembly, its index metadata and its index chunks (tens
 * of kilobytes each, and the metadata grows with the pages). Fragments and filters, a kilobyte or
 * two each, are left to Pagefind: setting a stream up took longer than its JavaScript inflation.
 */
const INFLATED_FILE = /\.(pagefind|pf_meta|pf_index)$/;

/** The first two bytes of a gzip stream. */
const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * `response`'s body inflated, when it is a gzip stream; otherwise (a host that sent it inflated
 * already, or a body that does not inflate) the bytes as they came, for Pagefind to read as it would.
 */
export async function inflatedResponse(response: Response): Promise<Response> {
	if (!response.ok) return response;
	const bytes = new Uint8Array(await response.arrayBuffer());
	const init = { status: response.status, statusText: response.statusText, headers: response.headers };
	if (!isGzip(bytes)) return new Response(bytes, init);
	try {
		const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
		return new Response(await new Response(inflated).arrayBuffer(), init);
	} catch {
		return new Response(bytes, init);
	}
}

/** Whether `url` names one of Pagefind's files inflated here, under `base` (an absolute URL of its folder). */
export function isInflatedPagefindFile(url: string, base: string): boolean {
	const folder = new URL(base);
	const { origin, pathname } = new URL(url, folder);
	return origin === folder.origin && pathname.startsWith(folder.pathname) && INFLATED_FILE.test(pathname);
}

/**
 * Returns a `fetch` that answers requests for Pagefind's larger files under `base` with their
 * bodies inflated, and every other request as `fetchImpl` does.
 */
export function inflatingFetch(fetchImpl: typeof fetch, base: string): typeof fetch {
	return (input, init) => {
		const url = input instanceof Request ? input.url : String(input);
		const response = fetchImpl(input, init);
		return isInflatedPagefindFile(url, base) ? response.then(inflatedResponse) : response;
	};
}

let installed = false;

/** Wraps the page's `fetch` once (see above), where the browser has `DecompressionStream`. */
export function inflatePagefindFiles(base: string): void {
	if (installed || typeof DecompressionStream === 'undefined') return;
	installed = true;
	window.fetch = inflatingFetch(window.fetch.bind(window), new URL(base, location.href).href);
}
