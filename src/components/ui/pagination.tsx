import type { ReactNode } from 'react';
import { Link } from './link';
import { NoScriptNote } from './no-script-note';
import { buttonClass, mutedTextClass } from './styles';

interface PagerProps {
  /** Where the reader is, between the two links ("Page 2 of 3"). */
  status: ReactNode;
  /** The page before this one in reading order (rel="prev"), if any. */
  previous: { href: string; label: string } | null;
  /** The page after it (rel="next"), if any. */
  next: { href: string; label: string } | null;
}

/** A pager of two links; nothing when there is nowhere to go. */
export function Pager({ status, previous, next }: PagerProps) {
  if (!previous && !next) return null;
  return (
    <>
      <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4">
        {previous ? (
          <Link to={previous.href} rel="prev" className={buttonClass}>
            <span aria-hidden="true">←</span> {previous.label}
          </Link>
        ) : (
          <span />
        )}
        <p className={`text-sm ${mutedTextClass}`}>{status}</p>
        {next ? (
          <Link to={next.href} rel="next" className={buttonClass}>
            {next.label} <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <NoScriptNote />
    </>
  );
}
