import type { QueryClient } from '@tanstack/react-query';
import { tagDirectoryQuery } from '../../features/tags/api/tag-queries';
import { TagDirectoryView } from '../../features/tags/components/tag-directory-view';

export const createLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(tagDirectoryQuery());
  return null;
};

export function Component() {
  return <TagDirectoryView />;
}
