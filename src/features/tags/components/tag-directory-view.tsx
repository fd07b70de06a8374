import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '../../../components/ui/link';
import { DocumentTitle } from '../../../components/ui/document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import { mutedTextClass } from '../../../components/ui/styles';
import { paths } from '../../../config/paths';
import { compareNames } from '../../../lib/compare-names';
import { formatCount } from '../../../lib/format';
import { langOf } from '../../../lib/hangul';
import { groupByKind, kindLabel } from '../../../lib/tag-kinds';
import { tagDirectoryQuery } from '../api/tag-queries';

export function TagDirectoryView() {
  const { data } = useSuspenseQuery(tagDirectoryQuery());
  const groups = groupByKind(data.tags);
  return (
    <>
      <DocumentTitle page="Tags" />
      <PageHeading>Tags</PageHeading>
      <p className={`mt-3 ${mutedTextClass}`}>
        Every person, group, show and song our stories mention, with how many stories carry each.
      </p>
      <div className="mt-8 grid gap-10 md:grid-cols-2">
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
