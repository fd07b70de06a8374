import type { ReactNode } from 'react';

/**
 * The page's only h1. tabIndex -1 lets the route focus manager move focus here after a
 * client-side navigation without adding the heading to the Tab order.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1
      tabIndex={-1}
      className="text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
    >
      {children}
    </h1>
  );
}
