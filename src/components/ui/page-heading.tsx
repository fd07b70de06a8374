import type { ReactNode } from 'react';

/**
 * The page's only h1. tabIndex -1 lets the route focus manager move focus here after a
 * client-side navigation without adding the heading to the Tab order.
 */
export function PageHeading({
  children,
  size = 'normal',
}: {
  children: ReactNode;
  /** 'long': a smaller size on phones, for a headline that would fill the first screen. */
  size?: 'normal' | 'long';
}) {
  return (
    <h1
      tabIndex={-1}
      className={`${size === 'long' ? 'text-2xl' : 'text-3xl'} leading-tight font-bold tracking-tight text-balance sm:text-4xl`}
    >
      {children}
    </h1>
  );
}
