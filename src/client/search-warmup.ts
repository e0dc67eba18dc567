/**
 * Starts what search needs on the first sign of intent, not on every page view: a pointer or
 * focus on the search button starts the search engine (it leaves time before typing); the lookup
 * manifest, a few hundred bytes, is fetched once the page is idle or a shortcut key goes down,
 * so the first code hit needs only its shard.
 */
import { loadManifest } from './answer-client.ts';
import { startTextSearch } from './text-search.ts';

const ignore = () => {};

export function warmSearchOnIntent(button: HTMLElement): void {
	const warm = () => {
		loadManifest().catch(ignore);
		startTextSearch().catch(ignore);
	};
	for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, warm, { once: true, passive: true });
	// The timeout keeps a busy page from postponing the manifest for ever.
	const idle = window.requestIdleCallback ?? ((callback: () => void, _options?: IdleRequestOptions) => setTimeout(callback, 200));
	idle(() => loadManifest().catch(ignore), { timeout: 1000 });
	window.addEventListener('keydown', (event) => ['Control', 'Meta', '/'].includes(event.key) && loadManifest().catch(ignore), { passive: true });
}
