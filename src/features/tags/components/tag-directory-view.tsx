import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Link } from '../../../components/ui/link';
import { DocumentTitle } from '../../../components/ui/document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import { mutedTextClass } from '../../../components/ui/styles';
import { paths } from '../../../config/paths';
import { compareNames } from '../../../lib/compare-names';
import { formatCount } from '../../../lib/format';
import { KEEP_FOCUS } from '../../../lib/navigation-state';
import { langOf } from '../../../lib/hangul';
import { groupByKind, kindLabel } from '../../../lib/tag-kinds';
import { tagMatches } from '../api/find-tags';
import { tagDirectoryQuery } from '../api/tag-queries';

export function TagDirectoryView() {
  const { data } = useSuspenseQuery(tagDirectoryQuery());
  // The find box's text is in the URL (?q=), so a narrowed list is a link like any other.
  // The box owns its text, so keys typed while the URL catches up are not lost.
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const found = data.tags.filter((tag) => tagMatches(tag.name, query));
  const groups = groupByKind(found);
  return (
    <>
      <DocumentTitle page="Tags" />
      <PageHeading>Tags</PageHeading>
      <p className={`mt-3 ${mutedTextClass}`}>
        Every person, group, show and song our stories mention, with how many stories carry each.
      </p>
      {/* A GET form: without JavaScript it still submits, and shows every tag. */}
      <form role="search" className="mt-6 max-w-md" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="find-tag" className="block text-sm font-semibold">
          Find a tag
        </label>
        <input
          id="find-tag"
          type="search"
          name="q"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setParams(event.target.value ? { q: event.target.value } : {}, {
              replace: true,
              preventScrollReset: true,
              state: KEEP_FOCUS,
            });
          }}
          autoComplete="off"
          className="mt-1 min-h-10 w-full rounded-md border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-900"
        />
        {/* data-announce: read out as the list narrows, since focus stays in the box. */}
        <p data-announce className={`mt-2 text-sm ${mutedTextClass}`}>
          {query ? formatCount(found.length, 'tag matches', 'tags match') : ''}
        </p>
      </form>
      <div className="mt-6 grid gap-10 md:grid-cols-2">
        {groups.map(({ kind, items }) => (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="text-xl font-bold">
              {kindLabel(kind, true)}
            </h2>
            <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
              {[...items]
                .sort((a, b) => compareNames(a.name, b.name))
                .map((tag) => (
                  <li key={tag.id}>
                    <Link
                      to={paths.tag.getHref(tag.id)}
                      className="flex min-h-10 items-center justify-between gap-4 py-2 hover:underline"
                    >
                      <span lang={langOf(tag.name)}>{tag.name}</span>
                      <span className={`shrink-0 text-sm ${mutedTextClass}`}>
                        {formatCount(tag.count, 'story', 'stories')}
                      </span>
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
