import { mutedTextClass } from './styles';

/** Shown only on a first visit while a route's data loads; cached views skip it. */
export function Loading() {
  return (
    <p role="status" className={`py-12 ${mutedTextClass}`}>
      Loading…
    </p>
  );
}
