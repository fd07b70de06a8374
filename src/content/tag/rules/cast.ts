// Who plays whom: "Park Ji-hu as Nam On-jo", "Kim Tae-ri will play Jeong-nyeon", "Kang Do-yun
// stars as Seo Ji-ho",
// "Gi-hun, played by Lee Jung-jae", "starring Song Kang, Han So-hee and Kim Min-gue".
import { isEnglishWord } from '../english-words.ts';
import { nameAt, nameBefore } from './phrases.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule, RuleContext, RuleLine } from './rule.ts';

const PLAYS =
  /[ \t]+(?:(?:(?:will[ \t]+)?(?:stars?|co-stars?|appears?|joins?|returns?)|starring|appearing|(?:is|was|has been|will be)[ \t]+cast)[ \t]+)?(?:as|will play|plays|played|is playing|to play|takes on the role of|as the character)[ \t]+(?:the[ \t]+role[ \t]+of[ \t]+)?(?=[\p{Lu}])/gu;
const PLAYED_BY =
  /,?[ \t]+(?:played|portrayed|voiced)[ \t]+by[ \t]+(?:(?:actor|actress|singer)[ \t]+)?(?=[\p{Lu}])/gu;
const STARRING =
  /\b(?:starring|stars|co-starring|featuring actors?|with actors?)[ \t]+(?=[\p{Lu}])/gu;

const isPerson = (line: RuleLine, context: RuleContext, name: { name: string; end: number }) =>
  context.known(name.name)?.kind === 'person' ||
  line.names.some((n) => n.sure && n.end === name.end && n.text === name.name);

const characterName = (line: RuleLine, context: RuleContext, at: number) => {
  const name = nameAt(line, at, 3);
  if (!name || name.start !== at || STOP.has(name.name)) return undefined;
  const known = context.known(name.name);
  // "Moon Ha-rin plays Yoon Bo-ra": after an actor and "plays", a Korean full name is the
  // character even where an idol has it too (tagger.ts drops the idol's mention there).
  const korean = line.names.some((n) => n.sure && n.start === at && n.end === name.end);
  if (known && known.kind !== 'character' && !(known.kind === 'person' && korean)) return undefined;
  if (!known && name.name.split(' ').every((w) => isEnglishWord(w))) return undefined;
  return name;
};

export const cast: DiscoveryRule = {
  name: 'cast',
  find: (line, context) => {
    const found: Discovery[] = [];
    const at = (n: { start: number; end: number }) => ({
      line: line.line,
      start: n.start,
      end: n.end,
    });
    type Named = { name: string; start: number; end: number };
    /** The actor, and the character they play when the line names one. */
    const plays = (actor: Named, character?: Named) => {
      found.push({ name: actor.name, kind: 'person', rule: 'cast', ...at(actor) });
      if (character)
        found.push({
          name: character.name,
          kind: 'character',
          rule: 'cast',
          ...at(character),
          playedBy: actor.name,
        });
    };
    if (/ as | play/.test(line.text)) {
      const pairs = [...line.text.matchAll(PLAYS)];
      // "Arden Cho as Rumi, May Hong as Mira and Ji-young Yoo as Zoey": two or more pairs in a
      // line make a cast list, whose actors are people whatever their names look like.
      const castList =
        pairs.filter((m) => (nameBefore(line, m.index, 3)?.name.split(' ').length ?? 0) >= 2)
          .length >= 2;
      for (const m of pairs) {
        const actor = nameBefore(line, m.index, 3);
        if (!actor) continue;
        const twoWords = actor.name.split(' ').length >= 2 && !/['’]s\b/u.test(actor.name);
        if (!isPerson(line, context, actor) && !(castList && twoWords)) continue;
        const character = characterName(line, context, m.index + m[0].length);
        if (!character) continue;
        plays(actor, character);
      }
    }
    if (/ by /.test(line.text)) {
      for (const m of line.text.matchAll(PLAYED_BY)) {
        const actor = nameAt(line, m.index + m[0].length, 3);
        if (!actor || !isPerson(line, context, actor)) continue;
        const character = nameBefore(line, m.index, 3);
        const named =
          character &&
          !context.known(character.name) &&
          !character.name.split(' ').every((w) => isEnglishWord(w));
        plays(actor, named ? character : undefined);
      }
    }
    if (/starring|stars|featuring|with actor/i.test(line.text)) {
      for (const m of line.text.matchAll(STARRING)) {
        // "Lakers stars LeBron James": a bare "stars" casts only in a story about shows.
        if (/^stars/.test(m[0]) && context.topic !== 'show') continue;
        let pos = m.index + m[0].length;
        for (let i = 0; i < 8; i++) {
          const name = nameAt(line, pos, 3);
          if (
            !name ||
            name.start !== pos ||
            (!isPerson(line, context, name) && name.name.split(' ').length < 2)
          )
            break;
          found.push({ name: name.name, kind: 'person', rule: 'cast', ...at(name) });
          const sep = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)(?=[\p{Lu}])/u.exec(
            line.text.slice(name.end),
          );
          if (!sep) break;
          pos = name.end + sep[0].length;
        }
      }
    }
    return found;
  },
};
