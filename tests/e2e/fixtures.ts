// The browser tests' fixtures over Playwright's test runner:
// - `page` fails its test on any console error or uncaught exception in the page;
// - `shot(name)` saves a screenshot of the page under tests/e2e/screenshots/;
// - `gameServer` is the URL of the real game server (lobby, sockets, a temporary SQLite
//   file), started by the first test that asks for it and shared by the worker's tests.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test as base } from '@playwright/test';
import { startGameServer, freePort } from './server';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const SCREENSHOTS = join(here, 'screenshots');

interface TestFixtures {
  /** Saves a screenshot of the test's page as tests/e2e/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
}

interface WorkerFixtures {
  /** The real game server's URL, with a trailing slash. */
  gameServer: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    await use(page);
    expect(errors, 'no console error and no uncaught exception on the page').toEqual([]);
  },
  shot: async ({ page }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    });
  },
  gameServer: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ngg-e2e-'));
      const server = await startGameServer(root, await freePort(), join(dataDir, 'matches.sqlite'));
      try {
        await use(server.url);
      } finally {
        const exited = new Promise((ok) => server.proc.once('exit', ok));
        server.proc.kill('SIGTERM');
        await exited;
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect };
