// The browser tests: Playwright's runner driving the system Chromium (Debian's, or
// CHROMIUM_PATH; never a downloaded browser), one worker (the machine has two cores and
// each test plays whole games), the built client (run `npm run build` first; the npm
// script does) served by `vite preview` on a free loopback port, traces kept for the
// tests that fail.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, freePort } from './tests/e2e/server';

// The runner chooses the port once; its workers load this file again and inherit the
// choice through the environment.
process.env.NGG_E2E_PORT ??= String(await freePort());
const port = Number(process.env.NGG_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  tsconfig: './tests/e2e/tsconfig.runner.json',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // One test may take this long unless it says otherwise; whole games are played by clicking.
  timeout: Number(process.env.E2E_TEST_TIMEOUT_MS ?? 120_000),
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    baseURL,
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'no-preference',
    // Kept only for a failed test: the actions, console, network and a filmstrip. DOM snapshots of
    // every step would add half again to the run (the board is a canvas they cannot show anyway);
    // E2E_TRACE_SNAPSHOTS=1 adds them when a failure needs them.
    trace: {
      mode: 'retain-on-failure',
      screenshots: true,
      snapshots: process.env.E2E_TRACE_SNAPSHOTS === '1',
      sources: true,
    },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `"${process.execPath}" node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
