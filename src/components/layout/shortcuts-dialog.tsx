import { useEffect, useRef, useState } from 'react';
import { setSingleKeys, singleKeysOn } from '../../lib/keyboard';
import { buttonClass, mutedTextClass } from '../ui/styles';

const SHORTCUTS = [
  ['j', 'Next story (older), in a list or from a story'],
  ['k', 'Previous story (newer), in a list or from a story'],
  ['Enter', 'Open the focused story'],
  ['?', 'Show these shortcuts'],
  ['Esc', 'Close this dialog'],
] as const;

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // This component renders only in the browser, once asked for: storage is there to read.
  const [singleKeys, setSingleKeysState] = useState(singleKeysOn);

  // showModal gives focus trapping, Escape and the inert background for free; it can only
  // be called on a mounted element, hence the effect.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const isOpen = dialog.hasAttribute('open');
    if (open && !isOpen) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // showModal focuses the first control, the on/off switch, where a Space meant to
      // scroll would turn the shortcuts off. The heading takes focus instead: it is read
      // out first, and Tab goes on from there.
      dialog.querySelector<HTMLElement>('h2')?.focus();
    } else if (!open && isOpen) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(24rem,calc(100%-2rem))] rounded-lg border border-zinc-200 bg-white p-6 text-zinc-900 shadow-xl backdrop:bg-zinc-950/60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <h2 id="shortcuts-title" tabIndex={-1} className="text-xl font-bold outline-none">
        Keyboard shortcuts
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS.map(([key, action]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-zinc-400 px-2 py-0.5 font-mono text-sm">
                {key}
              </kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <label className="mt-6 flex items-center gap-3 font-medium">
        <input
          type="checkbox"
          checked={singleKeys}
          onChange={(event) => {
            setSingleKeysState(event.target.checked);
            setSingleKeys(event.target.checked);
          }}
          aria-describedby="single-keys-hint"
          className="size-5 accent-rose-700 dark:accent-rose-300"
        />
        Single-key shortcuts
      </label>
      <p id="single-keys-hint" className={`mt-1 ml-8 text-sm ${mutedTextClass}`}>
        j, k and ?. Turn them off if they get in the way of speech input or other tools.
      </p>
      <button type="button" onClick={onClose} className={`mt-6 ${buttonClass}`}>
        Close
      </button>
    </dialog>
  );
}
