// Starts the app's code after the first paint. A <script type="module"> in the page would be
// fetched at once and, on a slow phone, arrive and run before the browser has painted the
// prerendered HTML, holding the first paint back by its download and its hydration
// (docs/decisions/0011-first-paint.md). This inline script adds the entry script and
// preloads the page's route chunks (so they load side by side) once the browser has shown
// the page: when it reports the largest contentful paint, which it does after presenting
// that frame. Waiting for a frame alone (requestAnimationFrame, then a task) is not enough:
// the task can run before the frame reaches the screen, and the app's requests then race
// the paint the reader waits for (docs/decisions/0013-app-after-paint.md).
// Where the browser does not report LCP (Safari before 26.2), or never will (a tab opened in
// the background, a page the browser prerenders), the first frame or a timer starts it.
// The CSP allows it by its hash: the same bytes on every page; the list of files travels
// in its data-app attribute (entry first), which the hash does not cover.
/**
 * How long after the first frame the app starts if the browser, though it reports LCP, has
 * not yet: a paint it did not count (nothing contentful), or a very slow frame.
 */
const LCP_GRACE_MS = 1000;
/** A page opened in a background tab paints no frame: its app still starts, in time. The
 * timer runs on every page; elsewhere the paint has started the app long before. */
const HIDDEN_START_MS = 3000;

export const APP_LOADER = `(function (files) {
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    files.forEach(function (src, i) {
      var el = document.createElement(i ? 'link' : 'script');
      if (i) (el.rel = 'modulepreload'), (el.href = src);
      else (el.type = 'module'), (el.src = src);
      el.fetchPriority = 'low';
      document.head.appendChild(el);
    });
  };
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  var lcp = !!types && types.indexOf('largest-contentful-paint') >= 0;
  // The fallbacks first: whatever the observer does, the app starts.
  setTimeout(start, ${HIDDEN_START_MS});
  requestAnimationFrame(function () {
    setTimeout(start, lcp ? ${LCP_GRACE_MS} : 0);
  });
  if (lcp) {
    try {
      new PerformanceObserver(function (list, observer) {
        observer.disconnect();
        setTimeout(start);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch (e) {
      // An observer that lists LCP but refuses to observe it: the fallbacks start the app.
    }
  }
})(document.currentScript.dataset.app.split(' '));`;

/**
 * The loader for one page: its entry script first, then the chunks its route needs. `code`
 * is APP_LOADER, or the same minified (the prerenderer's, whose hash the CSP carries).
 */
export const appLoaderTag = (files: readonly string[], code = APP_LOADER) => {
  // Built asset paths: nothing to escape, and anything else is a mistake worth stopping on.
  const odd = files.find((file) => !/^\/[\w./-]+$/.test(file));
  if (odd !== undefined) throw new Error(`app loader: not an asset path: ${odd}`);
  return `<script data-app="${files.join(' ')}">${code}</script>`;
};

/** Files a page's loader names, entry first (for tests and the audit). */
export const appFilesOf = (html: string) =>
  /<script data-app="([^"]*)">/.exec(html)?.[1]?.split(' ') ?? [];

/** Takes Vite's entry <script type="module"> out of the template; the loader adds it later. */
export const takeEntryScript = (template: string) => {
  const match = /\s*<script type="module"[^>]* src="([^"]+)"[^>]*><\/script>/.exec(template);
  if (!match?.[1]) throw new Error('index.html (built) has no <script type="module" src>');
  return { template: template.replace(match[0], ''), entry: match[1] };
};
