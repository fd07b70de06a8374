// One page of each type from the built site, chosen from its data: home, a story, a tag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SummaryPage, TagDirectory } from '../../src/content/model.ts';
import { paths } from '../../src/config/paths.ts';

export const samplePages = (dist = 'dist') => {
  const first = JSON.parse(readFileSync(join(dist, 'data/pages/1.json'), 'utf8')) as SummaryPage;
  const { tags } = JSON.parse(readFileSync(join(dist, 'data/tags.json'), 'utf8')) as TagDirectory;
  const show =
    [...tags].filter((t) => t.kind === 'show').sort((a, b) => b.count - a.count)[0] ?? tags[0]!;
  return [
    { name: 'home', path: paths.home.getHref() },
    { name: 'story', path: paths.article.getHref(first.items[0]!.slug) },
    { name: 'tag', path: paths.tag.getHref(show.id) },
    { name: 'tags', path: paths.tags.getHref() },
  ];
};
