// Winners in an award list: "Best New Actor – Choo Young-woo ("The Tale of Lady Ok")",
// "Golden Choice – ARrC, CLOSE YOUR EYES", "Daesang – "Culinary Class Wars"". The category
// before the dash is never a tag; what follows it are the winners, each with the work in
// brackets. A winner is a person by a personal name's shape or in a film or TV category,
// else (in music) a group when written in capitals or stylized; a work in brackets is a show
// in film and TV, a song in music. Names the knowledge has keep their own kind.
import type { TagKind } from '../../../contract/model.ts';
import { possessiveOwnerLength } from './phrases.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule, RuleLine } from './rule.ts';

/** "Best Actor –", "Artist of the Year (Daesang) –", "Golden Choice:" at the line's start. */
const CATEGORY =
  /^(?:[-*•][ \t]*)?((?:[\p{Lu}\p{N}][\p{L}\p{N}’'&/.()-]*[ \t]*){1,7}?)[ \t]*(?:–|—|-|:)[ \t]+(?=[\p{L}\p{N}"“(&])/u;
const AWARD_WORD =
  /\b(?:Best|Award|Awards|Daesang|Bonsang|Rookie|Artist|Song|Album|Record|Popular|Popularity|Choice|Prize|Excellence|Performance|Impact|Generation|Newcomer|New|Top|Grand|Achievement|Actor|Actress|Director|Drama|Film|Picture|Screenplay|Variety|Entertainer|OST|Producer)\b/u;
const SCREEN =
  /\b(?:Actor|Actress|Director|Drama|Film|Picture|Screenplay|Series|Variety|Entertainer|Technical|Art|Cinematography|Music Award|Web)\b/u;
const ITEM =
  /^([\p{L}\p{N}(&][\p{L}\p{M}\p{N}’'.&/!()-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{M}\p{N}’'.&/!()-]*){0,3})(?:[ \t]*\([ \t]*["“]([^"”]{1,80})["”][ \t]*\))?/u;
const QUOTED_WORK = /^["“]([^"”]{1,80})["”]/u;
const SEPARATOR = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)/u;

const winnerKind = (line: RuleLine, at: number, name: string, screen: boolean): TagKind | null => {
  if (line.names.some((n) => n.sure && n.start === at)) return 'person';
  if (screen) return name.split(' ').length >= 2 ? 'person' : null;
  // "aespa", "izna": a music winner written in lowercase is a group's stylized name too.
  const stylized =
    /[^\p{L} ]/u.test(name) ||
    (name === name.toUpperCase() && name.length > 1) ||
    /^\p{Ll}+$/u.test(name) ||
    /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(name);
  return stylized ? 'group' : name.split(' ').length === 2 ? 'person' : null;
};

export const awardList: DiscoveryRule = {
  name: 'award-list',
  find: (line, context) => {
    const category = CATEGORY.exec(line.text);
    if (!category || !AWARD_WORD.test(category[1]!) || line.isTitle) return [];
    const screen = SCREEN.test(category[1]!) || context.topic === 'show';
    const found: Discovery[] = [];
    let at = category[0].length;
    for (;;) {
      const rest = line.text.slice(at);
      const work = QUOTED_WORK.exec(rest);
      const item = work ? undefined : ITEM.exec(rest);
      if (work) {
        const start = at + 1;
        found.push({
          name: work[1]!.replace(/[,.]$/, ''),
          kind: screen ? 'show' : 'song',
          rule: 'award-list',
          line: line.line,
          start,
          end: start + work[1]!.replace(/[,.]$/, '').length,
        });
        at += work[0].length;
      } else if (item) {
        // "IVE’s An Yu-jin": the winner is the member after the possessive.
        const owner = possessiveOwnerLength(item[1]!);
        const name = item[1]!.slice(owner).replace(/[.,]$/, '');
        const from = at + owner;
        const known = context.known(name);
        const kind = known?.kind ?? winnerKind(line, from, name, screen);
        if (kind && !STOP.has(name) && !NOT_NAMES.has(name))
          found.push({
            name,
            kind,
            rule: 'award-list',
            line: line.line,
            start: from,
            end: from + name.length,
          });
        if (item[2]) {
          const start = at + item[0].indexOf(item[2]);
          found.push({
            name: item[2].replace(/[,.]$/, ''),
            kind: screen ? 'show' : 'song',
            rule: 'award-list',
            line: line.line,
            start,
            end: start + item[2].replace(/[,.]$/, '').length,
          });
        }
        at += item[0].length;
      } else break;
      const sep = SEPARATOR.exec(line.text.slice(at));
      if (!sep) break;
      at += sep[0].length;
    }
    return found;
  },
};
