// How the field introduces a new act: "SM's new eight-member girl group Hearts2Hearts
// (하츠투하츠), made up of Jiwoo, Carmen, ..."; "rookie boy group CORTIS, consisting of
// Martin, James and Juhoon"; "LOOP/7 members Dohyeon, Riku and Yujun"; "The five-member
// group is made up of Annie, Tarzzan and Bailey"; "will debut as ALPHA DRIVE ONE". The
// group's name may be stylized (capitals, digits, & / . ! and parentheses); members in a
// list that introduces them are people whatever their names look like (Kit, Echo, Xiyue),
// because the sentence says so. Members listed without their group's name in the sentence
// take the story's group (discover.ts).
import { ROLE_WORDS } from '../lexicon/roles.ts';
import { hasWord, sentenceAround, possessiveOwnerLength } from './phrases.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule, RuleLine } from './rule.ts';

/** What stands before a new group's name: "girl group", "five-member boy band", "rookie unit". */
const GROUP_NOUN = String.raw`(?:group|band|unit|duo|trio|team|act)`;
const INTRO = new RegExp(
  String.raw`\b(?:(?:new|rookie|upcoming|debuting|girl|boy|co-ed|mixed|project|global|idol|K-pop|[\p{L}\d]+-member|multinational|hip-hop|rock)[ \t]+)+${GROUP_NOUN}[ \t]+|\b(?:debut(?:s|ed|ing)?|formed|form|named|called|christened)(?:[ \t]+(?:together|officially|formally|later))?[ \t]+as[ \t]+|\b(?:group|team)[ \t]+(?:name|called|named)[ \t]+`,
  'giu',
);

/** A word of a stylized name: "Q.ALIA", "LOOP/7", "(G)I-DLE", "Hearts2Hearts", "&TEAM". */
const NAME_WORD = /^[(&]?[\p{Lu}\p{N}][\p{L}\p{N}.&/!?'’()+-]*/u;

/** What opens a member list after the group, or after "the N-member group/team". */
const LIST_OPENER =
  /\b(?:made[ \t]+up[ \t]+of|consist(?:s|ing)[ \t]+of|compris(?:es|ing)|composed[ \t]+of|with[ \t]+members|members|under[ \t]+the[ \t]+stage[ \t]+names)[ \t]*:?[ \t]+/giu;

/** A list item: a role word, one to three capitalised words, an optional "(alias)". */
export const ITEM =
  /^(?:(?:leader|youngest[ \t]+member|maknae|member|vocalist|rapper|main[ \t]+vocalist)[ \t]+)?([\p{Lu}][\p{L}\p{M}\p{N}’'-]*(?:[ \t]+[\p{Lu}][\p{L}\p{M}\p{N}’'-]*){0,2})(?:[ \t]*\(([^)]{1,40})\))?/u;
const RELATIVE = /^,[ \t]*(?:who|whose|which)\b[^,.;:]*(?=,)/u;
const SEPARATOR = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)/u;

export const isNameWord = (w: string) =>
  !STOP.has(w) && !NOT_NAMES.has(w) && !ROLE_WORDS.has(w.toLowerCase());

/** The group's name at `start`: the first word, and more words while they are capitals. */
export const groupNameAt = (line: RuleLine, start: number) => {
  const words: string[] = [];
  let at = start;
  for (;;) {
    const m = NAME_WORD.exec(line.text.slice(at));
    if (!m) break;
    const word = m[0].replace(/['’]s$/u, '').replace(/[.,;:!?’']+$/u, '');
    const more = words.length > 0;
    // After the first word, only words in capitals (ALPHA DRIVE ONE) or, outside Title Case
    // headlines, capitalised words (Baby DONT Cry) continue the name.
    if (more && !(word === word.toUpperCase() || (!line.titleCase && isNameWord(word)))) break;
    if (!isNameWord(word)) break;
    words.push(word);
    at += m[0].length;
    if (word !== m[0] || words.length === 4) break;
    const gap = /^[ \t]+/.exec(line.text.slice(at));
    if (!gap) break;
    at += gap[0].length;
  }
  const name = words.join(' ');
  return name ? { name, start, end: start + name.length } : undefined;
};

const HEADLINE_AFTER =
  /^(?:[ \t]*$|[ \t]*[,:;(“"'‘—–-]|[ \t]+(?:Debuts?|Drops?|Releases?|Unveils?|Arrives?|Returns?|Makes?|Is|Are|Was|To|With|Reveals?|Shares?|Sets?|Announces?|Confirms?|Teases?|Tops?|Wins?|Takes?|Launches?|Kicks?|Marks?|Lands?|Joins?|Signs?)\b)/u;
const ACT_CONTEXT =
  /\b(?:group|band|unit|team|duo|trio|members?|line-?up|trainees?|finalists?|winners|contestants|participants)\b/iu;
const GROUP_SUBJECT = new RegExp(String.raw`\b(?:${GROUP_NOUN}|line-?up)\b`, 'iu');
const sentenceBefore = (text: string, end: number) =>
  text
    .slice(0, end)
    .split(/[.!?](?=[ \t]+\p{Lu})/u)
    .at(-1) ?? '';

const HANGUL = /^[\uac00-\ud7a3\s]+$/u;

/** The name a member list is said of: "ODD/ETTE is made up of", "KATSEYE consists of". */
const SUBJECT_BEFORE =
  /(?:^|[.!?][ \t]+|[ \t])([(&]?[\p{Lu}\p{N}][\p{L}\p{N}.&/!?'’()+-]*)[ \t]+(?:is|are|was|were|,)?[ \t]*$/u;
/** Written as only a group's name is: capitals, digits or a sign inside ("Q.ALIA", "LOOP/7"). */
const isStylized = (name: string) =>
  name.length > 1 &&
  !STOP.has(name) &&
  (/[\p{N}&/.!?()+]/u.test(name) || (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)));

/** A member list starting at `start`: at least two names. */
export const membersAt = (
  line: RuleLine,
  start: number,
  group: string | undefined,
  rule: 'new-act' | 'people-list' = 'new-act',
) => {
  const found: Discovery[] = [];
  let at = start;
  for (;;) {
    const m = ITEM.exec(line.text.slice(at));
    const words = m?.[1]!.split(/[ \t]+/) ?? [];
    // A short capitalised word opens a longer name in a list ("He Xinlong", "So Ji-sub").
    const opens = words.length > 1 && words[0]!.length <= 3;
    if (!m || !(isNameWord(words[0]!) || opens)) break;
    // "Super Junior’s Leeteuk": the member is the name after the possessive.
    const owner = possessiveOwnerLength(m[1]!);
    const name = m[1]!.slice(owner).replace(/['’]s$/u, '');
    const from = at + m[0].indexOf(m[1]!) + owner;
    const alias = m[2]?.trim();
    found.push({
      name,
      kind: 'person',
      rule,
      line: line.line,
      start: from,
      end: from + name.length,
      ...(alias && (HANGUL.test(alias) || /^\p{Lu}/u.test(alias)) ? { alias } : {}),
      ...(group ? { memberOf: group } : {}),
    });
    at += m[0].length;
    // "Lee Sang-won, who finished first, Zhou Anxin, ...": a clause about the last name.
    at += RELATIVE.exec(line.text.slice(at))?.[0].length ?? 0;
    const sep = SEPARATOR.exec(line.text.slice(at));
    if (!sep) break;
    at += sep[0].length;
  }
  return found.length >= 2 ? found : [];
};

/** Words one of the patterns needs: a cheap test before the costly patterns, on every line. */
const INTRO_WORDS = new Set(
  'group band unit duo trio team act debut debuts debuted debuting formed form named called christened'.split(
    ' ',
  ),
);
const LIST_WORDS = new Set(
  'made consists consisting comprises comprising composed members stage'.split(' '),
);

export const newAct: DiscoveryRule = {
  name: 'new-act',
  find: (line, context) => {
    const found: Discovery[] = [];
    let group: Discovery | undefined;
    const intro = hasWord(line, INTRO_WORDS);
    if (!intro && !hasWord(line, LIST_WORDS)) return found;
    for (const m of intro ? line.text.matchAll(INTRO) : []) {
      const named = groupNameAt(line, m.index + m[0].length);
      if (!named || context.known(named.name)?.kind === 'person') continue;
      // In a Title Case headline a name's end is a guess: only where a verb or nothing follows
      // ("Q.ALIA Debuts With", not "Baby DONT" of "Baby DONT Cry Arrive").
      if (line.titleCase && !HEADLINE_AFTER.test(line.text.slice(named.end))) continue;
      // A personal name is no group's ("his debut as Kim Dok-ja" is a role).
      if (line.names.some((n) => n.start === named.start)) continue;
      // "debut as NAME" names a group only where the sentence speaks of one.
      if (
        /^debut|^form|^named|^called|^christened/i.test(m[0]) &&
        !ACT_CONTEXT.test(sentenceAround(line.text, m.index).text)
      )
        continue;
      const hangul = /^[ \t]*\(([\uac00-\ud7a3 ]{1,20})\)/u.exec(line.text.slice(named.end));
      group = {
        ...named,
        kind: 'group',
        rule: 'new-act',
        line: line.line,
        ...(hangul ? { alias: hangul[1]!.trim() } : {}),
      };
      found.push(group);
    }
    for (const m of line.text.matchAll(LIST_OPENER)) {
      // "GROUP members A, B and C": the group right before "members".
      let owner = group?.name;
      if (/^members/i.test(m[0])) {
        const before = /([(&]?[\p{Lu}\p{N}][\p{L}\p{N}.&/!?'’()+-]*)(?:['’]s)?[ \t]+$/u.exec(
          line.text.slice(0, m.index),
        );
        const known = before ? context.known(before[1]!) : undefined;
        if (known?.kind === 'group') owner = before![1];
        else if (!owner) continue;
      }
      // "ODD/ETTE is made up of ...": a group the knowledge has, or a stylized name in a
      // story about K-pop, as the subject of the list.
      if (!owner) {
        const subject = SUBJECT_BEFORE.exec(line.text.slice(0, m.index))?.[1];
        const kind = subject ? context.known(subject)?.kind : undefined;
        if (subject && (kind === 'group' || (!kind && context.kpop && isStylized(subject))))
          owner = subject;
      }
      // Without a group in the sentence, the list must still be a group's: "The five-member
      // group is made up of ..." (a jury or a cast made up of people is not).
      if (!owner && !GROUP_SUBJECT.test(sentenceBefore(line.text, m.index))) continue;
      found.push(...membersAt(line, m.index + m[0].length, owner));
    }
    return found;
  },
};
