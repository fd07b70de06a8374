import type { Suggestion } from '../api/suggest';
import { formatCount } from '../../../lib/format';
import { langOf } from '../../../lib/hangul';
import { kindLabel } from '../../../lib/tag-kinds';

/** A suggested tag: its name, the alias that matched, its kind and story count. */
export function SuggestionLabel({ suggestion: { tag, matched } }: { suggestion: Suggestion }) {
  return (
    <>
      <span className="font-medium" lang={langOf(tag.name)}>
        {tag.name}
      </span>
      {matched && (
        <span className="text-zinc-600 dark:text-zinc-400">
          {' '}
          (<span lang={langOf(matched)}>{matched}</span>)
        </span>
      )}
      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
        {kindLabel(tag.kind)} · {formatCount(tag.count, 'story', 'stories')}
      </span>
    </>
  );
}
