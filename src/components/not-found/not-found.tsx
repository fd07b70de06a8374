import { lazy, Suspense } from 'react';
import type { Missing } from './not-found-view';

// Only a wrong address shows it: its code loads then, not with every page. The server
// render waits for it (react-dom/static), so 404.html is whole, and hydration keeps that
// HTML on screen until the code is there.
const NotFoundView = lazy(() =>
  import('./not-found-view').then((m) => ({ default: m.NotFoundView })),
);

export function NotFound({ missing }: { missing?: Missing }) {
  return (
    <Suspense fallback={null}>
      <NotFoundView missing={missing} />
    </Suspense>
  );
}
