// The single place the app calls fetch. A server renderer swaps the transport with
// setJsonTransport (e.g. to read dist/data from disk) and every query follows.

/** A request that reached no usable answer: status 0 means the network failed. */
export class FetchJsonError extends Error {
  readonly status: number;
  readonly url: string;

  constructor(url: string, status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FetchJsonError';
    this.url = url;
    this.status = status;
  }
}

export type JsonTransport = (url: string, signal?: AbortSignal) => Promise<Response>;

const browserTransport: JsonTransport = (url, signal) => fetch(url, { signal });
let transport: JsonTransport = browserTransport;

export function setJsonTransport(next: JsonTransport | null) {
  transport = next ?? browserTransport;
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await transport(url, signal);
  } catch (cause) {
    // Aborts are React Query cancelling a request nobody needs any more: let them through.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new FetchJsonError(url, 0, `Could not reach the server for ${url}`, { cause });
  }
  // A host that rewrites unknown paths to index.html (an SPA fallback) answers a missing
  // data file with a web page and status 200: that is "not found", not a server failure.
  const status = /html/.test(response.headers.get('content-type') ?? '') ? 404 : response.status;
  if (!response.ok || status === 404)
    throw new FetchJsonError(url, status, `${url} answered ${status}`);
  try {
    return (await response.json()) as T;
  } catch (cause) {
    // A static host answering an unknown path with the HTML 404 page lands here too.
    throw new FetchJsonError(url, response.status, `${url} is not valid JSON`, { cause });
  }
}

export const isNotFoundError = (error: unknown): boolean =>
  error instanceof FetchJsonError && error.status === 404;
