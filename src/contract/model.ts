// The shapes the content pipeline emits and the app reads.
// Types only: the app imports this file with `import type`, so no pipeline code
// (zod, node:fs) ever reaches the browser bundle.

import type { RelationLabel } from './relations';

export { TAG_KINDS, type TagKind } from './kinds.ts';
import type { TagKind } from './kinds.ts';

/** A body block. `lines` keeps the line structure of the seed. */
export type Block =
  | { type: 'paragraph'; lines: string[] }
  | { type: 'list'; items: string[] }
  | { type: 'quote'; lines: string[] };

export interface TagRef {
  id: string;
  name: string;
  kind: TagKind;
}

/** One report of an event: a story, by its headline and who published it. */
export interface ReportLink {
  slug: string;
  title: string;
  /** Who the story credits ("Soompi, Yonhap"), when it says. */
  source?: string;
}

/** One entry of a list view: home, tag page, related stories. */
export interface ArticleSummary {
  slug: string;
  title: string;
  excerpt: string;
  readingMinutes: number;
  /**
   * Position in the corpus counted from the oldest story (0), in the order newest first,
   * then seed file order, then order in the file, reversed: a newer story leaves it alone.
   */
  ordinal: number;
  /** Publication date, ISO 8601 in its own offset ("2025-03-14T00:00:00Z"). */
  date: string;
  tags: TagRef[];
  /**
   * Every report of the event this story reports, itself included, earliest first; absent
   * when it is the only one. The first one's slug names the event: a list shows one card
   * an event (decision 0030).
   */
  reports?: ReportLink[];
}

export interface RelatedArticle extends ArticleSummary {
  /** The tags this story shares with the one being read, most specific first. */
  shared: TagRef[];
}

export interface ArticleLink {
  slug: string;
  title: string;
}

/** data/articles/<slug>.json */
export interface ArticleDetail extends ArticleSummary {
  /** Seed file the story came from, relative to the project root. */
  file: string;
  line: number;
  /** ISO 8601: when the story's seed file last changed, present only if after `date`. */
  modified?: string;
  body: Block[];
  /** Who the story credits ("Soompi, Yonhap"), from a "Source: ..." line at its end. */
  source?: string;
  related: RelatedArticle[];
  previous: ArticleLink | null;
  next: ArticleLink | null;
}

/**
 * data/chunks/<n>.json and data/tags/<id>/chunks/<n>.json: chunk n of a list, counted from
 * its oldest story (src/config/list-chunks.ts). Nothing in it depends on how long the list
 * is, so a newer story leaves every full chunk's bytes alone.
 */
export interface ListChunk {
  chunk: number;
  /** Newest first. */
  items: ArticleSummary[];
}

/** One story of a group's list with its members' stories: the members it carries. */
export interface FamilyItem extends ArticleSummary {
  /** The group's members (with pages) the story carries; empty: the group's own story. */
  members: TagRef[];
}

/**
 * data/tags/<id>/family/<n>.json: chunk n of a group's stories and its members', counted
 * from the oldest like every list chunk (decision 0027).
 */
export interface FamilyChunk {
  chunk: number;
  /** Newest first. */
  items: FamilyItem[];
}

export interface TagCount extends TagRef {
  count: number;
}

/** A tag with the most events lately (events, not reports: one event told five times is one). */
export interface TrendingTag extends TagRef {
  events: number;
}

/** data/tags.json: the tag directory. */
export interface TagDirectory {
  tags: TagCount[];
  /**
   * The people, groups and shows with the most events in the last `days` days of the
   * corpus's dates, most first (the home page's "Trending"; decision 0030). Optional: a
   * browser may hold a tags.json of an earlier build (cached, offline) without it.
   */
  trending?: { days: number; tags: TrendingTag[] };
}

/** One side of a cast role: an entity, and whether it has a tag page to link to. */
export interface RoleName {
  id: string;
  name: string;
  /** True when some story carries the tag, so /tags/<id> exists. */
  page: boolean;
}

/** An actor as a character in a show, exactly as the knowledge pairs them. */
export interface CastRole {
  actor: RoleName;
  character: RoleName;
  /** The character's show, when the knowledge names one. */
  show?: RoleName;
}

/** data/tags/<id>/info.json */
export interface TagDetail extends TagCount {
  /** Other names the tag goes by, in any script. */
  aliases: string[];
  /** Related entities, each with how it relates ("member", "member of", "actor", ...). */
  related: (TagRef & { relation: RelationLabel })[];
  /** True when the tag was discovered in story text rather than listed in the registry. */
  discovered: boolean;
  /**
   * Actor-as-character pairs: on a show's page its characters that have an actor, on a
   * person's page the characters they played. Absent when there are none.
   */
  roles?: CastRole[];
  /**
   * A group with members that have pages: how many stories its page lists, its own and its
   * members' (data/tags/<id>/family/<n>.json). Absent for any other tag.
   */
  family?: number;
}

/** One entry of data/search-names/<shard>.json: a tag and every name a reader may type for it. */
export interface SearchName extends TagCount {
  /** Other names, one spelling each, in any script (as on the tag page). */
  aliases: string[];
}

/** data/search-names/<shard>.json: the tags a search starting with one letter may suggest. */
export interface SearchNames {
  tags: SearchName[];
}

/** data/suggested.json: tags to follow first, the most covered lately first. */
export interface Suggested {
  /** How many days before the newest story count as "lately". */
  days: number;
  tags: TagCount[];
}

/** data/tags/<id>/ordinals.json: corpus positions (ascending: oldest first), for intersecting tag filters. */
export interface TagOrdinals {
  ordinals: number[];
}

/**
 * data/tags/<id>/facets.json: the other tags of each story carrying this tag, newest
 * first. With it a filter counts, for every further tag, how many stories adding it would
 * leave, from one file: that of the filter's rarest tag, which holds all its stories.
 */
export interface TagFacets {
  /** The other tags' ids, sorted; stories name them by position (a third of the bytes). */
  tags: string[];
  /** Per story, positions in `tags`. */
  stories: number[][];
}

/** data/site.json: figures the shell needs before any list loads. */
export interface SiteInfo {
  total: number;
  pageSize: number;
  /** Chunks of every story (data/chunks/1.json to <chunkCount>.json). */
  chunkCount: number;
  generatedFrom: number;
}
