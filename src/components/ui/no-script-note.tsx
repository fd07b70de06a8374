import { mutedTextClass } from './styles';

/**
 * A static host serves one file per path, so without JavaScript ?tag= and ?page= links
 * open the page's first, unfiltered view. Said where those links are. React renders
 * <noscript> content on the server only.
 */
export function NoScriptNote() {
  return (
    <noscript>
      <p className={`mt-3 text-sm ${mutedTextClass}`}>
        Filters and pages need JavaScript; showing the latest stories.
      </p>
    </noscript>
  );
}
