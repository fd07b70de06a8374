// The answers to a query on the search page: tags whose names match, then the stories
// Pagefind finds. Loaded only once there is a query, so the empty search page (and its
// first load) carries none of the search code.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from '../../../components/ui/link';
import { Pager } from '../../../components/ui/pagination';
import { mutedTextClass } from '../../../components/ui/styles';
import { paths } from '../../../config/paths';
import { formatCount } from '../../../lib/format';
import { fullTextQuery, searchNamesQuery } from '../api/search-queries';
import { buildSuggestIndex, shardOfQuery, suggest } from '../api/suggest';
import { SearchResults } from './search-results';
import { SuggestionLabel } from './suggestion-option';

function MatchingTags({ q }: { q: string }) {
  const { data } = useQuery({ ...searchNamesQuery(shardOfQuery(q)), select: buildSuggestIndex });
  const tags = data ? suggest(data, q, 6) : [];
  if (!tags.length) return null;
  return (
    <section aria-labelledby="search-tags" className="mt-8">
      <h2 id="search-tags" className="text-lg font-bold">
        Tags
      </h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {tags.map((s) => (
          <li key={s.tag.id}>
            <Link
              to={paths.tag.getHref(s.tag.id)}
              className="block rounded-md border border-zinc-200 px-3 py-2 text-sm hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-500"
            >
              <SuggestionLabel suggestion={s} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StoryResults({
  q,
  page,
  renderDate,
}: {
  q: string;
  page: number;
  renderDate: (d: string) => ReactNode;
}) {
  const { data, error, isFetching } = useQuery({
    ...fullTextQuery(q, page),
    placeholderData: keepPreviousData,
  });
  const status = error
    ? 'Search is not available right now.'
    : !data
      ? 'Searching…'
      : data.total === 0
        ? `No stories match “${q}”.`
        : `${formatCount(data.total, 'story', 'stories')} ${data.total === 1 ? 'matches' : 'match'} “${q}”.`;
  return (
    <section aria-labelledby="search-stories" className="mt-8" aria-busy={isFetching}>
      <h2 id="search-stories" className="text-lg font-bold">
        Stories
      </h2>
      <p role="status" className={`mt-1 text-sm ${mutedTextClass}`}>
        {status}
      </p>
      {data && data.results.length > 0 && (
        <SearchResults results={data.results} renderDate={renderDate} />
      )}
      {data && (
        <Pager
          status={`Page ${page}`}
          previous={
            page > 1 ? { href: paths.search.getHref(q, page - 1), label: 'Previous page' } : null
          }
          next={data.more ? { href: paths.search.getHref(q, page + 1), label: 'Next page' } : null}
        />
      )}
    </section>
  );
}

interface SearchAnswersProps {
  q: string;
  page: number;
  renderDate: (date: string) => ReactNode;
}

export function SearchAnswers({ q, page, renderDate }: SearchAnswersProps) {
  return (
    <div className="max-w-3xl">
      <MatchingTags q={q} />
      <StoryResults q={q} page={page} renderDate={renderDate} />
    </div>
  );
}
