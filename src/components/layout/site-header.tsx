import { Link, NavLink } from 'react-router-dom';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../../lib/site';
import { ThemeToggle } from './theme-toggle';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-10 items-center rounded-md px-2 text-sm sm:px-3 font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800 ${
    isActive ? 'text-rose-700 dark:text-rose-300' : 'text-zinc-700 dark:text-zinc-200'
  }`;

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-2 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          to={paths.home.getHref()}
          className="inline-flex min-h-10 items-center gap-2 text-base font-extrabold tracking-tight sm:text-lg"
        >
          <img src="/favicon.svg" alt="" width="28" height="28" className="size-7" />
          {SITE_NAME}
        </Link>
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
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
