// Runs in <head> before the stylesheet paints, so the page never flashes the wrong theme.
// External and blocking on purpose: a strict CSP (script-src 'self') forbids inline scripts.
// A stored choice wins; without one the page follows the system, live.
(function () {
  var KEY = 'theme'; // keep in step with src/lib/theme.ts
  var root = document.documentElement;
  var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function stored() {
    try {
      var value = localStorage.getItem(KEY);
      return value === 'dark' || value === 'light' ? value : null;
    } catch (e) {
      return null;
    }
  }

  function apply() {
    var choice = stored();
    root.classList.toggle('dark', choice ? choice === 'dark' : !!(media && media.matches));
  }

  apply();
  if (media && media.addEventListener) {
    media.addEventListener('change', function () {
      if (!stored()) apply();
    });
  }
})();
