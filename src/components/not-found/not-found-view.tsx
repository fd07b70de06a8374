import { Link } from '../ui/link';
import { paths } from '../../config/paths';
import { DocumentTitle } from '../ui/document-title';
import { PageHeading } from '../ui/page-heading';
import { buttonClass, mutedTextClass } from '../ui/styles';

/** What is out of reach: a story, tag or page that does not exist, or any page while offline. */
export type Missing = 'story' | 'tag' | 'page' | 'offline';

const MESSAGES: Record<Missing, { title: string; text: string }> = {
  story: {
    title: 'Story not found',
    text: 'There is no story at this address. It may have moved, or the link may be mistyped.',
  },
  tag: {
    title: 'Tag not found',
    text: 'We have no stories about this person, group or show, or the link may be mistyped.',
  },
  page: {
    title: 'Page not found',
    text: 'There is nothing at this address. The link may be mistyped or out of date.',
  },
  // The /offline page (the service worker's answer for a page it has not kept) and a route
  // whose data could not be fetched offline (RouteErrorBoundary) say the same.
  offline: {
    title: 'You are offline',
    text: 'This page is not on this device yet. Pages you have read and stories you saved still open.',
  },
};

export function NotFoundView({ missing = 'page' }: { missing?: Missing }) {
  const { title, text } = MESSAGES[missing];
  return (
    <section className="py-8">
      <DocumentTitle page={title} />
      <PageHeading>{title}</PageHeading>
      <p className={`mt-4 max-w-prose text-lg ${mutedTextClass}`}>{text}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link to={paths.home.getHref()} className={buttonClass}>
          Back to all stories
        </Link>
        <Link to={paths.tags.getHref()} className={buttonClass}>
          Browse tags
        </Link>
      </div>
    </section>
  );
}
