// The file-system edge: which entries of the seeds folder become seeds, which are skipped
// (and said so), and which are errors.
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/content/pipeline.ts';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { SEEDS } from './support.ts';

/** A project root with a seeds folder holding every kind of entry an editor may leave there. */
const project = () => {
  const root = mkdtempSync(join(tmpdir(), 'load-seeds-'));
  const seeds = join(root, 'seeds');
  mkdirSync(join(seeds, 'drafts'), { recursive: true });
  copyFileSync(join(SEEDS, 'entities.json'), join(seeds, 'entities.json'));
  writeFileSync(join(seeds, 'a.txt'), 'Plain\n\nBody.\n');
  writeFileSync(join(root, 'elsewhere.txt'), 'Linked\n\nBody of the target.\n');
  symlinkSync(join(root, 'elsewhere.txt'), join(seeds, 'linked.txt'));
  symlinkSync('gone.txt', join(seeds, 'dangling.txt'));
  writeFileSync(join(seeds, 'drafts', 'b.txt'), 'Draft\n\nBody.\n');
  writeFileSync(join(seeds, 'notes.md'), '# notes\n');
  writeFileSync(join(seeds, 'README.md'), 'About this folder.\n');
  writeFileSync(join(seeds, '.gitkeep'), '');
  return root;
};

describe('loadSeeds', () => {
  it('follows a symlinked .txt, lists subfolders and other files as skipped', async () => {
    const loaded = await loadSeeds(project());
    expect(loaded.seeds.map((s) => s.path)).toEqual(['seeds/a.txt', 'seeds/linked.txt']);
    expect(new TextDecoder().decode(loaded.seeds[1]!.bytes)).toBe(
      'Linked\n\nBody of the target.\n',
    );
    expect(loaded.skipped).toEqual([
      {
        path: 'seeds/drafts/b.txt',
        reason: 'in a subfolder: only files directly in the seeds folder are read',
      },
      { path: 'seeds/notes.md', reason: 'not a .txt file' },
    ]);
  });

  it('reports a link that points nowhere as an error naming it', async () => {
    const loaded = await loadSeeds(project());
    const result = runPipeline(loaded);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'seeds/dangling.txt:1: a symbolic link to "gone.txt", which does not exist: fix or remove the link',
    ]);
  });

  it('reads the clock at the edge, for the pipeline’s date checks', async () => {
    const before = Date.now();
    const { now } = await loadSeeds(project());
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
