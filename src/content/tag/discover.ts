// Phase 3b of tagging: run every discovery rule over an article's lines. What a rule
// finds is either a name the knowledge has (evidence that the text uses it as a name
// there) or a new name for the corpus-wide merge.
import type { KnowledgeIndex } from './knowledge-index.ts';
import { nameKey } from './names.ts';
import type { PreparedArticle } from './prepare.ts';
import { RULES } from './rules/index.ts';
import type { Discovery, RuleContext } from './rules/rule.ts';

export interface ArticleDiscoveries {
  /** "line:start" of every name a rule found, known or not. */
  evidence: Set<string>;
  /** Names the knowledge knows, with an alias the text gave that it lacks. */
  known: { ids: string[]; discovery: Discovery }[];
  /** Names the knowledge lacks. */
  fresh: Discovery[];
}

export const evidenceKey = (line: number, start: number) => `${line}:${start}`;

const tooLong = (d: Discovery) => d.name.length > 80 || d.name.split(/\s+/).length > 8;

export const discoverIn = (
  article: PreparedArticle,
  index: KnowledgeIndex,
  aboutShow: boolean,
): ArticleDiscoveries => {
  const context: RuleContext = { known: index.known, aboutShow };
  const evidence = new Set<string>();
  const known: ArticleDiscoveries['known'] = [];
  const fresh: Discovery[] = [];
  for (const line of article.lines) {
    for (const rule of RULES) {
      for (const d of rule.find(line, context)) {
        const key = nameKey(d.name);
        if (!key || index.ignored.has(key) || tooLong(d)) continue;
        // The shape rule alone is no evidence for a weak name: it is what we test.
        if (d.rule !== 'korean-name') evidence.add(evidenceKey(d.line, d.start));
        const ids = index.lookup(d.name) ?? (d.alias ? index.lookup(d.alias) : undefined);
        if (ids?.length) known.push({ ids, discovery: d });
        else fresh.push(d);
      }
    }
  }
  return { evidence, known, fresh };
};
