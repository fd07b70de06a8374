/** `?unread=1`: a list shows only stories this browser has not opened (a link, like a filter). */
export const UNREAD_PARAM = 'unread';

/** A list's address with the unread switch turned `on` or off; the rest kept. */
export const withUnread = (href: string, on: boolean) => {
  if (!on && !href.includes(UNREAD_PARAM)) return href;
  const url = new URL(href, 'http://x');
  if (on) url.searchParams.set(UNREAD_PARAM, '1');
  else url.searchParams.delete(UNREAD_PARAM);
  return url.pathname + url.search;
};
