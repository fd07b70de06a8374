import { useQueryClient } from '@tanstack/react-query';
import { Link, type LinkProps } from '../../../components/ui/link';
import { paths } from '../../../config/paths';
import { articleDetailQuery } from '../api/article-queries';

type ArticleLinkProps = Omit<LinkProps, 'to'> & { slug: string };

/**
 * A link to a story that starts loading it on hover or focus, so by the time the click or
 * Enter lands the loader finds the story cached and the page changes at once.
 */
export function ArticleLink({ slug, onMouseEnter, onFocus, ...props }: ArticleLinkProps) {
  const queryClient = useQueryClient();
  // prefetchQuery never throws and does nothing while the story is cached (staleTime: Infinity).
  const prefetch = () => void queryClient.prefetchQuery(articleDetailQuery(slug));
  return (
    <Link
      to={paths.article.getHref(slug)}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
