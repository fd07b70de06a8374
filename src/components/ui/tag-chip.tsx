import type { ReactNode } from 'react';
import { Link } from './link';
import type { TagRef } from '../../contract/model';
import { paths } from '../../config/paths';
import { langOf } from '../../lib/hangul';
import { chipClass } from './styles';

/** A link to a tag's page by its name; `children` follow the name (a count). */
export function TagChip({ tag, children }: { tag: TagRef; children?: ReactNode }) {
  return (
    <Link to={paths.tag.getHref(tag.id)} className={chipClass} lang={langOf(tag.name)}>
      {tag.name}
      {children}
    </Link>
  );
}
