import { useNavigation } from 'react-router-dom';

/**
 * While the next page's loaders run, the current page stays on screen; this bar shows that
 * something is happening. Decorative: the focus move on arrival is what assistive tech hears.
 */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <div
      aria-hidden="true"
      className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-rose-700 dark:bg-rose-300"
    />
  );
}
