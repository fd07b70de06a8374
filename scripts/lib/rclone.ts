// Running rclone and reading what it did. rclone is a system program (Debian package
// `rclone`), not an npm package: it is looked for on PATH, or at $RCLONE.
import { spawn, spawnSync } from 'node:child_process';

export const RCLONE = process.env.RCLONE ?? 'rclone';

export const INSTALL_HINT =
  'rclone is not installed. Install it with `apt-get install -y rclone` (Debian/Ubuntu, as root), ' +
  '`brew install rclone` (macOS) or from https://rclone.org/downloads/, or set RCLONE to its path.';

/** rclone's version line ("rclone v1.60.1-DEV"), or throws with the way to install it. */
export const requireRclone = (): string => {
  const run = spawnSync(RCLONE, ['version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(INSTALL_HINT);
  return run.stdout.split('\n')[0]!.trim();
};

/** What one rclone run did to files, from its `--use-json-log -v` output. */
export interface RcloneReport {
  copied: string[];
  deleted: string[];
  /** Under --dry-run: what it would have copied or deleted, with sizes. */
  wouldCopy: { key: string; size: number }[];
  wouldDelete: { key: string; size: number }[];
  errors: string[];
}

interface LogLine {
  level?: string;
  msg?: string;
  object?: string;
  size?: number;
  skipped?: string;
}

/** Reads rclone's JSON log (one object a line; anything else is kept as an error line). */
export const parseRcloneLog = (log: string): RcloneReport => {
  const report: RcloneReport = {
    copied: [],
    deleted: [],
    wouldCopy: [],
    wouldDelete: [],
    errors: [],
  };
  for (const line of log.split('\n')) {
    if (!line.trim()) continue;
    let entry: LogLine;
    try {
      entry = JSON.parse(line) as LogLine;
    } catch {
      report.errors.push(line);
      continue;
    }
    const { msg = '', object, size = 0 } = entry;
    if (object && msg.startsWith('Copied')) report.copied.push(object);
    else if (object && msg === 'Deleted') report.deleted.push(object);
    else if (object && entry.skipped === 'copy') report.wouldCopy.push({ key: object, size });
    else if (object && entry.skipped === 'delete') report.wouldDelete.push({ key: object, size });
    else if (entry.level === 'error' || entry.level === 'critical') report.errors.push(msg);
  }
  return report;
};

/** Runs rclone with a JSON log; resolves with what it did, rejects when it fails. */
export const runRclone = (args: string[]): Promise<RcloneReport> =>
  new Promise((resolve, reject) => {
    const child = spawn(RCLONE, [...args, '--use-json-log', '--verbose', '--stats', '0'], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let log = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.on('error', () => reject(new Error(INSTALL_HINT)));
    child.on('close', (code) => {
      const report = parseRcloneLog(log);
      if (code === 0) resolve(report);
      else
        reject(
          new Error(`rclone ${args[0]} failed (exit ${code}):\n${report.errors.join('\n') || log}`),
        );
    });
  });
