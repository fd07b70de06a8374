// "Name (Hangul)", "Character (Actor)" in a story about a show, "Stage name (legal
// name)", "Member (GROUP)". A parenthesis that holds a version ("Slow Jam Remix"), a
// time zone or a note is none of these; a quoted title before it is a title, not a name.
import { isEnglishWord } from '../english-words.ts';
import { nameBefore } from './phrases.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const PAREN = /[ \t]*\(([^()\n]{1,40})\)/g;
const HANGUL = /^[\uac00-\ud7a3]+(?:[ \t][\uac00-\ud7a3]+){0,3}$/;
const NOTE =
  /\b(remix|version|ver|feat|featuring|prod|acoustic|live|instrumental|inst|remaster(?:ed)?|edit|mix|demo|english|japanese|korean|chinese|sped|slowed|taylor|kst|est|pst|utc|working title|literal title|tentative title|translated|translation|title|season|part|episode|ep|vol|real name|born|age|aged|formerly|now|former|current|left|right|center|pictured|photo|via|source|official)\b/i;
const ORG_WORDS =
  /\b(?:Electronics|Entertainment|Group|Corp|Corporation|Company|Co|Inc|Music|Studios?|Pictures|Bank|University|Agency|Records|Media|Broadcasting|Network|Foundation|Committee|Party|Ministry|Festival|Awards|Chart|Labels?|Motors?|Airlines?)\b/;
const LOOKS_NAME = /^[\p{Lu}][\p{L}\p{M}.’'-]*(?:[ \t][\p{Lu}][\p{L}\p{M}.’'-]*){0,2}$/u;

export const pair: DiscoveryRule = {
  name: 'pair',
  find: (line, context) => {
    if (!line.text.includes('(')) return [];
    const found: Discovery[] = [];
    for (const m of line.text.matchAll(PAREN)) {
      const inner = m[1]!.trim();
      if (NOTE.test(inner) || /^\d/.test(inner)) continue;
      // A quoted title right before: "Queen of Tears" (눈물의 여왕) names the title.
      if (/[”"’']$/.test(line.text.slice(0, m.index))) continue;
      const left = nameBefore(line, m.index, 3);
      if (!left || STOP.has(left.name)) continue;
      const leftKnown = context.known(left.name);
      const leftKorean = line.names.some((n) => n.sure && n.end === left.end);
      const rightStrong = HANGUL.test(inner) || line.names.some((n) => n.sure && n.text === inner);
      if (
        !leftKnown &&
        !leftKorean &&
        !rightStrong &&
        left.name.split(' ').every((w) => isEnglishWord(w))
      )
        continue;
      const at = { line: line.line, start: left.start, end: left.end };
      if (HANGUL.test(inner)) {
        found.push({
          name: left.name,
          kind: leftKnown?.kind ?? (ORG_WORDS.test(left.name) ? 'org' : 'person'),
          rule: 'pair',
          ...at,
          alias: inner,
        });
        continue;
      }
      if (!LOOKS_NAME.test(inner)) continue;
      const rightKnown = context.known(inner);
      if (rightKnown?.kind === 'group') {
        found.push({ name: left.name, kind: 'person', rule: 'pair', ...at, memberOf: inner });
        continue;
      }
      if (rightKnown && rightKnown.kind !== 'person' && rightKnown.kind !== 'character') continue;
      if (leftKnown && rightKnown) continue;
      if (!rightKnown && !rightStrong && inner.split(' ').some((w) => isEnglishWord(w))) continue;
      // Two full Korean names of different families are a character and the actor playing
      // them ("Han Seo-ra (Ahn Chae-ri)"), never one person under two names.
      const rightKorean = line.names.find((n) => n.sure && n.text === inner);
      const leftSpan = line.names.find((n) => n.sure && n.end === left.end);
      const twoFamilies =
        !!leftSpan && !!rightKorean && leftSpan.key.split('|')[0] !== rightKorean.key.split('|')[0];
      const asRoles =
        leftKnown?.kind === 'character' ||
        rightKnown?.kind === 'person' ||
        twoFamilies ||
        (!leftKnown && context.aboutShow);
      if (asRoles) {
        found.push({ name: left.name, kind: 'character', rule: 'pair', ...at, playedBy: inner });
        const start = m.index + m[0].indexOf(inner);
        found.push({
          name: inner,
          kind: 'person',
          rule: 'pair',
          line: line.line,
          start,
          end: start + inner.length,
        });
      } else
        found.push({
          name: left.name,
          kind: leftKnown?.kind ?? 'person',
          rule: 'pair',
          ...at,
          alias: inner,
        });
    }
    return found;
  },
};
