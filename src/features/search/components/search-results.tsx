import type { ReactNode } from 'react';
import { Link } from '../../../components/ui/link';
import type { FullTextResult } from '../api/full-text';
import { mutedTextClass } from '../../../components/ui/styles';
import { langOf } from '../../../lib/hangul';
import { formatCount } from '../../../lib/format';

interface SearchResultsProps {
  results: FullTextResult[];
  renderDate: (date: string) => ReactNode;
}

/** Stories matching a query, best first, the matched words marked in each excerpt. */
export function SearchResults({ results, renderDate }: SearchResultsProps) {
  return (
    <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {results.map((r) => (
        <li key={r.url} className="py-5">
          <h3 className="text-lg leading-snug font-bold text-pretty">
            <Link to={r.url} className="hover:underline">
              {r.title}
            </Link>
          </h3>
          {r.date && <p className={`mt-1 text-sm ${mutedTextClass}`}>{renderDate(r.date)}</p>}
          <p className="mt-2 max-w-prose text-zinc-700 dark:text-zinc-300">
            {r.excerpt.map((piece, i) =>
              piece.marked ? (
                <mark
                  key={i}
                  lang={langOf(piece.text)}
                  className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60"
                >
                  {piece.text}
                </mark>
              ) : (
                piece.text
              ),
            )}
          </p>
          {/* The other matching reports of the same event (decision 0030). */}
          {r.others[0] && (
            <details className="mt-2 text-sm">
              <summary className="min-h-6 cursor-pointer font-semibold">
                {formatCount(r.others.length + 1, 'report')}
                <span className="sr-only"> of this event match</span>
              </summary>
              <ul className="mt-2 space-y-2">
                {r.others.map((other) => (
                  <li key={other.url}>
                    <Link to={other.url} className="font-medium hover:underline">
                      {other.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
