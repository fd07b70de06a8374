import { SearchView } from '../../features/search/components/search-view';
import { StoryDate } from '../../features/articles/components/story-date';

// Results come from the browser's search index, so there is nothing to load before the
// page shows; the prerendered /search/ is the empty form and the no-JavaScript note.
export const createLoader = () => () => null;

export function Component() {
  return <SearchView renderDate={(date) => <StoryDate date={date} />} />;
}
