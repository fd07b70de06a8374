import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { SaveButton } from '../../../components/stars/save-button';
import { DocumentTitle } from '../../../components/ui/document-title';
import { PageHeading } from '../../../components/ui/page-heading';
import { mutedTextClass } from '../../../components/ui/styles';
import { formatReadingTime } from '../../../lib/format';
import { markRead } from '../../../lib/stars';
import { articleDetailQuery } from '../api/article-queries';
import { ArticleBody } from './article-body';
import { ArticleTags } from './article-tags';
import { MainTags } from './main-tags';
import { RelatedStories } from './related-stories';
import { ReportList } from './report-list';
import { ShareButton } from './share-button';
import { StoryDate } from './story-date';
import { StoryPager } from './story-pager';
import { StorySource } from './story-source';

/** Headlines longer than this take a smaller size on a phone, so the story still starts in view. */
const LONG_HEADLINE = 80;

export function ArticleView({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleDetailQuery(slug));
  // Opened is read: every list marks it from now on.
  useEffect(() => {
    markRead([slug]);
  }, [slug]);
  const { title, date, excerpt } = article;
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-x-12">
      <DocumentTitle page={article.title} />
      <header className="lg:col-span-2">
        <PageHeading size={article.title.length > LONG_HEADLINE ? 'long' : 'normal'}>
          {article.title}
        </PageHeading>
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
          <p className={mutedTextClass}>
            <StoryDate date={article.date} /> ·{' '}
            <span>{formatReadingTime(article.readingMinutes)}</span>
          </p>
          <SaveButton story={{ slug, title, date, excerpt }} />
          <ShareButton title={article.title} slug={article.slug} />
        </div>
        <MainTags tags={article.tags} />
      </header>
      {/* Body first in the document: on a phone the full tag list follows the story; from
          lg up it stands in the second column beside it. */}
      <div className="mt-6 lg:col-start-1 lg:row-start-2 lg:mt-8">
        <ArticleBody blocks={article.body} />
        <StorySource source={article.source} />
      </div>
      <div className="mt-10 lg:col-start-2 lg:row-span-2 lg:row-start-2 lg:mt-8">
        <ArticleTags tags={article.tags} />
      </div>
      <div className="lg:col-start-1 lg:row-start-3">
        {article.reports && (
          <section aria-labelledby="reports-heading" className="mt-12">
            <h2 id="reports-heading" className="text-2xl font-bold">
              Other reports of this event
            </h2>
            <ReportList reports={article.reports} current={slug} />
          </section>
        )}
        <RelatedStories stories={article.related} />
        <StoryPager previous={article.previous} next={article.next} />
      </div>
    </article>
  );
}
