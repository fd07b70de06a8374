// The message a page posts to a waiting service worker when the reader chooses to reload
// (src/lib/service-worker.ts): the worker then takes over (src/sw.ts). A file of its own so
// the page's registration code carries this string and nothing of the worker's rules.
export const SKIP_WAITING = 'SKIP_WAITING';
