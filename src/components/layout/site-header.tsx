import type { ReactNode } from 'react';
import { Link, NavLink } from '../ui/link';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../../lib/site';
import { ThemeToggle } from './theme-toggle';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-10 items-center rounded-md px-2 text-sm sm:px-3 font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800 ${
    isActive ? 'text-rose-700 dark:text-rose-300' : 'text-zinc-700 dark:text-zinc-200'
  }`;

/**
 * `search` is the search box and `newCount` the count of new stories beside Following, given
 * by the app shell (features meet only in app/).
 */
export function SiteHeader({ search, newCount }: { search?: ReactNode; newCount?: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-2 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          to={paths.home.getHref()}
          className="inline-flex min-h-10 items-center gap-2 text-base font-extrabold tracking-tight sm:text-lg"
        >
          {/* Inline rather than <img>: no extra request, and a server render emits no preload. */}
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
            <rect width="32" height="32" rx="7" className="fill-rose-700" />
            <path d="M9 8h4v6.5L18.5 8H23l-6 7.2L23.5 24H19l-4.6-6.4L13 19.3V24H9z" fill="#fff" />
          </svg>
          {SITE_NAME}
        </Link>
        {/* Its own row on a phone; between the name and the nav from the sm breakpoint. */}
        {search && (
          <div className="order-last w-full sm:order-none sm:ml-auto sm:w-64">{search}</div>
        )}
        <div className="flex items-center gap-1">
          <nav aria-label="Main">
            <ul className="flex items-center gap-1">
              <li>
                <NavLink to={paths.home.getHref()} end className={navLinkClass}>
                  Stories
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.tags.getHref()} className={navLinkClass}>
                  Tags
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.following.getHref()} className={navLinkClass}>
                  Following
                  {newCount}
                </NavLink>
              </li>
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
