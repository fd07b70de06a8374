// Capitalised words that are never a person's name, by why: a rule that reads a run of
// capitalised words as a name stops at or refuses them. One row a class of words.
import { CALENDAR } from './calendar.ts';

type Why = 'nationality' | 'place' | 'platform' | 'chart or award' | 'time slot';

const NOT_NAME_WORDS: Record<Why, string> = {
  nationality: `Japanese Korean Chinese English American British Thai Filipino Vietnamese
    Indonesian French German Spanish Italian Canadian Australian Asian European Latin Western
    Global`,
  place: `Seoul Busan Incheon Tokyo Osaka Japan China Taiwan Thailand America Europe Paris
    London LA Los Angeles New York Las Vegas Hong Kong Singapore Manila Jakarta Bangkok Jeju
    Gangnam`,
  platform: `Billboard Spotify YouTube Instagram TikTok Twitter Weverse Melon Hanteo Circle
    Oricon`,
  'chart or award': `Grammy Grammys Emmy Emmys Oscar Oscars Hot Top Daesang Bonsang Hallyu
    K-pop K-drama Chart Charts`,
  'time slot': `Monday-Tuesday Wednesday-Thursday Friday-Saturday Saturday-Sunday`,
};

export const NOT_NAMES: ReadonlySet<string> = new Set(
  Object.values(NOT_NAME_WORDS)
    .flatMap((words) => words.trim().split(/\s+/))
    .concat(CALENDAR),
);
