// Builds one rule's input from a sentence, as the tagger does, with a tiny knowledge.
import type { TagKind } from '../../../src/contract/model.ts';
import { prepareArticle } from '../../../src/content/tag/prepare.ts';
import type { DiscoveryRule, RuleContext } from '../../../src/content/tag/rules/rule.ts';

export const lineOf = (text: string, isTitle = false) => {
  const article = prepareArticle({
    file: 'seeds/x.txt',
    line: 1,
    title: isTitle ? text : 'A Story',
    body: isTitle
      ? [{ type: 'paragraph', lines: ['Body.'] }]
      : [{ type: 'paragraph', lines: [text] }],
    blockLines: [3],
  });
  return article.lines[isTitle ? 0 : 1]!;
};

/** A story about K-pop unless `kpop` says otherwise: words in capitals may be groups. */
export const contextOf = (
  known: Record<string, TagKind> = {},
  aboutShow = false,
  kpop = true,
): RuleContext => ({
  known: (name) => (known[name] ? { kind: known[name], name } : undefined),
  aboutShow,
  kpop,
});

/** What a rule finds in a sentence, as [kind, name] pairs (and the extra fields it sets). */
export const run = (
  rule: DiscoveryRule,
  text: string,
  known: Record<string, TagKind> = {},
  options: { isTitle?: boolean; aboutShow?: boolean; kpop?: boolean } = {},
) => rule.find(lineOf(text, options.isTitle), contextOf(known, options.aboutShow, options.kpop));

export const names = (...args: Parameters<typeof run>) => run(...args).map((d) => [d.kind, d.name]);
