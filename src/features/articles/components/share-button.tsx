import { useState } from 'react';
import { paths } from '../../../config/paths';
import { buttonClass, jsOnlyClass, mutedTextClass } from '../../../components/ui/styles';

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/**
 * Uses the Web Share API where the browser has one (phones, some desktops), otherwise
 * copies the link. Browser objects are touched only inside the click handler.
 */
export function ShareButton({ title, slug }: { title: string; slug: string }) {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });

  const share = async () => {
    const url = new URL(paths.article.getHref(slug), window.location.origin).href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to confirm, nothing to fall back to.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', url });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => void share()}
        className={`${buttonClass} ${jsOnlyClass}`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path
            d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v13"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Share
      </button>
      {/* Always mounted so screen readers announce the confirmation when it appears. */}
      <p role="status" className={`text-sm ${mutedTextClass}`}>
        {state.kind === 'copied' && 'Link copied to the clipboard.'}
        {state.kind === 'failed' && (
          <>
            Could not copy. The link is <span className="break-all select-all">{state.url}</span>
          </>
        )}
      </p>
    </div>
  );
}
