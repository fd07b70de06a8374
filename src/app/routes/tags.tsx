import type { QueryClient } from '@tanstack/react-query';
import { tagDirectoryQuery } from '../../features/tags/api/tag-queries';
import { TagDirectoryView } from '../../features/tags/components/tag-directory-view';

export const tagsLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(tagDirectoryQuery());
  return null;
};

export function TagsRoute() {
  return <TagDirectoryView />;
}
