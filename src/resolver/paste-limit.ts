/**
 * The most of a paste the resolver reads, 64 KB. Longer pastes are cut: a client's whole error dump
 * (an AxiosError printed by console.error is 12–14 KB, its body near the end) fits several times
 * over, and every pass stays linear. Its own module so that the boxes and the handoff to /lookup/
 * can use it without loading the resolver.
 */
export const MAX_PASTE_CHARS = 65_536;
