// Starts scripts/serve.mjs on a free port and resolves with its URL and a way to stop it.
import { spawn } from 'node:child_process';

export interface Served {
  url: string;
  /** The server's process id: `npm run bench:serve` reads its peak memory from /proc. */
  pid: number;
  close: () => Promise<void>;
}

/** `spa`: unknown paths get index.html with status 200, like a host's SPA fallback rewrite. */
export const serveDist = (dir = 'dist', { spa = false } = {}): Promise<Served> => {
  const args = ['scripts/serve.mjs', '--port', '0', '--dir', dir, ...(spa ? ['--spa'] : [])];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const close = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/\S+?)\/?\s/.exec(output);
      // The server listens on 127.0.0.1 only; "localhost" could resolve to ::1 first.
      if (match?.[1])
        resolve({ url: match[1].replace('localhost', '127.0.0.1'), pid: child.pid!, close });
    });
  });
};
