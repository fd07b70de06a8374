// Capitalised words that start sentences or headlines but never names: a name read off the
// text drops them at its edges ("The", "Fans", "Episode").
import { CALENDAR } from './calendar.ts';

export const STOP: ReadonlySet<string> = new Set(
  `The A An And But Or In On At Of For To From With By As He She They It His Her Their Its
  This That These Those When While After Before Since Meanwhile However Also Then Now Here
  There What Why How Who Which Where Both Each Every All Some Many Most More Fans Netizens
  Korea Korean South North KST
  Not No Yes Is Are Was Were Will Would Could Should Has Have Had Do Does Did Be Been Being
  Episode Season Part Vol Chapter Act Mr Mrs Ms Dr`
    .split(/\s+/)
    .concat(CALENDAR),
);
