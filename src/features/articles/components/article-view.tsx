import { useSuspenseQuery } from '@tanstack/react-query';
import { DocumentTitle } from '../../../components/ui/document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatReadingTime } from '../../../lib/format';
import { articleDetailQuery } from '../api/article-queries';
import { ArticleBody } from './article-body';
import { ArticleTags } from './article-tags';
import { RelatedStories } from './related-stories';
import { ShareButton } from './share-button';
import { StoryDate } from './story-date';
import { StoryPager } from './story-pager';

export function ArticleView({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleDetailQuery(slug));
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-x-12">
      <DocumentTitle page={article.title} />
      <header className="lg:col-span-2">
        <PageHeading>{article.title}</PageHeading>
        <p className={`mt-3 ${mutedTextClass}`}>
          <StoryDate date={article.date} /> ·{' '}
          <span>{formatReadingTime(article.readingMinutes)}</span>
        </p>
        <div className="mt-4">
          <ShareButton title={article.title} slug={article.slug} />
        </div>
      </header>
      <div className="mt-8 lg:col-start-2 lg:row-start-2">
        <ArticleTags tags={article.tags} />
      </div>
      <div className="mt-8 lg:col-start-1 lg:row-start-2">
        <ArticleBody blocks={article.body} />
        <RelatedStories stories={article.related} />
        <StoryPager previous={article.previous} next={article.next} />
      </div>
    </article>
  );
}
