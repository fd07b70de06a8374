import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { isNotFoundError } from '../../lib/fetch-json';
import { NotFound } from '../not-found/not-found';
import type { Missing } from '../not-found/not-found-view';
import { ErrorView } from './error-view';

/**
 * Every route's errorElement. It renders inside the root layout, so header and nav stay.
 * A 404 (thrown by a loader as a route error response) is a not-found view; anything else
 * offers Retry, which re-runs the loaders: React Query refetches only what failed; offline,
 * it is the offline page's message.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();

  if (isRouteErrorResponse(error) && error.status === 404) {
    const data: unknown = error.data;
    const missing =
      typeof data === 'object' && data !== null && 'missing' in data
        ? (data.missing as Missing)
        : 'page';
    return <NotFound missing={missing} />;
  }
  if (isNotFoundError(error)) return <NotFound />;
  // Offline, whatever failed (the page's data, its code) failed for want of a connection.
  if (typeof navigator !== 'undefined' && !navigator.onLine) return <NotFound missing="offline" />;

  return (
    <ErrorView
      error={error}
      retrying={revalidator.state === 'loading'}
      onRetry={() => void revalidator.revalidate()}
    />
  );
}
