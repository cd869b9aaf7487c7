import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort, tempDir } from './helpers';

describe('npm start', () => {
  it('builds the client, serves the page and the lobby on the printed URL, and stops on SIGTERM', async () => {
    const port = await freePort();
    const data = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, PORT: String(port), DATA_DIR: data.dir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 90_000);
        const poll = setInterval(() => {
          const m = /New Great Game: (http:\/\/\S+)/.exec(out);
          if (m?.[1] !== undefined) {
            clearTimeout(timer);
            clearInterval(poll);
            resolve(m[1]);
          }
        }, 100);
      });
      expect(url).toBe(`http://127.0.0.1:${port}`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('New Great Game');
      const lobby = await fetch(`${url}/games/new-great-game`);
      expect(await lobby.json()).toEqual({ matches: [] });
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      data.remove();
    }
  });
});
