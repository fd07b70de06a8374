import { Link } from '../../../components/ui/link';
import { inlineLinkClass } from '../../../components/ui/styles';
import { KEEP_FOCUS } from '../../../lib/navigation-state';

interface GroupScopeProps {
  name: string;
  /** True: the group's own stories only (?own=1). */
  own: boolean;
  /** The list's address with its members' stories (false) or without (true). */
  hrefFor: (own: boolean) => string;
}

/**
 * A group's page lists its members' stories too; this switch shows its own alone. It says
 * which list is shown, and links to the other: a link, not a button, as the choice is in
 * the URL (?own=1), so each list is a page of its own (decision 0027). One link costs the
 * first-load JS less than a pair.
 */
export function GroupScope({ name, own, hrefFor }: GroupScopeProps) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 text-sm">
      {own ? `${name}'s own stories.` : `${name}'s stories and its members'.`}
      <Link
        to={hrefFor(!own)}
        state={KEEP_FOCUS}
        preventScrollReset
        className={`inline-flex min-h-6 items-center ${inlineLinkClass}`}
      >
        {own ? "With its members' stories" : `${name}'s own stories only`}
      </Link>
    </p>
  );
}
