import { Link } from '../../../components/ui/link';
import { chipClass } from '../../../components/ui/styles';
import { KEEP_FOCUS } from '../../../lib/navigation-state';

const currentClass =
  'inline-flex min-h-8 items-center rounded-full border border-rose-700 bg-rose-700 px-3 text-sm text-white dark:border-rose-300 dark:bg-rose-300 dark:text-zinc-950';

interface GroupScopeProps {
  name: string;
  /** True: the group's own stories only (?own=1). */
  own: boolean;
  /** The list's address with its members' stories (false) or without (true). */
  hrefFor: (own: boolean) => string;
}

/**
 * A group's page lists its members' stories too; this switch shows its own alone. Two
 * links, not a button: the choice is in the URL (?own=1), so each is a page of its own
 * (decision 0027). The current one is marked for screen readers as well as by its look.
 */
export function GroupScope({ name, own, hrefFor }: GroupScopeProps) {
  const option = (value: boolean, label: string) => (
    <li>
      <Link
        to={hrefFor(value)}
        state={KEEP_FOCUS}
        preventScrollReset
        aria-current={own === value ? 'true' : undefined}
        className={own === value ? currentClass : chipClass}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <ul aria-label="Which stories" className="mt-3 flex flex-wrap gap-2">
      {option(false, `${name} and members`)}
      {option(true, `${name} only`)}
    </ul>
  );
}
