// Offline in the app: the /offline page (what the service worker serves for a page it has
// not kept), a route whose data cannot be fetched while offline, and the announcement of a
// new deployment (src/lib/service-worker.ts) with a fake service worker container.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/lib/service-worker';
import { SKIP_WAITING } from '../../src/sw/skip-waiting';
import { fixture, mockData, renderApp } from './support/render-app';
import './support/setup-dom';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('offline', () => {
  it('/offline says the reader is offline, with a way back', async () => {
    mockData();
    renderApp('/offline');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You are offline' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all stories' })).toBeInTheDocument();
    expect(document.title).toBe('You are offline · K-Wave Reader');
  });

  it("a page whose data cannot be fetched offline shows the offline page's message", async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    mockData({ [`/data/articles/${fixture.firstStory}.json`]: 'network-error' });
    renderApp(`/articles/${fixture.firstStory}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You are offline' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});

/** Just enough of ServiceWorkerContainer and a registration for the announcement. */
const fakeWorkers = (waiting: { postMessage: (m: unknown) => void } | null) => {
  const registration = { waiting, installing: null, onupdatefound: null };
  const container = {
    controller: {},
    oncontrollerchange: null as null | (() => void),
    register: vi.fn(async () => registration),
  };
  return { container, registration };
};

describe('new deployment', () => {
  it('is announced in a status region and applied only when the reader presses Reload', async () => {
    const postMessage = vi.fn();
    const { container } = fakeWorkers({ postMessage });
    const reload = vi.fn();
    await registerServiceWorker(container as unknown as ServiceWorkerContainer, reload);
    expect(container.register).toHaveBeenCalledWith('/sw.js');

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('New stories are available.');
    expect(postMessage).not.toHaveBeenCalled();
    // The worker taking over by itself (another tab chose it) does not reload this page.
    container.oncontrollerchange?.();
    expect(reload).not.toHaveBeenCalled();

    const user = userEvent.setup();
    await user.tab();
    const button = within(status).getByRole('button', { name: 'Reload' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(postMessage).toHaveBeenCalledWith(SKIP_WAITING);
    container.oncontrollerchange?.();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('announces nothing on a first install (no worker controls the page yet)', async () => {
    const { container } = fakeWorkers({ postMessage: vi.fn() });
    container.controller = null as unknown as object;
    await registerServiceWorker(container as unknown as ServiceWorkerContainer, vi.fn());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
