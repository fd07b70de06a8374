import { documentTitle } from '../../lib/site';

/**
 * React 19 hoists <title> into <head> wherever it is rendered, on the client and in a
 * server render alike, so each page names itself without an effect.
 */
export function DocumentTitle({ page }: { page?: string }) {
  return <title>{documentTitle(page)}</title>;
}
