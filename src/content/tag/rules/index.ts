// Every discovery rule, in the order they run. A new rule is a new file and a line here;
// each finding carries its rule's name, which content:check shows.
import { alsoKnownAs } from './also-known-as.ts';
import { cast } from './cast.ts';
import { creditTitle } from './credit-title.ts';
import { edition } from './edition.ts';
import { featuring } from './featuring.ts';
import { groupRole } from './group-role.ts';
import { headlineTitle } from './headline-title.ts';
import { kindTitle } from './kind-title.ts';
import { koreanName } from './korean-name.ts';
import { markedTitle } from './marked-title.ts';
import { memberOf } from './member-of.ts';
import { nameList } from './name-list.ts';
import { newAct } from './new-act.ts';
import { awardList } from './award-list.ts';
import { peopleList } from './people-list.ts';
import { pair } from './pair.ts';
import { possessiveMember } from './possessive-member.ts';
import { quotedTitle } from './quoted-title.ts';
import { role } from './role.ts';
import { titleList } from './title-list.ts';
import type { DiscoveryRule } from './rule.ts';

export const RULES: readonly DiscoveryRule[] = [
  newAct,
  peopleList,
  awardList,
  edition,
  headlineTitle,
  quotedTitle,
  markedTitle,
  titleList,
  kindTitle,
  creditTitle,
  possessiveMember,
  memberOf,
  groupRole,
  role,
  alsoKnownAs,
  pair,
  cast,
  featuring,
  nameList,
  koreanName,
];
