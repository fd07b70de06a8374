import { useSyncExternalStore } from 'react';

// "Mar 14, 2025" (en-US, dateStyle medium): the calendar day as the date is written (its own
// offset), so the server, every reader's time zone and the client render the same day. Built
// by hand: creating an Intl.DateTimeFormat took ~25 ms of the app's start-up on every page
// that loads this module (a CPU profile, docs/decisions/0011-first-paint.md).
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const formatDay = (date: string) => {
  const [year, month, dayOfMonth] = date.slice(0, 10).split('-').map(Number);
  return `${MONTHS[month! - 1]} ${dayOfMonth}, ${year}`;
};
// "3 hours ago", as Intl.RelativeTimeFormat('en-US') says it, by hand for the same reason:
// creating that formatter took ~60 ms on a home page with a story of the day (a profile).
const formatAgo = (count: number, unit: 'minute' | 'hour') =>
  `${count} ${unit}${count === 1 ? '' : 's'} ago`;
const HOUR = 36e5;

// When the page was opened. The server snapshot is 0 ("no clock"), so server HTML and the
// hydrating render show the absolute day, and React re-renders with the client's time
// after hydration: "2 hours ago" never causes a mismatch (docs/decisions/0007).
const noChange = () => () => {};
let openedAt = 0;
const clientNow = () => (openedAt ||= Date.now());
const serverNow = () => 0;

/** A story's date: relative within its first day ("3 hours ago"), else the day. */
export function StoryDate({ date }: { date: string }) {
  const age = (useSyncExternalStore(noChange, clientNow, serverNow) - Date.parse(date)) / HOUR;
  return (
    <time dateTime={date}>
      {age >= 0 && age < 24
        ? age < 1
          ? formatAgo(Math.floor(age * 60), 'minute')
          : formatAgo(Math.floor(age), 'hour')
        : formatDay(date)}
    </time>
  );
}
