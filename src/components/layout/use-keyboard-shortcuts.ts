import { useEffect } from 'react';
import { isShortcutEvent } from '../../lib/keyboard';
import type { handleShortcut } from './keyboard-shortcuts';

type Handler = typeof handleShortcut;

/**
 * The single-key shortcuts (keyboard-shortcuts.ts), whose code loads with the first key
 * pressed. That key is then handled as soon as it has; "/" is handled at once, so what the
 * reader types next already lands in the search box. Listens on the document.
 */
export function useKeyboardShortcuts(onHelp: () => void) {
  useEffect(() => {
    let handle: Handler | undefined;
    let loading: Promise<unknown> | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (handle) return handle(event, onHelp);
      if (event.key === '/' && isShortcutEvent(event) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('[data-search-box]')?.focus();
      }
      loading ??= import('./keyboard-shortcuts').then((m) => (handle = m.handleShortcut));
      void loading.then(() => handle?.(event, onHelp));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onHelp]);
}
