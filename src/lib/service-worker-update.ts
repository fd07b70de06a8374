// The announcement of a new deployment (service-worker.ts loads this when a new worker waits):
// "New stories are available" and a Reload button that tells the worker to take over.
import { buttonClass } from '../components/ui/styles';
import { SKIP_WAITING } from '../sw/skip-waiting';

export function offerUpdate(status: HTMLElement, worker: ServiceWorker, choose: () => void) {
  status.innerHTML = `<div class="flex items-center justify-center gap-3 border-t border-zinc-300 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900">New stories are available. <button type="button" class="${buttonClass}">Reload</button></div>`;
  status.querySelector('button')!.onclick = () => {
    choose();
    worker.postMessage(SKIP_WAITING);
  };
}
