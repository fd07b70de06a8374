import { useQuery } from '@tanstack/react-query';
import { useStars } from '../../../lib/stars';
import { anyOfTagsQuery } from '../api/followed-list';
import { newEvents } from '../api/events';

/**
 * How many of the newest stories about what the reader follows arrived since their previous
 * visit and are unread: a badge beside Following in the header. Counts the newest view of
 * the list (20 to 30 stories): "20" may mean more, which the Following page shows.
 */
export default function NewCount() {
  const { follows, previousVisit, read } = useStars();
  const { data } = useQuery(
    anyOfTagsQuery(
      follows.map((f) => f.id),
      null,
    ),
  );
  // New events, as the list marks them: reports of one event count once.
  const count = newEvents(data?.items ?? [], previousVisit, read).size;
  if (!count) return null;
  return (
    <span className="ml-1.5 rounded-full bg-rose-700 px-1.5 text-xs font-semibold text-white dark:bg-rose-300 dark:text-zinc-950">
      {count}
      <span className="sr-only"> new</span>
    </span>
  );
}
