import { SaveButton } from '../../components/stars/save-button';
import { StarsTransfer } from '../../components/stars/stars-transfer';
import { DocumentTitle } from '../../components/ui/document-title';
import { Link } from '../../components/ui/link';
import { PageHeading } from '../../components/ui/page-heading';
import { mutedTextClass } from '../../components/ui/styles';
import { paths } from '../../config/paths';
import { StoryDate } from '../../features/articles/components/story-date';
import { useStars } from '../../lib/stars';

// The saved stories are in this browser (lib/stars.ts): nothing to load.
export const createLoader = () => async () => null;

export function Component() {
  const { saved } = useStars();
  return (
    <>
      <DocumentTitle page="Saved stories" />
      <PageHeading>Saved stories</PageHeading>
      <p className={`mt-3 max-w-prose ${mutedTextClass}`}>
        Stories you save are listed here, newest saved first, and open without a connection.
      </p>
      {saved.length === 0 ? (
        <p className="mt-8">Nothing saved yet. Open a story and choose Save to read it later.</p>
      ) : (
        <ol className="mt-6 max-w-3xl divide-y divide-zinc-200 dark:divide-zinc-800">
          {saved.map((story) => (
            <li key={story.slug} className="py-6">
              <article>
                <h2 className="text-xl leading-snug font-bold text-pretty">
                  <Link to={paths.article.getHref(story.slug)} className="hover:underline">
                    {story.title}
                  </Link>
                </h2>
                <p className="mt-2 max-w-prose text-zinc-700 dark:text-zinc-300">{story.excerpt}</p>
                <div className="mt-3 flex flex-wrap items-center gap-3">
                  {story.date && (
                    <p className={`text-sm ${mutedTextClass}`}>
                      <StoryDate date={story.date} />
                    </p>
                  )}
                  <SaveButton story={story} />
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
      <StarsTransfer />
    </>
  );
}
