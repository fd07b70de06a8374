// Unquoted titles after the words that credit a work to someone: "known for Boys Over
// Flowers and Apple TV+’s Pachinko", "the filmmaker behind The Terror Live and Take
// Point", "went on to lead Extraordinary You", and after a network's possessive
// ("JTBC’s Forecasting Love and Weather"). The kind is the story's topic, a show if none.
import { isEnglishWord } from '../english-words.ts';
import { hasWord, titleListAt } from './phrases.ts';
import { NOT_NAMES } from '../lexicon/not-names.ts';
import { STOP } from '../lexicon/stop-words.ts';
import type { Discovery, DiscoveryRule } from './rule.ts';

const CREDIT =
  /\b(?:(?:best |fondly |also |widely )?(?:known|remembered|famous|recognized|praised|beloved) for(?: (?:his|her|their) (?:roles? |work )?in)?|[Tt]he (?:director|filmmaker|writer|creator|producer|team|mind|star|actor|actress)s? (?:behind|of)|(?:starred|starring|appeared|appearing|cameoed|debuted|featured) in|fresh off|went on to lead|to lead|(?:breakout|lead|leading|starring|supporting|main) roles? in|(?:his|her|their) roles? in)[ \t]+(?=[“"‘']?[\p{Lu}\p{N}])/gu;
const POSSESSIVE =
  /(?:['’]s)[ \t]+(?:(?:new|hit|upcoming|latest|original|popular|acclaimed|weekend|weekday|daily|Friday-Saturday|Saturday-Sunday|Monday-Tuesday|Wednesday-Thursday)[ \t]+)*(?=[\p{Lu}\p{N}])/gu;

const CREDIT_TOKENS = new Set(
  'known remembered famous recognized praised beloved behind starred starring appeared appearing cameoed debuted featured fresh lead role roles'.split(
    ' ',
  ),
);

export const creditTitle: DiscoveryRule = {
  name: 'credit-title',
  find: (line, context) => {
    if (line.titleCase) return [];
    const credits = hasWord(line, CREDIT_TOKENS);
    const possessive = /['’]s /.test(line.text);
    if (!credits && !possessive) return [];
    const kind = context.topic === 'song' || context.topic === 'album' ? context.topic : 'show';
    const found: Discovery[] = [];
    const take = (at: number) => {
      for (const item of titleListAt(line.text, at, context.known)) {
        const known = context.known(item.name);
        const words = item.name.split(' ');
        if (known && known.kind !== 'show' && known.kind !== 'song' && known.kind !== 'album')
          continue;
        // "Spotify’s Daily Top Songs Global chart" names a chart, not a work.
        if (
          /^[”"’']?[ \t]+(?:chart|charts|list|ranking|rankings|playlist|award|awards|category)\b/i.test(
            line.text.slice(item.start + item.name.length),
          )
        )
          continue;
        if (line.names.some((n) => n.sure && n.start <= item.start && n.end > item.start)) continue;
        if (
          !known &&
          (words.every((w) => NOT_NAMES.has(w) || STOP.has(w)) ||
            (words.length === 1 && isEnglishWord(words[0]!)))
        )
          continue;
        found.push({
          name: item.name,
          kind: known?.kind ?? kind,
          rule: 'credit-title',
          line: line.line,
          start: item.start,
          end: item.start + item.name.length,
        });
      }
    };
    if (credits)
      for (const m of line.text.matchAll(CREDIT)) {
        // "to lead Ukraine's army", "appeared in Des Moines": such verbs credit a work only
        // in a story about shows.
        if (
          /^(?:to lead|went on to lead|appeared|appearing|debuted|featured)/.test(m[0]) &&
          context.topic !== 'show'
        )
          continue;
        take(m.index + m[0].length);
      }
    if (possessive) {
      for (const m of line.text.matchAll(POSSESSIVE)) {
        const owner = line.tokens.filter((t) => t.end <= m.index).slice(-3);
        const network = owner.some((_, i) => {
          const name = line.text.slice(owner[i]!.start, m.index);
          const known = context.known(name);
          return known?.kind === 'org';
        });
        if (network) take(m.index + m[0].length);
      }
    }
    return found;
  },
};
