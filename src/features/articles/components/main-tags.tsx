import type { TagRef } from '../../../contract/model';
import { TagChip } from '../../../components/ui/tag-chip';
import { mainTags } from '../../../lib/main-tags';

/**
 * The few people, groups and shows a story is about, as one line under its date: on a
 * phone the full "In this story" list comes after the body, so the first paragraph stays
 * in the first screen.
 */
export function MainTags({ tags }: { tags: TagRef[] }) {
  const main = mainTags(tags);
  if (main.length === 0) return null;
  return (
    <ul aria-label="About" className="mt-3 flex flex-wrap gap-2">
      {main.map((tag) => (
        <li key={tag.id}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  );
}
