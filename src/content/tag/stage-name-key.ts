// The romanization key of a one-word stage name of two Korean syllables: "Juhoon" and
// "Juhun", "Kyehoon" and "Gyehun" share one. A key match between two names needs
// corroboration (the group beside it, or one story giving both spellings).
import { givenNameKey } from '../../lib/names/name-keys.ts';
import { syllables } from '../names/korean-names.ts';

export const stageNameKey = (name: string): string | undefined => {
  const parts = /^\p{Lu}\p{Ll}+$/u.test(name) ? syllables(name) : undefined;
  return parts?.length === 2 ? givenNameKey(parts) : undefined;
};
