// The app's links: react-router's Link and NavLink without what this app never uses.
// Theirs carry framework-mode prefetching (<link rel="prefetch"> per route module), masks,
// view transitions and relative paths; all of it ships to every page, ~2.5 KB gzip of the
// first load (docs/decisions/0011-first-paint.md). These keep what readers see: a real
// href (works without the script, opens in a new tab), client navigation on a plain click,
// and aria-current on the header's nav links.
import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { useHref, useLinkClickHandler, useLocation, type To } from 'react-router-dom';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: To;
  ref?: Ref<HTMLAnchorElement>;
  /** History state for the next page, e.g. to keep focus on a filter (tag-filter.tsx). */
  state?: unknown;
  replace?: boolean;
  preventScrollReset?: boolean;
}

export function Link({ to, state, replace, preventScrollReset, onClick, ...rest }: LinkProps) {
  const href = useHref(to);
  // Navigates only for a plain left click without target: modified clicks stay the browser's.
  const navigate = useLinkClickHandler(to, {
    state,
    replace,
    preventScrollReset,
    target: rest.target,
  });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  // Content arrives in rest.children, as for any <a>.
  // eslint-disable-next-line jsx-a11y/anchor-has-content
  return <a {...rest} href={href} onClick={handleClick} />;
}

export interface NavLinkProps extends Omit<LinkProps, 'className' | 'to'> {
  to: string;
  /** Active only on this very path, not on the paths under it. */
  end?: boolean;
  className?: (state: { isActive: boolean }) => string;
}

/** A link that knows whether it leads to the page shown: aria-current="page" and a class. */
export function NavLink({ to, end = false, className, ...rest }: NavLinkProps) {
  const { pathname } = useLocation();
  const base = to.replace(/\/+$/, '');
  const isActive = pathname === to || (!end && pathname.startsWith(`${base}/`));
  return (
    <Link
      {...rest}
      to={to}
      aria-current={isActive ? 'page' : undefined}
      className={className?.({ isActive })}
    />
  );
}
