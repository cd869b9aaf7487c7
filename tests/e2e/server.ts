// Serving the built client for browser tests and the client bench: `vite preview` on a
// free loopback port, and the Chromium flags that suit a headless, network-less machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';

/** The system Chromium: CHROMIUM_PATH if set, else the first chromium on the PATH. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    for (const name of ['chromium', 'chromium-browser', 'google-chrome'])
      if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  throw new Error('no Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

export async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

export function startPreview(root: string, port: number): ChildProcess {
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  return spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * The real one-process server (lobby, sockets, SQLite in a temporary file) serving the
 * built client, for the online specs. Resolves with its URL once it printed it.
 */
export function startGameServer(
  root: string,
  port: number,
  dbPath: string,
): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DB_PATH: dbPath, BOT_DELAY_MS: '100', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`game server did not start: ${output.join('')}`)), 30_000);
    proc.stdout?.on('data', (b: Buffer) => {
      output.push(b.toString());
      const m = /New Great Game: (http:\/\/\S+)/.exec(output.join(''));
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        ok({ proc, url: `${m[1]}/` });
      }
    });
    proc.stderr?.on('data', (b: Buffer) => output.push(b.toString()));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`game server exited with ${code}: ${output.join('')}`));
    });
  });
}
