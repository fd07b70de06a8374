// What kind of thing happened, as a headline says it: the words outlets use for each kind
// of entertainment news. Two headlines about the same star that name different kinds (a
// member leaves; the others renew their contracts) are different events however many words
// they share; two that name the same kind within a day or two are one event told twice
// even in other words. A new kind is one row here.

interface EventKind {
  kind: string;
  /** Word starts ("enlist" is enlists, enlisted, enlistment), lower case. */
  stems?: readonly string[];
  /** Whole words, for short ones a stem would over-match ("cast", not "castle"). */
  words?: readonly string[];
  /** Phrases of whole words, in order. */
  phrases?: readonly string[];
}

export const EVENT_KINDS: readonly EventKind[] = [
  { kind: 'military', phrases: ['military service', 'alternative service', 'mandatory service'] },
  {
    kind: 'enlist',
    stems: ['enlist'],
    phrases: ['joins the military', 'enters the military', 'begins military', 'starts military'],
  },
  {
    kind: 'discharge',
    stems: ['discharg'],
    phrases: ['completes military', 'returns from military', 'finishes military'],
  },
  {
    kind: 'casting',
    stems: ['casting'],
    words: ['cast', 'casts', 'role', 'roles'],
    phrases: ['in talks', 'to star', 'joins the cast', 'confirmed to appear', 'offered the'],
  },
  { kind: 'script-reading', phrases: ['script reading', 'table read', 'script read'] },
  {
    kind: 'filming',
    stems: ['filming'],
    words: ['wraps', 'shooting'],
    phrases: ['on set', 'back to set', 'first shoot'],
  },
  { kind: 'premiere', stems: ['premiere'], phrases: ['first episode', 'first broadcast'] },
  { kind: 'ratings', stems: ['rating', 'viewership'], phrases: ['audience share', 'time slot'] },
  {
    kind: 'finale',
    stems: ['finale'],
    phrases: ['final episode', 'last episode', 'comes to an end', 'ends its run'],
  },
  {
    kind: 'release',
    stems: ['comeback', 'album', 'releas', 'tracklist'],
    words: ['ep', 'mv', 'drops', 'single'],
    phrases: ['music video'],
  },
  {
    kind: 'teaser',
    stems: ['teaser', 'teases', 'trailer', 'poster', 'spoiler'],
    phrases: ['concept photo', 'concept photos', 'concept film'],
  },
  {
    kind: 'chart',
    stems: ['chart', 'billboard', 'stream', 'sales', 'million', 'billion'],
    words: ['tops', 'sells', 'sold', 'record', 'records', 'oricon', 'melon', 'spotify'],
  },
  {
    kind: 'music-show-win',
    words: ['inkigayo', 'countdown'],
    phrases: ['first win', 'music show', 'takes first', 'triple crown'],
  },
  {
    kind: 'award',
    stems: ['award', 'daesang', 'nominat'],
    phrases: ['grand prize', 'best actor', 'best actress', 'rookie of the year'],
  },
  { kind: 'tour', stems: ['tour', 'concert', 'encore'], words: ['arena', 'stadium'] },
  { kind: 'fan-meeting', stems: ['fanmeet'], phrases: ['fan meeting', 'fan meet', 'fan con'] },
  { kind: 'debut', stems: ['debut', 'predebut'] },
  {
    kind: 'dating',
    stems: ['dating', 'romance', 'relationship', 'girlfriend', 'boyfriend'],
    words: ['couple'],
  },
  { kind: 'marriage', stems: ['marri', 'marry', 'wedding', 'engaged', 'engagement'] },
  { kind: 'baby', stems: ['pregnan', 'baby', 'newborn'], words: ['birth', 'expecting'] },
  {
    kind: 'departure',
    stems: ['depart', 'leave', 'leaving', 'exit', 'withdraw', 'disband', 'quit'],
    words: ['leaves'],
    phrases: ['parts ways', 'part ways'],
  },
  {
    kind: 'contract',
    stems: ['contract', 'renew'],
    phrases: ['signs with', 'signed with', 'signs on with', 'new agency'],
  },
  {
    kind: 'lawsuit',
    stems: ['lawsuit', 'sues', 'sued', 'suing', 'litigation', 'injunction'],
    phrases: ['files suit', 'legal action'],
  },
  {
    kind: 'ruling',
    stems: ['ruling', 'verdict', 'sentenc', 'acquit', 'convict', 'prison'],
    words: ['rules', 'fined', 'jail'],
  },
  { kind: 'appeal', stems: ['appeal', 'appellate'], phrases: ['higher court', 'supreme court'] },
  {
    kind: 'investigation',
    stems: ['investigat', 'police', 'prosecut', 'indict', 'arrest', 'summon'],
    words: ['dui', 'questioned'],
  },
  { kind: 'apology', stems: ['apolog', 'controvers', 'backlash'] },
  { kind: 'health', stems: ['hospital', 'surgery', 'injur', 'hiatus'], words: ['health'] },
  { kind: 'death', words: ['died', 'dies', 'death', 'funeral'], phrases: ['passed away'] },
];

/**
 * Kinds that are steps of one story, each its own event, often days apart with the same
 * names and words: a headline of one step and a headline of another (and of no kind the two
 * share) are two events.
 */
export const STEPS: readonly (readonly string[])[] = [
  ['enlist', 'discharge'],
  ['lawsuit', 'ruling', 'appeal'],
  ['departure', 'contract'],
  ['teaser', 'chart', 'music-show-win', 'tour'],
  ['casting', 'script-reading', 'filming', 'premiere', 'finale'],
];

/** A kind that always comes with another: an enlistment is military news too. */
const IMPLIES: Readonly<Record<string, string>> = { enlist: 'military', discharge: 'military' };

/** The kinds of news a headline's words (lower case, in order: text.ts's wordsOf) name. */
export const eventKindsOf = (words: readonly string[]): ReadonlySet<string> => {
  const text = ` ${words.join(' ')} `;
  const kinds = new Set<string>();
  for (const { kind, stems = [], words: whole = [], phrases = [] } of EVENT_KINDS)
    if (
      words.some((w) => whole.includes(w) || stems.some((s) => w.startsWith(s))) ||
      phrases.some((p) => text.includes(` ${p} `))
    )
      kinds.add(kind);
  for (const kind of [...kinds]) if (IMPLIES[kind]) kinds.add(IMPLIES[kind]);
  return kinds;
};
