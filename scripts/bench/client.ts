// Group 'client': what a player waits for. Builds the client, serves it on loopback,
// and measures in headless Chromium: the bytes of the first load (gzipped), the time to
// an interactive first screen, to the board's first frame, the same for a blank Phaser
// game (Phaser's floor), and the median frame time while the board animates a move.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { staticFiles } from '../../src/server/static';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium, freePort, startPreview, waitForServer } from '../../tests/e2e/server';
import type { Metric } from './metric';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 3;

/**
 * The first screen's bytes, gzipped as a server would send them: index.html plus every
 * file the browser fetched before the menu was ready and its fonts loaded (scripts,
 * styles, the webfont subsets it uses). Fonts are already compressed; gzip barely moves them.
 */
export function firstLoadGzipBytes(dist: string, paths: readonly string[]): number {
  const files = [
    'index.html',
    ...new Set(paths.map((p) => p.replace(/^\/+/, '')).filter((p) => p.startsWith('assets/'))),
  ];
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

async function mark(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000, polling: 10 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1, name);
}

/** rAF intervals for `ms` after a click on a ringed tile (the board animates the new marker). */
async function frameTimes(page: Page): Promise<number[]> {
  await page.locator('.hand [data-play="ops"]').first().click();
  await page.waitForFunction(() => (window.__ngg?.legalTiles().length ?? 0) > 0, undefined, { timeout: 10_000 });
  const tile = await page.evaluate(() => window.__ngg?.legalTiles()[0] ?? null);
  if (tile === null) return [];
  const p = await page.evaluate((t) => window.__ngg?.tilePoint(t) ?? null, tile);
  if (p === null) return [];
  // Started before the click so the first animated frames are counted. A string, so the
  // transpiler's helpers never reach the page.
  const collecting = page.evaluate(`new Promise((ok) => {
    const ts = [];
    const t0 = performance.now();
    const f = (t) => { ts.push(t); if (t - t0 < 600) requestAnimationFrame(f); else ok(ts.slice(1).map((x, i) => x - ts[i])); };
    requestAnimationFrame(f);
  })`) as Promise<number[]>;
  await page.mouse.click(p.x, p.y);
  return collecting;
}

/**
 * Bytes over the wire, as Chromium counts them (transferSize: headers and compressed
 * bodies), from opening the page to the board's first frame of a game against the
 * computer, with the built client served by the game server's own static handler (which
 * sends the build's brotli copies) and an empty cache.
 */
async function firstGameTransfer(browser: Browser): Promise<number> {
  const http = createServer(staticFiles(join(root, 'dist')));
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const addr = http.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/?seed=bench-transfer`);
    await mark(page, 'ngg:menu-ready');
    await page.getByRole('button', { name: 'Play the computer' }).click();
    await mark(page, 'ngg:board-frame');
    return await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce(
        (sum, e) => sum + (e as PerformanceResourceTiming).transferSize,
        0,
      ),
    );
  } finally {
    await context.close();
    http.close();
  }
}

export async function benchClient(): Promise<Metric[]> {
  await build({ root, logLevel: 'silent' });
  const port = await freePort();
  const server = startPreview(root, port);
  const url = `http://127.0.0.1:${port}/`;
  const out = { firstScreen: [] as number[], board: [] as number[], blank: [] as number[], frames: [] as number[] };
  let firstLoad: string[] = [];
  let transfer: number;
  try {
    await waitForServer(url, 15_000);
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${url}?seed=bench-${i}`);
      out.firstScreen.push(await mark(page, 'ngg:menu-ready'));
      if (i === 0) {
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        firstLoad = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
        );
      }
      await page.getByRole('button', { name: 'Play the computer' }).click();
      const start = await mark(page, 'ngg:start');
      out.board.push((await mark(page, 'ngg:board-frame')) - start);
      await page.waitForTimeout(300);
      out.frames.push(...(await frameTimes(page)));
      await page.goto(`${url}?bench=blank-phaser`);
      const b0 = await mark(page, 'ngg:start');
      out.blank.push((await mark(page, 'ngg:blank-frame')) - b0);
      await context.close();
    }
    transfer = await firstGameTransfer(browser);
    await browser.close();
  } finally {
    server.kill('SIGTERM');
  }
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  return [
    { name: 'client.firstLoadGzipBytes', value: firstLoadGzipBytes(join(root, 'dist'), firstLoad), unit: 'bytes' },
    { name: 'client.firstGameTransferBytes', value: transfer, unit: 'bytes' },
    { name: 'client.firstScreenMs', value: round1(median(out.firstScreen)), unit: 'ms' },
    { name: 'client.boardFirstFrameMs', value: round1(median(out.board)), unit: 'ms' },
    { name: 'client.blankPhaserFirstFrameMs', value: round1(median(out.blank)), unit: 'ms' },
    { name: 'client.frameTimeMedianMs', value: round1(median(out.frames)), unit: 'ms' },
  ];
}
