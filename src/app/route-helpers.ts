import { data } from 'react-router-dom';
import type { Missing } from '../components/not-found/not-found-view';
import { isNotFoundError } from '../lib/fetch-json';
import { parseListSearch, type ListSearch } from '../lib/list-search';

/**
 * Throws a 404 route response. The route's error boundary renders the not-found view, and
 * a server render reads the status from the same response.
 */
export function notFound(missing: Missing): never {
  throw data({ missing }, { status: 404 });
}

/**
 * A redirect that replaces the history entry, as react-router's replace() does (the same
 * header), built here so the bundle needs neither of its redirect helpers.
 */
export function replaceWith(url: string): never {
  throw new Response(null, { status: 302, headers: { Location: url, 'X-Remix-Replace': 'true' } });
}

/** A missing JSON file means the thing does not exist; any other failure stays an error (Retry). */
export async function orNotFound<T>(promise: Promise<T>, missing: Missing): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFoundError(error)) notFound(missing);
    throw error;
  }
}

export function listSearchOf(request: Request): ListSearch {
  return parseListSearch(new URL(request.url).searchParams) ?? notFound('page');
}
