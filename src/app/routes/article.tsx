import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { isContentId } from '../../config/data-paths';
import { articleDetailQuery } from '../../features/articles/api/article-queries';
import { ArticleView } from '../../features/articles/components/article-view';
import { notFound, orNotFound } from '../route-helpers';

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ params: { slug = '' } }: LoaderFunctionArgs) => {
    if (!isContentId(slug)) notFound('story');
    await orNotFound(queryClient.ensureQueryData(articleDetailQuery(slug)), 'story');
    return null;
  };

export function Component() {
  const { slug = '' } = useParams();
  // key: a new story is a new page; no state (share confirmation) carries over.
  return <ArticleView key={slug} slug={slug} />;
}
