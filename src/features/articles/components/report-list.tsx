import type { ReportLink } from '../../../contract/model';
import { inlineLinkClass, mutedTextClass } from '../../../components/ui/styles';
import { ArticleLink } from './article-link';

/**
 * The other reports of an event, each by its headline and who published it: under a list's
 * card ("3 reports") and on a story's page ("Other reports of this event").
 */
export function ReportList({ reports, current }: { reports: ReportLink[]; current: string }) {
  return (
    <ul className="mt-2 space-y-2">
      {reports
        .filter((report) => report.slug !== current)
        .map((report) => (
          <li key={report.slug}>
            <ArticleLink slug={report.slug} className={inlineLinkClass}>
              {report.title}
            </ArticleLink>
            {report.source && <span className={mutedTextClass}> · {report.source}</span>}
          </li>
        ))}
    </ul>
  );
}
