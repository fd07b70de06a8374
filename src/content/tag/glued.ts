// A name matched inside a longer written word is not that name: "Q" in the group "Q.ALIA",
// "LOOP" in "LOOP/7", "Jae" in "Jae-ha" (a character's given name). Stylized names join
// their parts with . / & or a hyphen and no space; a match that such a joint ties to a
// letter or digit on either side is a fragment of something longer. A hyphen before an
// ordinary English word is a compound, not a name ("BTS-inspired", "IU-style").
import { isEnglishWord } from './english-words.ts';

const JOINT = /[./&-]/;
const ALNUM = /[\p{L}\p{N}]/u;

const wordAfter = (text: string, at: number) => /^[\p{L}]+/u.exec(text.slice(at))?.[0] ?? '';

export const isGlued = (text: string, start: number, end: number): boolean => {
  const before = text[start - 1] ?? '';
  if (JOINT.test(before) && ALNUM.test(text[start - 2] ?? '')) return true;
  const after = text[end] ?? '';
  if (!JOINT.test(after) || !ALNUM.test(text[end + 1] ?? '')) return false;
  if (after !== '-') return true;
  const next = wordAfter(text, end + 1);
  return !(next.length >= 4 && isEnglishWord(next));
};
