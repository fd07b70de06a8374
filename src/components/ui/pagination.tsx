import { Link } from './link';
import { NoScriptNote } from './no-script-note';
import { buttonClass, mutedTextClass } from './styles';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <>
      <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4">
        {page > 1 ? (
          <Link to={hrefFor(page - 1)} rel="prev" className={buttonClass}>
            <span aria-hidden="true">←</span> Previous page
          </Link>
        ) : (
          <span />
        )}
        <p className={`text-sm ${mutedTextClass}`}>
          Page {page} of {pageCount}
        </p>
        {page < pageCount ? (
          <Link to={hrefFor(page + 1)} rel="next" className={buttonClass}>
            Next page <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <NoScriptNote />
    </>
  );
}
