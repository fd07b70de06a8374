// Client side of the theme. The inline script in index.html sets the class before the first
// paint; this module only reads and changes it, and only from effects and event handlers
// (never during render, so a server render and hydration see the same markup).
export type Theme = 'light' | 'dark';

/** Must match the key the inline theme script in index.html reads. */
export const THEME_STORAGE_KEY = 'theme';

export const currentTheme = (): Theme =>
  document.documentElement.classList.contains('dark') ? 'dark' : 'light';

export function applyTheme(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private modes can refuse storage: the choice then lasts for this page only.
  }
}

/** Notifies on any change of the class, whoever makes it (toggle, the inline theme script on a system change). */
export function subscribeTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
