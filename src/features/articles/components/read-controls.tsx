import { useSearchParams } from 'react-router-dom';
import { Link } from '../../../components/ui/link';
import { inlineLinkClass } from '../../../components/ui/styles';

const controlClass = `inline-flex min-h-8 items-center px-1.5 text-sm ${inlineLinkClass}`;
import { KEEP_FOCUS } from '../../../lib/navigation-state';
import { markRead } from '../../../lib/stars';
import { UNREAD_PARAM, withUnread } from './unread-param';

/**
 * "Show unread only" and "Mark all as read" for one list view, once the reader has read a
 * story. Read marks live in this browser (lib/stars.ts): shown only when the app runs.
 */
export default function ReadControls({ slugs, here }: { slugs: string[]; here: string }) {
  const [params] = useSearchParams();
  const unread = params.get(UNREAD_PARAM) === '1';
  return (
    <div className="flex items-center gap-1">
      <Link
        to={withUnread(here, !unread)}
        state={KEEP_FOCUS}
        preventScrollReset
        className={controlClass}
      >
        {unread ? 'Show all' : 'Unread only'}
      </Link>
      <button type="button" className={controlClass} onClick={() => markRead(slugs)}>
        Mark all as read
      </button>
    </div>
  );
}
