// Starts the app's code after the first paint. A <script type="module"> in the page would be
// fetched at once and, on a slow phone, arrive and run before the browser has painted the
// prerendered HTML, holding the first paint back by its download and its hydration
// (docs/decisions/0011-first-paint.md). This inline script waits for the first frame, then
// adds the entry script and preloads the page's route chunks so they load side by side.
// The CSP allows it by its hash: the same bytes on every page; the list of files travels
// in its data-app attribute (entry first), which the hash does not cover.
export const APP_LOADER = `(function (files) {
  requestAnimationFrame(function () {
    setTimeout(function () {
      files.forEach(function (src, i) {
        var el = document.createElement(i ? 'link' : 'script');
        if (i) (el.rel = 'modulepreload'), (el.href = src);
        else (el.type = 'module'), (el.src = src);
        el.fetchPriority = 'low';
        document.head.appendChild(el);
      });
    });
  });
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
