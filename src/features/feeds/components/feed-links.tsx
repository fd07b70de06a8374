import { inlineLinkClass, mutedTextClass } from '../../../components/ui/styles';

interface FeedLinksProps {
  /** The RSS 2.0 and JSON Feed 1.1 addresses (src/config/feed-paths.ts). */
  rss: string;
  json: string;
}

/**
 * The feeds a page has, visible: until now they were only in the page's <head>. Plain
 * anchors: a feed is a file, not a route. A route renders it beside its other controls
 * (a Follow button sits next to it on tag pages).
 */
export function FeedLinks({ rss, json }: FeedLinksProps) {
  return (
    <p className={`text-sm ${mutedTextClass}`}>
      Follow in a feed reader:{' '}
      <a href={rss} className={inlineLinkClass}>
        RSS feed
      </a>
      {' · '}
      <a href={json} className={inlineLinkClass}>
        JSON Feed
      </a>
    </p>
  );
}
