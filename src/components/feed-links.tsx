import { inlineLinkClass, mutedTextClass } from './ui/styles';

interface FeedLinksProps {
  /** The RSS 2.0 and JSON Feed 1.1 addresses (src/config/site.ts: feedPaths). */
  rss: string;
  json: string;
  /** What the feeds carry, for a screen reader that lists links alone ("BTS"). */
  of?: string;
}

/**
 * The feeds a page has, visible: until now they were only in the page's <head>. Plain
 * anchors: a feed is a file, not a route. A route renders it beside its other controls
 * (a Follow button sits next to it on tag pages).
 */
export function FeedLinks({ rss, json, of }: FeedLinksProps) {
  const about = of ? ` of ${of}` : '';
  return (
    <p className={`text-sm ${mutedTextClass}`}>
      Follow in a feed reader:{' '}
      <a
        href={rss}
        type="application/rss+xml"
        aria-label={`RSS feed${about}`}
        className={inlineLinkClass}
      >
        RSS
      </a>
      {' · '}
      <a
        href={json}
        type="application/feed+json"
        aria-label={`JSON Feed${about}`}
        className={inlineLinkClass}
      >
        JSON Feed
      </a>
    </p>
  );
}
