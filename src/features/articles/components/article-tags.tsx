import type { TagRef } from '../../../contract/model';
import { FollowButton, FOLLOWABLE } from '../../../components/stars/follow-button';
import { TagChip } from '../../../components/ui/tag-chip';
import { groupByKind, kindLabel } from '../../../lib/tag-kinds';

export function ArticleTags({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="article-tags-heading">
      <h2 id="article-tags-heading" className="text-lg font-bold">
        In this story
      </h2>
      <dl className="mt-3 space-y-3">
        {groupByKind(tags).map(({ kind, items }) => (
          <div key={kind}>
            <dt className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">
              {kindLabel(kind, items.length > 1)}
            </dt>
            <dd className="mt-1">
              <ul className="flex flex-wrap gap-2">
                {items.map((tag) => (
                  <li key={tag.id} className="flex items-center gap-1">
                    <TagChip tag={tag} />
                    {FOLLOWABLE.has(tag.kind) && <FollowButton tag={tag} compact />}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
