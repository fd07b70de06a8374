import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { FollowButton } from '../../../components/stars/follow-button';
import { Link } from '../../../components/ui/link';
import { chipClass } from '../../../components/ui/styles';
import { TagChip } from '../../../components/ui/tag-chip';
import { paths } from '../../../config/paths';
import type { TagRef } from '../../../contract/model';
import { langOf } from '../../../lib/hangul';
import { listHref, parseListSearch, toggleTag } from '../../../lib/list-search';
import { KEEP_FOCUS } from '../../../lib/navigation-state';
import { useStars } from '../../../lib/stars';
import { anyOfTagsQuery, shownTags } from '../api/followed-list';
import { StoryList } from './story-list';

const here = paths.following.getHref();

/**
 * The Following page for a reader who follows someone: the followed tags as chips that
 * narrow the list (?tag=), their stories with what is new since the previous visit marked,
 * and the tags to unfollow. Loaded only for such a reader (the page's route).
 */
export default function FollowedStories({ follows }: { follows: TagRef[] }) {
  const [params] = useSearchParams();
  const search = parseListSearch(params) ?? { tags: [], page: null };
  const { previousVisit } = useStars();
  const ids = shownTags(follows, search);
  const { data: list } = useSuspenseQuery(anyOfTagsQuery(ids, search.page));
  const narrowed = ids.length < follows.length;
  return (
    <>
      <section aria-labelledby="followed-heading" className="mt-6">
        <h2
          id="followed-heading"
          className="text-sm font-semibold text-zinc-600 dark:text-zinc-400"
        >
          Show stories about
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {follows.map((tag) => {
            const on = narrowed && ids.includes(tag.id);
            return (
              <li key={tag.id}>
                <Link
                  to={listHref(here, { tags: toggleTag(narrowed ? ids : [], tag.id), page: null })}
                  state={KEEP_FOCUS}
                  preventScrollReset
                  aria-current={on || undefined}
                  className={`${chipClass} aria-[current]:border-rose-700 aria-[current]:font-semibold dark:aria-[current]:border-rose-300`}
                  lang={langOf(tag.name)}
                >
                  {tag.name}
                  {on && <span className="sr-only"> (shown, select to show all again)</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <div className="mt-8 max-w-3xl">
        <StoryList
          list={list}
          newSince={previousVisit}
          hrefForPage={(page) => listHref(here, { tags: narrowed ? ids : [], page })}
          empty={<p>No story yet about what you follow.</p>}
        />
      </div>
      <section aria-labelledby="follows-heading" className="mt-12">
        <h2 id="follows-heading" className="text-lg font-bold">
          You follow
        </h2>
        <ul className="mt-3 flex flex-wrap gap-3">
          {follows.map((tag) => (
            <li key={tag.id} className="flex items-center gap-1">
              <TagChip tag={tag} />
              <FollowButton tag={tag} compact />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
