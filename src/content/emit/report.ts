// What the check command prints: JSON for tools, a summary for an editor.
import { compareText } from '../compare.ts';
import { paths } from '../../config/paths.ts';
import type { Corpus } from '../pipeline.ts';
import { plainText } from './summarize.ts';
import { escapeControls } from '../problems.ts';

export const checkJson = (corpus: Corpus) => ({
  articles: corpus.articles.map((a) => ({
    slug: a.slug,
    url: paths.article.getHref(a.slug),
    title: a.title,
    file: a.file,
    date: a.date,
    text: plainText(a.body),
    tags: a.tags.map(({ id, name, kind }) => ({ id, name, kind, evidence: evidenceOf(a, id) })),
  })),
});

/** What made a tag in an article: the evidence of each of its mentions there, once each. */
const evidenceOf = (article: Corpus['articles'][number], id: string) => [
  ...new Set(article.mentions.filter((m) => m.id === id).map((m) => m.evidence)),
];

/** Per story, its tags in order with what made each: where an editor looks at a wrong chip. */
export const tagEvidence = (corpus: Corpus) =>
  `${corpus.articles
    .map((a) =>
      [
        `${escapeControls(a.file)}:${a.line} ${escapeControls(a.title)}`,
        ...a.tags.map(
          (t) => `  ${t.kind.padEnd(9)} ${t.name}  [${evidenceOf(a, t.id).join('; ')}]`,
        ),
      ].join('\n'),
    )
    .join('\n\n')}\n`;

const count = <T>(items: T[], key: (t: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => compareText(a, b));
};

/**
 * Registry entries for the discovered names, ready to paste into seeds/entities.json's
 * "entities" list (one per line, as the file is written).
 */
export const registrySuggestions = (corpus: Corpus) => {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  const entries = corpus.discovered.map((d) => {
    const e = byId.get(d.id)!;
    const entry: Record<string, unknown> = { id: d.id, name: d.name, kind: d.kind };
    if (d.aliases.length) entry.aliases = d.aliases;
    for (const key of ['memberOf', 'show', 'playedBy'] as const)
      if (e[key] !== undefined) entry[key] = e[key];
    return `    ${JSON.stringify(entry)},`;
  });
  return `${entries.join('\n').replace(/,$/, '')}\n`;
};

export const editorSummary = (corpus: Corpus) => {
  const used = new Set(corpus.articles.flatMap((a) => a.tags.map((t) => t.id)));
  const tags = corpus.entities.filter((e) => used.has(e.id));
  const lines = [
    `Seeds are valid.`,
    `  files:    ${corpus.files.length}`,
    `  articles: ${corpus.articles.length}`,
    `  tags:     ${tags.length} (${count(tags, (t) => t.kind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
    '',
  ];
  if (corpus.discovered.length) {
    lines.push(
      `Discovered names, already published as tags (correct one in seeds/entities.json, or drop it with its "ignore" list):`,
    );
    for (const d of corpus.discovered) {
      const where = d.occurrences
        .slice(0, 3)
        .map((o) => `${o.file}:${o.line} ${o.rule}`)
        .join(', ');
      const more = d.occurrences.length > 3 ? ` and ${d.occurrences.length - 3} more` : '';
      const aka = d.aliases.length ? ` (also ${d.aliases.join(', ')})` : '';
      const group = d.memberOf.length ? ` of ${d.memberOf.join(', ')}` : '';
      lines.push(`  ${d.kind.padEnd(9)} ${d.name}${aka}${group}  [${where}${more}]`);
    }
    lines.push('');
  }
  if (corpus.merges.length || corpus.keyMatches.length) {
    lines.push(
      'Spellings merged by romanization key (to split one off, add it to seeds/entities.json as its own entity):',
    );
    for (const m of corpus.merges) {
      const where = m.occurrences
        .slice(0, 3)
        .map((o) => `${o.file}:${o.line}`)
        .join(', ');
      lines.push(`  ${m.spellings.join(' = ')} -> ${m.id}  [${where}]`);
    }
    const seen = new Set<string>();
    for (const k of corpus.keyMatches) {
      const key = `${k.written}\n${k.entityId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`  ${k.written} -> ${k.entityId}  [${k.file}:${k.line}]`);
    }
    lines.push('');
  }
  if (corpus.nearMisses.length) {
    lines.push(
      'Spellings of one romanization key kept apart, as nothing ties them (to make them one, give one as an alias of the other in seeds/entities.json):',
    );
    for (const n of corpus.nearMisses)
      lines.push(`  ${n.names[0]} / ${n.names[1]}  [${n.files.slice(0, 3).join(', ')}]`);
    lines.push('');
  }
  if (corpus.sharedNames.length) {
    lines.push(
      'Names seeds/entities.json shares with built-in entities (see docs/decisions/0014-registry-errors-and-shared-names.md):',
    );
    for (const n of corpus.sharedNames) {
      const others = n.others.map((o) => o.id).join(', ');
      const outcome =
        n.outcome === 'editor'
          ? `tags ${n.id} unless the story names relatives of ${others}`
          : `${n.id} shares it with ${others}: the story's relatives decide`;
      lines.push(`  "${n.name}" ${outcome}  [${n.file}:${n.line}]`);
    }
    lines.push('');
  }
  if (corpus.aliasSuggestions.length) {
    lines.push('Names that look like aliases of registry entities:');
    for (const s of corpus.aliasSuggestions)
      lines.push(`  ${s.alias} -> ${s.entityId}  [${s.file}:${s.line}]`);
    lines.push('');
  }
  // File names and discovered names may hold control characters: shown as escapes.
  return `${lines.map(escapeControls).join('\n')}\n`;
};
