// The editor's registry as a file: only a missing file is an empty registry; anything else
// that cannot be read, decoded or parsed is an error that names the file and the right line.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/content/load-seeds.ts';
import { runPipeline } from '../../src/content/pipeline.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { bytes, input } from './support.ts';

/** A project folder with seeds/ holding one story and, if given, `entities.json` made by `make`. */
const project = (make?: (path: string) => void) => {
  const root = mkdtempSync(join(tmpdir(), 'registry-'));
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds', 'a.txt'), 'Title\nDate: 2025-03-14\n\nBody.\n');
  make?.(join(root, 'seeds', 'entities.json'));
  return root;
};

const problemsAt = async (root: string) => {
  const result = runPipeline(await loadSeeds(root));
  return result.ok ? [] : result.problems.map(formatProblem);
};

const story = [{ path: 'seeds/ok.txt', bytes: bytes('T\n\nB') }];
const problemsOf = (registry: string) => {
  const result = runPipeline(input(story, registry));
  return result.ok ? [] : result.problems.map(formatProblem);
};

// Each test reads the built-in knowledge (open data included): far more than Vitest's 5 s
// default on a loaded 2-core machine. Not a timing assertion.
describe('reading seeds/entities.json', { timeout: 30_000 }, () => {
  it('takes a missing file as an empty registry', async () => {
    expect(await problemsAt(project())).toEqual([]);
  });

  it('refuses a folder named entities.json', async () => {
    const root = project((path) => mkdirSync(path));
    expect(await problemsAt(root)).toEqual([
      'seeds/entities.json:1: is a folder, not a file: the registry must be a JSON file (or absent)',
    ]);
  });

  it('refuses a file it cannot read, saying why', async () => {
    // A link to itself: unreadable even for root, unlike a file without read permission.
    const root = project((path) => symlinkSync('entities.json', path));
    expect(await problemsAt(root)).toEqual([
      expect.stringMatching(/^seeds\/entities\.json:1: cannot be read \(ELOOP\b/),
    ]);
  });

  it('refuses a link to a file that does not exist', async () => {
    const root = project((path) => symlinkSync('gone.json', path));
    expect(await problemsAt(root)).toEqual([
      'seeds/entities.json:1: is a link to a file that does not exist',
    ]);
  });

  it('refuses Latin-1 bytes as seeds are refused, at the line of the first bad byte', async () => {
    const latin1 = new Uint8Array([
      ...bytes('{\n  "entities": [\n    { "id": "cafe", "name": "Caf'),
      0xe9,
      ...bytes('", "kind": "org" }\n  ]\n}\n'),
    ]);
    const root = project((path) => writeFileSync(path, latin1));
    expect(await problemsAt(root)).toEqual([
      'seeds/entities.json:3: not valid UTF-8 text (save the file as UTF-8)',
    ]);
  });
});

describe('parsing seeds/entities.json', () => {
  it('reports a syntax error at its own line and column', () => {
    const registry = `{\n  "entities": [\n    { "id": "a", "name": 'A', "kind": "person" }\n  ]\n}`;
    expect(problemsOf(registry)).toEqual([
      expect.stringMatching(/^seeds\/entities\.json:3: not valid JSON at column 26: /),
    ]);
  });

  it('refuses duplicate keys at the top and in an entity, naming both lines', () => {
    const registry = [
      '{',
      '  "entities": [{ "id": "a", "name": "A", "kind": "person" }],',
      '  "entities": [',
      '    { "id": "b", "name": "B",',
      '      "name": "Bee", "kind": "person" }',
      '  ]',
      '}',
    ].join('\n');
    expect(problemsOf(registry)).toEqual([
      'seeds/entities.json:3: key "entities" appears twice (lines 2 and 3): JSON would keep only the last',
      'seeds/entities.json:5: key "name" appears twice (lines 4 and 5): JSON would keep only the last',
    ]);
  });

  it('gives every schema problem the line of its own entity, after an entity without "id"', () => {
    const registry = [
      '{',
      '  "entities": [',
      '    { "id": "a", "name": "A", "kind": "person" },',
      '    { "name": "No Id", "kind": "person" },',
      '    { "id": "c", "name": "C", "kind": "singer" },',
      '    {',
      '      "id": "d",',
      '      "name": "D",',
      '      "kind": "person",',
      '      "memberof": ["a"]',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    expect(problemsOf(registry)).toEqual([
      expect.stringMatching(/^seeds\/entities\.json:4: entities\.1\.id: /),
      expect.stringMatching(/^seeds\/entities\.json:5: entities\.2\.kind: /),
      expect.stringMatching(/^seeds\/entities\.json:10: entities\.3: .*"memberof"/),
    ]);
  });
});
