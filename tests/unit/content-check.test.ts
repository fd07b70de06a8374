// The CLI as an editor and CI use it: real process, real exit codes and streams.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS } from './support.ts';

/** A seeds folder outside git, with the project's registry and these story files. */
const seedsFolder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  copyFileSync(join(SEEDS, 'entities.json'), join(dir, 'entities.json'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

const viteBuild = (dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SEEDS_DIR: dir, OUT_DIR: mkdtempSync(join(tmpdir(), 'out-')) },
  });

const check = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/content-check.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );

// Each test starts Node with tsx (and one a Vite build): about 2 s of CPU, far more than
// Vitest's 5 s default allows on a loaded 2-core machine. Not a timing assertion.
describe('content:check', { timeout: 60_000 }, () => {
  it('prints only JSON with --json, with the documented fields', () => {
    const run = check('--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { articles: Record<string, unknown>[] };
    expect(out.articles).toHaveLength(5);
    expect(Object.keys(out.articles[0]!).sort()).toEqual([
      'date',
      'event',
      'file',
      'slug',
      'tags',
      'text',
      'title',
      'url',
    ]);
    expect(out.articles[0]).toMatchObject({
      file: 'seeds/000_ee7f1141ed4cba78.txt',
      url: expect.stringMatching(/^\/articles\/all-of-us-are-dead-/),
    });
    expect(out.articles[1]!.text).toContain('\n\nFastest song in Spotify history');
    // Each tag says what made it: the knowledge, a relative the story names, or a rule.
    expect(out.articles[1]!.tags).toEqual(
      expect.arrayContaining([
        { id: 'bts', name: 'BTS', kind: 'group', evidence: ['knowledge'] },
        expect.objectContaining({ id: 'payphone', evidence: ['found by quoted-title'] }),
      ]),
    );
    // The director's interview, reported three times that morning: one event, whose id is
    // the slug of its first report; the other stories are events of their own.
    const events = new Map<string, string[]>();
    for (const a of out.articles as { slug: string; event: string }[])
      events.set(a.event, [...(events.get(a.event) ?? []), a.slug]);
    expect([...events.values()].map((slugs) => slugs.length).sort()).toEqual([1, 1, 3]);
    const interview = [...events].find(([, slugs]) => slugs.length === 3)!;
    expect(interview[1].every((slug) => slug.startsWith('all-of-us-are-dead-director-'))).toBe(
      true,
    );
    expect(interview[0]).toBe(out.articles[0]!.slug);
    // Committed seeds: dated by their first commit, nothing provisional.
    expect(out.articles[0]!.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    expect(run.stderr).not.toMatch(/provisional/);
  });

  it('lists every story’s tags with what made each, with --tags', () => {
    const run = check('--tags');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^seeds\/000_ee7f1141ed4cba78\.txt:1 "All of Us Are Dead"/);
    expect(run.stdout).toMatch(/character Eun Ji {2}\[knowledge, a relative named\]/);
    expect(run.stdout).toMatch(/show {6}Dark Desire {2}\[found by quoted-title\]/);
  });

  it('counts the stories with provisional dates and says what to do about them', () => {
    const dir = seedsFolder({
      'a.txt': '• Title\n\nBody.\n\n• Another\n\nBody.\n',
      'b.txt': 'Dated\nDate: 2025-03-14\n\nBody.\n',
    });
    const run = check('--json', '--seeds', dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/2 stories have provisional dates: 1 file has no git history/);
    expect(run.stderr).toMatch(/give each story a date line under its title: Date: 2025-03-14/);
    expect(run.stderr).toMatch(/commit the files \(git add seeds && git commit\)[\s\S]*a\.txt/);
    expect(run.stderr).not.toMatch(/b\.txt/);
    const out = JSON.parse(run.stdout) as { articles: { title: string; date: string }[] };
    expect(out.articles.find((a) => a.title === 'Dated')?.date).toBe('2025-03-14T00:00:00Z');
  });

  it('lists skipped files and warnings, and escapes control characters in them', () => {
    const dir = seedsFolder({
      'a.txt': 'Far\nDate: 9999-12-31\n\nBody \u202eevil\u202c text.\n',
      'notes.md': '# a story saved as Markdown\n',
      'esc\u001b[2J.md': 'x',
    });
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'b.txt'), 'Draft\n\nBody.\n');
    const run = check('--seeds', dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Warning: .*a\.txt:2: date "9999-12-31" is \d+ days ahead/);
    expect(run.stderr).toMatch(/Warning: .*a\.txt:4: removed bidirectional control characters/);
    expect(run.stderr).toMatch(
      /Skipped 3 files in the seeds folder[^\n]*\n.*drafts\/b\.txt: in a subfolder[^\n]*\n.*esc\\x1b\[2J\.md: not a \.txt file\n.*notes\.md: not a \.txt file/,
    );
    expect(run.stderr).not.toContain('\u001b');
  });

  it('escapes a newline and an ESC in a file name and a title', () => {
    const dir = seedsFolder({ 'bad\nname.txt': '• Red \u001b[31malert\n\nBody.\n' });
    const run = check('--seeds', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /bad\\nname\.txt:1: title "Red \\x1b\[31malert" contains a control character\n/,
    );
    expect(run.stderr).not.toContain('\u001b');
  });

  it('the build prints the warnings and how many stories have provisional dates', () => {
    const dir = seedsFolder({
      'a.txt': '• One\n\nBody.\n\n• Two\n\nBody.\n\n• Three\nDate: 2025-01-01\n\nBody.\n',
      'b.txt': 'Far\nDate: 9999-12-31\n\nBody.\n',
    });
    const run = viteBuild(dir);
    expect(run.status).toBe(0);
    const log = run.stdout + run.stderr;
    expect(log).toMatch(/b\.txt:2: date "9999-12-31" is \d+ days ahead/);
    expect(log).toMatch(/2 stories have provisional dates \(no Date: line, file not committed\)/);
  });

  it('prints a summary for an editor with discovered names', () => {
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/articles: 5/);
    expect(run.stdout).toMatch(/Discovered names, already published as tags[\s\S]*Payphone/);
    // The events of more than one report, each report with how it joined.
    expect(run.stdout).toMatch(/Events with more than one report: 1 \(3 stories/);
    expect(run.stdout).toMatch(
      /all-of-us-are-dead-director-considers-the-possibility-of-season-2-9bec1f: joined all-of-us-are-dead-director-apologizes-[\w-]+ by same-event 0\.\d\d/,
    );
  });

  it('stops at a bad seeds/events.json, naming the file and line', () => {
    const dir = seedsFolder({ 'a.txt': '• Title\nDate: 2025-03-14\n\nBody.\n' });
    writeFileSync(join(dir, 'events.json'), '{\n  "join": [\n    ["title-000000", "x"]\n  ]\n}\n');
    const run = check('--seeds', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/events\.json:3: no story has the slug "title-000000"/);
    expect(run.stderr).toMatch(/events\.json:3: no story has the slug "x"/);
  });

  it('exits 1 with every problem on stderr and no stack trace', () => {
    const dir = seedsFolder({
      'a.txt': '',
      'b.txt': '• Title\n\nSource [1]\n',
      'c.txt': '• Same Story\n\nTold twice.\n',
      'd.txt': '• Same Story\n\nTold   twice.\n',
    });
    const run = check('--json', '--seeds', dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/a\.txt:1: file is empty/);
    expect(run.stderr).toMatch(/b\.txt:1: body of "Title" is missing/);
    expect(run.stderr).toMatch(/d\.txt:1: "Same Story" is the same story as .*c\.txt:1 /);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('stops the build the same way: every problem, exit 1, no stack trace', () => {
    const story = '• Same Story\n\nTold twice.\n';
    const dir = seedsFolder({
      'a.txt': '',
      'b.txt': '• Title\n\nSource [1]\n',
      'c.txt': story,
      'd.txt': story,
    });
    const run = viteBuild(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a\.txt:1: file is empty/);
    expect(run.stderr).toMatch(/b\.txt:1: body of "Title" is missing/);
    expect(run.stderr).toMatch(/d\.txt:1: "Same Story" is the same story as .*c\.txt:1 /);
    expect(run.stderr).not.toMatch(/\bat .*\.(?:ts|js|mjs):\d+/);
  });
});
