// The Cache Storage cache where the app keeps what the reader saved to read later (a saved
// story's page HTML and its data JSON). The service worker (src/sw.ts) answers a request it
// cannot fetch from any cache, this one included, so a saved story opens offline; it never
// deletes or caps this cache: only the app does, when the reader unsaves.
export const SAVED_CACHE = 'kwave-saved';
