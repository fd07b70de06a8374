import { Link } from '../ui/link';
import { paths } from '../../config/paths';
import { FetchJsonError } from '../../lib/fetch-json';
import { DocumentTitle } from '../ui/document-title';
import { PageHeading } from '../ui/page-heading';
import { buttonClass, mutedTextClass } from '../ui/styles';

interface ErrorViewProps {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

function describe(error: unknown): string {
  if (error instanceof FetchJsonError && error.status === 0) {
    return 'We could not reach the server. Check your connection, then try again.';
  }
  if (error instanceof FetchJsonError) {
    return `The server could not send this page (error ${error.status}). Please try again.`;
  }
  return 'Something went wrong while showing this page. Please try again.';
}

export function ErrorView({ error, onRetry, retrying = false }: ErrorViewProps) {
  return (
    <section className="py-8">
      <DocumentTitle page="Something went wrong" />
      <PageHeading>Something went wrong</PageHeading>
      <p role="alert" className={`mt-4 max-w-prose text-lg ${mutedTextClass}`}>
        {describe(error)}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" onClick={onRetry} disabled={retrying} className={buttonClass}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
        <Link to={paths.home.getHref()} className={buttonClass}>
          Back to all stories
        </Link>
      </div>
    </section>
  );
}
