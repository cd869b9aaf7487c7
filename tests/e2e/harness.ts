// A small browser-test harness over playwright-core (which ships no test runner):
// specs register tests here; the runner launches Chromium once and gives each test a
// fresh page that fails the test on any console error or uncaught exception.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export interface TestContext {
  readonly page: Page;
  readonly baseURL: string;
  readonly browser: Browser;
  /** Saves a screenshot under tests/e2e/screenshots/. */
  shot: (name: string) => Promise<void>;
  /** The real game server (started on first use, shared by the online specs): its URL. */
  gameServer: () => Promise<string>;
}

export interface TestCase {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  readonly fn: (t: TestContext) => Promise<void>;
  readonly reducedMotion?: boolean;
  readonly timeoutMs?: number;
}

export const tests: TestCase[] = [];

export function test(
  name: string,
  fn: (t: TestContext) => Promise<void>,
  opts: { viewport?: { width: number; height: number }; reducedMotion?: boolean; timeoutMs?: number } = {},
): void {
  tests.push({
    name,
    fn,
    viewport: opts.viewport ?? { width: 1280, height: 720 },
    ...(opts.reducedMotion !== undefined ? { reducedMotion: opts.reducedMotion } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
  });
}

export const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export function expect(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`expected: ${message}`);
}
