// Registers the service worker (src/sw.ts) and offers a new deployment's worker to the
// reader: "New stories are available" with a Reload button, in a status region, never
// applied by itself (a page swapped mid-story loses the reader's place). Run after the app
// has started and the page has loaded (src/main.tsx), so nothing here delays the first paint
// or hydration; plain DOM, not workbox-window, to keep it small (decision 0028). The
// announcement's code (service-worker-update.ts) loads only when there is one to make.
export const SW_URL = '/sw.js';

export function registerServiceWorker(
  sw: ServiceWorkerContainer = navigator.serviceWorker,
  reload = () => location.reload(),
) {
  // Present and empty from the start: screen readers announce what later appears in it.
  // Fixed at the bottom, of no height while empty.
  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.className = 'fixed inset-x-0 bottom-0 z-40';
  document.body.append(status);
  let chosen = false;

  // A first install replaces nothing: only a worker that would take over from another is offered.
  const offer = async (worker: ServiceWorker | null) => {
    if (!worker || !sw.controller || status.firstChild) return;
    const { offerUpdate } = await import('./service-worker-update');
    offerUpdate(status, worker, () => (chosen = true));
  };

  // The new worker took over because the reader asked: the page reloads under it.
  sw.oncontrollerchange = () => chosen && reload();
  return sw.register(SW_URL).then(
    async (registration) => {
      // A worker found before this ran may be waiting already, or still installing.
      const watch = () => {
        const worker = registration.installing;
        if (worker) worker.onstatechange = () => worker.state == 'installed' && void offer(worker);
      };
      await offer(registration.waiting);
      watch();
      registration.onupdatefound = watch;
    },
    // No worker (storage off, a host without sw.js): the site works as it did.
    () => undefined,
  );
}
