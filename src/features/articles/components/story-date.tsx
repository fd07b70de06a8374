import { useSyncExternalStore } from 'react';

// "Mar 14, 2025": the calendar day as the date is written (its own offset), so the server,
// every reader's time zone and the client render the same day.
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const ago = new Intl.RelativeTimeFormat('en-US');
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
          ? ago.format(-Math.floor(age * 60), 'minute')
          : ago.format(-Math.floor(age), 'hour')
        : day.format(Date.parse(date.slice(0, 10)))}
    </time>
  );
}
