import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '../../../components/ui/link';
import type { TagDetail } from '../../../contract/model';
import { DocumentTitle } from '../../../components/ui/document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import { inlineLinkClass, mutedTextClass } from '../../../components/ui/styles';
import { paths } from '../../../config/paths';
import type { RelationLabel } from '../../../contract/relations';
import { FollowButton, FOLLOWABLE } from '../../../components/stars/follow-button';
import { CastRoles } from './cast-roles';
import { relationLabel } from './relation-labels';
import { langOf } from '../../../lib/hangul';
import { kindLabel } from '../../../lib/tag-kinds';
import { tagDetailQuery } from '../api/tag-queries';

type Related = TagDetail['related'];

/** Related entities grouped under their relation ("member", "actor"), in data order. */
function groupByRelation(related: Related) {
  const groups = new Map<RelationLabel, Related>();
  for (const item of related)
    groups.set(item.relation, [...(groups.get(item.relation) ?? []), item]);
  return [...groups];
}

export function TagSummary({ id }: { id: string }) {
  const { data: tag } = useSuspenseQuery(tagDetailQuery(id));
  return (
    <header>
      <DocumentTitle page={tag.name} />
      <p className="text-sm font-semibold tracking-wide text-rose-700 uppercase dark:text-rose-300">
        {kindLabel(tag.kind)}
      </p>
      <PageHeading>
        <span lang={langOf(tag.name)}>{tag.name}</span>
      </PageHeading>
      {tag.aliases.length > 0 && (
        <p className={`mt-3 text-lg ${mutedTextClass}`}>
          Also known as{' '}
          {tag.aliases.map((alias, index) => (
            <span key={alias}>
              {index > 0 && ', '}
              <span lang={langOf(alias)}>{alias}</span>
            </span>
          ))}
        </p>
      )}
      {FOLLOWABLE.has(tag.kind) && (
        <div className="mt-4">
          <FollowButton tag={tag} />
        </div>
      )}
      <CastRoles kind={tag.kind} roles={tag.roles} />
      {tag.related.length > 0 && (
        <section aria-labelledby="tag-related-heading" className="mt-6">
          <h2 id="tag-related-heading" className="text-lg font-bold">
            Related
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            {groupByRelation(tag.related).map(([relation, items]) => (
              <div key={relation} className="contents">
                <dt className={mutedTextClass}>{relationLabel(relation, items.length)}</dt>
                <dd className="flex flex-wrap gap-x-3 gap-y-1">
                  {items.map((item) => (
                    <Link
                      key={item.id}
                      to={paths.tag.getHref(item.id)}
                      lang={langOf(item.name)}
                      className={`inline-flex min-h-6 items-center ${inlineLinkClass}`}
                    >
                      {item.name}
                      <span className="sr-only"> ({kindLabel(item.kind)})</span>
                    </Link>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </header>
  );
}
