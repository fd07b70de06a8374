import { Link } from './link';
import type { TagRef } from '../../contract/model';
import { paths } from '../../config/paths';
import { langOf } from '../../lib/hangul';
import { chipClass } from './styles';

export function TagChip({ tag }: { tag: TagRef }) {
  return (
    <Link to={paths.tag.getHref(tag.id)} className={chipClass} lang={langOf(tag.name)}>
      {tag.name}
    </Link>
  );
}
