// Runs the browser tests: builds nothing (run `npm run build` first, the npm script
// does), serves dist/ with `vite preview` on a free loopback port, launches the
// system Chromium headless, runs every tests/e2e/*.spec.ts, and exits non-zero on failure.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { SCREENSHOTS, tests } from './harness';
import { CHROMIUM_ARGS, findChromium, freePort, startGameServer, startPreview, waitForServer } from './server';

/** One test may take this long; the whole suite should stay under about four minutes. */
const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 120_000);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const specs = readdirSync(here)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
  for (const f of specs) await import(pathToFileURL(join(here, f)).href);
  const port = await freePort();
  const server = startPreview(root, port);
  const baseURL = `http://127.0.0.1:${port}/`;
  // The online specs play against the real server process, with a temporary SQLite file.
  const dataDir = mkdtempSync(join(tmpdir(), 'ngg-e2e-'));
  let game: Promise<{ proc: ChildProcess; url: string }> | undefined;
  const gameServer = async (): Promise<string> => {
    game ??= freePort().then((p) => startGameServer(root, p, join(dataDir, 'matches.sqlite')));
    return (await game).url;
  };
  let failed = 0;
  let ran = 0;
  const started = Date.now();
  try {
    await waitForServer(baseURL, 15_000);
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    });
    for (const t of tests) {
      if (only.length > 0 && !only.some((o) => t.name.includes(o))) continue;
      ran++;
      const context = await browser.newContext({
        viewport: t.viewport,
        reducedMotion: t.reducedMotion === true ? 'reduce' : 'no-preference',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
      const t0 = Date.now();
      try {
        const body = t.fn({
          page,
          baseURL,
          browser,
          gameServer,
          shot: async (name) => void (await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })),
        });
        const limitMs = t.timeoutMs ?? TEST_TIMEOUT_MS;
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise<never>((_, fail) => {
          timer = setTimeout(() => fail(new Error(`timed out after ${limitMs / 1000} s`)), limitMs);
        });
        try {
          await Promise.race([body, limit]);
        } finally {
          clearTimeout(timer);
        }
        if (errors.length > 0) throw new Error(`console errors:\n  ${errors.join('\n  ')}`);
        console.log(`ok   ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(
          `FAIL ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n  ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
        await page
          .screenshot({ path: join(SCREENSHOTS, `failed-${t.name.replace(/\W+/g, '-')}.png`) })
          .catch(() => undefined);
      }
      await context.close();
    }
    await browser.close();
  } finally {
    server.kill('SIGTERM');
    if (game !== undefined) (await game.catch(() => undefined))?.proc.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`browser tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`e2e: ${ran - failed} passed, ${failed} failed`);
  // No test run at all (a bad filter, a server that never came up) is a failure too.
  process.exitCode = failed === 0 && ran > 0 ? 0 : 1;
}

await main();
