// Strict schemas for parsed articles and the entity registry. Validation turns each
// schema issue into a Problem that names the seed file and line.
import { z } from 'zod';
import type { ParsedArticle } from '../read/parse.ts';
import type { Problem } from '../problems.ts';
import { TAG_KINDS } from '../../contract/model.ts';
import { RELATIONS, RELATION_KEYS, type RelationKey } from '../../contract/relations.ts';
import { bidiControlsIn, hasVisibleText } from '../read/visible.ts';

// Control characters other than tab have no place in a story; they signal a broken scrape.
// Bidi controls never reach here from a seed (the reader strips them, with a warning); in the
// registry, written by hand, one is a mistake to fix where it is.
const anyText = z
  .string()
  .refine((s) => !/\p{Cc}/u.test(s.replace(/\t/g, '')), 'contains a control character')
  .superRefine((s, ctx) => {
    const controls = bidiControlsIn(s);
    if (controls)
      ctx.addIssue({
        code: 'custom',
        message: `contains bidirectional control characters (${controls}): they make the text show in another order than written; remove it`,
      });
  });

const text = anyText.min(1, 'is empty');

/**
 * A title or a name: at least one character a reader can see. Empty, zero-width, combining
 * marks only, Hangul fillers only: the same refusal, since each publishes an invisible link.
 */
const visibleText = anyText.refine(
  hasVisibleText,
  'has no visible text (only spaces, invisible characters or combining marks)',
);

const lines = z.array(text).min(1, 'has no lines');

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), lines }),
  z.strictObject({ type: z.literal('list'), items: lines }),
  z.strictObject({ type: z.literal('quote'), lines }),
]);

export const articleSchema = z.strictObject({
  file: z.string().min(1),
  line: z.number().int().positive(),
  title: visibleText.max(300, 'is longer than 300 characters: is a body line taken for the title?'),
  body: z.array(blockSchema).min(1, 'is missing: the article has a title and no body'),
  blockLines: z.array(z.number().int().positive()),
  dateHeader: z.strictObject({ line: z.number().int().positive(), value: z.string() }).optional(),
  source: text
    .max(120, 'is longer than 120 characters: is a sentence taken for a credit?')
    .optional(),
});

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

type IdRef = z.ZodOptional<z.ZodString | z.ZodArray<z.ZodString>>;

/** One optional field per relation in the table: an id, or a list of ids. */
const relationFields = Object.fromEntries(
  RELATION_KEYS.map((key) => [key, (RELATIONS[key].many ? z.array(id) : id).optional()]),
) as Record<RelationKey, IdRef>;

export const entitySchema = z.strictObject({
  id,
  name: visibleText,
  kind: z.enum(TAG_KINDS),
  aliases: z.array(visibleText).optional(),
  /** Tag a bare mention only when the story also names a related entity. */
  needsContext: z.boolean().optional(),
  /** Ids of built-in entities this one stands for (an editor merging them into one tag). */
  replaces: z.array(id).optional(),
  ...relationFields,
  note: z.string().optional(),
});

export const registrySchema = z.strictObject({
  entities: z.array(entitySchema),
  /** Names the discovery rules propose that an editor has rejected. */
  ignore: z.array(text).optional(),
  /** Ids of built-in entities an editor does not want as tags. */
  silence: z.array(id).optional(),
});

export type Entity = z.infer<typeof entitySchema>;
export type Registry = z.infer<typeof registrySchema>;

const describePath = (path: PropertyKey[]) =>
  path.length === 0
    ? 'article'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .slice(1);

/** Validates one parsed article; problems point at the block's line when there is one. */
export const validateArticle = (article: ParsedArticle): Problem[] => {
  const result = articleSchema.safeParse(article);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [field, index, , lineIndex] = issue.path;
    let line = article.line;
    if (field === 'body' && typeof index === 'number') {
      line =
        (article.blockLines[index] ?? article.line) +
        (typeof lineIndex === 'number' ? lineIndex : 0);
    }
    const where =
      field === 'title' ? `title "${article.title.slice(0, 60)}"` : describePath(issue.path);
    const subject =
      field === 'body' && issue.path.length === 1
        ? `body of "${article.title.slice(0, 60)}"`
        : where;
    return { file: article.file, line, message: `${subject} ${issue.message}` };
  });
};
