// Files planned by key (emit.ts's LazyFile) are kept by a build whose key is the last
// build's, without being made: a key must change whenever the file's bytes do. Held over
// changes a seed can bring: a story added, a body, a headline, a source edited, one removed,
// a file's date changed, and the base URL.
import { describe, expect, it } from 'vitest';
import { emitPlanned, madeFile, type PlannedFiles } from '../../src/content/emit/emit.ts';
import type { PipelineInput } from '../../src/content/pipeline.ts';
import { bytes, corpusOf, readDir, SEEDS } from './support.ts';

type Seeds = PipelineInput['seeds'];
const BASE = 'https://kwave.example';
const plan = (seeds: Seeds, baseUrl = BASE) =>
  emitPlanned(corpusOf(seeds), { baseUrl, keyPrefix: `code|${baseUrl}` });

const seeds = (): Seeds =>
  readDir(SEEDS, 'seeds').map((s, i) => ({ ...s, date: { added: `2024-01-0${i + 1}T00:00:00Z` } }));
const edit = (list: Seeds, index: number, change: (text: string) => string): Seeds =>
  list.map((s, i) =>
    i === index ? { ...s, bytes: bytes(change(new TextDecoder().decode(s.bytes))) } : s,
  );
const added: Seeds = [
  ...seeds(),
  {
    path: 'seeds/zz_added.txt',
    bytes: bytes(
      '• Lee Jae Kyu Talks About All of Us Are Dead Again\nDate: 2030-01-01T09:00:00Z\n\nDirector Lee Jae Kyu spoke about All of Us Are Dead with Steve Yoo.\n',
    ),
  },
];

const variants: [string, () => PlannedFiles][] = [
  ['a story added', () => plan(added)],
  // Past the excerpt: the summary does not change, the story's file and feeds do.
  [
    'a body edited',
    () =>
      plan(edit(seeds(), 0, (t) => t.replace('achievement will be?', 'achievement will be next?'))),
  ],
  ['a headline edited', () => plan(edit(seeds(), 1, (t) => t.replace('•', '• Breaking:')))],
  ['a source added', () => plan(edit(seeds(), 2, (t) => `${t.trimEnd()}\nSource: Yonhap\n`))],
  // Only the story's line in its file moves: its data file says where it starts.
  ["blank lines above a file's first story", () => plan(edit(seeds(), 1, (t) => `\n\n${t}`))],
  ['the newest file removed', () => plan(seeds().slice(0, -1))],
  [
    'a file changed after it was added (modified)',
    () =>
      plan(
        seeds().map((s, i) =>
          i === 0 ? { ...s, date: { ...s.date!, changed: '2031-05-05T00:00:00Z' } } : s,
        ),
      ),
  ],
  ['another base URL', () => plan(seeds(), 'https://other.example')],
];

describe('files planned by key', () => {
  const base = plan(seeds());
  const keyed = [...base].filter(([, f]) => typeof f !== 'string');

  it('plans the costly files (stories, feeds) by key', () => {
    expect(keyed.some(([path]) => path.startsWith('data/articles/'))).toBe(true);
    expect(keyed.some(([path]) => path.endsWith('feed.xml'))).toBe(true);
    expect(keyed.some(([path]) => path.endsWith('feed.json'))).toBe(true);
  });

  it.each(variants)('gives a new key to every file whose bytes change: %s', (_, variant) => {
    const other = variant();
    let same = 0;
    let changed = 0;
    for (const [path, file] of keyed) {
      const next = other.get(path);
      if (next === undefined) changed++;
      if (next === undefined || typeof next === 'string' || typeof file === 'string') continue;
      if (next.key === file.key) {
        expect(madeFile(next), path).toBe(madeFile(file));
        same++;
      } else changed++;
    }
    // The variant kept some files and changed (or removed) some: the check was not empty.
    expect(changed).toBeGreaterThan(0);
    if (!_.includes('base URL')) expect(same).toBeGreaterThan(0);
  });
});
