// Registers the service worker (src/sw.ts) and offers a new deployment's worker to the
// reader: "New stories are available" with a Reload button, in a status region, never
// applied by itself (a page swapped mid-story loses the reader's place). Run after the app
// has started and the page has loaded (src/main.tsx), so nothing here delays the first paint
// or hydration; plain DOM, not workbox-window, to keep it small (decision 0027).
import { buttonClass } from '../components/ui/styles';
import { SKIP_WAITING } from '../sw/skip-waiting';

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

  const offer = (worker: ServiceWorker | null) => {
    // A first install replaces nothing: only a worker that would take over from another is offered.
    if (!worker || !sw.controller || status.firstChild) return;
    status.innerHTML = `<div class="flex items-center justify-center gap-3 border-t border-zinc-300 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900">New stories are available. <button type="button" class="${buttonClass}">Reload</button></div>`;
    status.querySelector('button')!.onclick = () => {
      chosen = true;
      worker.postMessage(SKIP_WAITING);
    };
  };

  // The new worker took over because the reader asked: the page reloads under it.
  sw.oncontrollerchange = () => chosen && reload();
  return sw.register(SW_URL).then(
    (registration) => {
      // A worker found before this ran may be waiting already, or still installing.
      const watch = () => {
        const worker = registration.installing;
        if (worker) worker.onstatechange = () => worker.state == 'installed' && offer(worker);
      };
      offer(registration.waiting);
      watch();
      registration.onupdatefound = watch;
    },
    // No worker (storage off, a host without sw.js): the site works as it did.
    () => undefined,
  );
}
