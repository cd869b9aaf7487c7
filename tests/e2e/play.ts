// Drives a game through the page the way a person does: cards are clicked, tiles on
// the canvas are clicked at their on-screen position, overlays are confirmed. The only
// help from the page is read-only: where a tile's badge is and which tiles are ringed.
import type { Page } from 'playwright-core';

export interface PlayOptions {
  /** Stop after this many actions (a guard against a stuck game). */
  readonly maxActions?: number;
  /** Called once with the page mid-game (for screenshots). */
  readonly midGame?: () => Promise<void>;
  /** Prefer the event for the n-th card played, to exercise both buttons. */
  readonly eventEvery?: number;
}

export async function status(page: Page): Promise<{ phase: string; currentPlayer: string; gameover: boolean; round: number; viewSeat: string; stateID: number }> {
  const s = await page.evaluate(() => window.__ngg?.status() ?? null);
  if (s === null) throw new Error('table not mounted');
  return s;
}

/** Waits until the state moved on from `stateID` (or an overlay appeared). */
export async function settle(page: Page, stateID: number): Promise<void> {
  await page.waitForFunction(
    (id) => (window.__ngg?.status().stateID ?? id) !== id || document.querySelector('[data-testid="handoff"], [data-testid="gameover"]') !== null,
    stateID,
    { timeout: 10_000, polling: 20 },
  );
}

export async function clickTile(page: Page, tile: string): Promise<void> {
  const p = await page.evaluate((t) => window.__ngg?.tilePoint(t as never) ?? null, tile);
  if (p === null) throw new Error(`no position for ${tile}`);
  await page.mouse.click(p.x, p.y);
}

export async function waitForBoard(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ngg?.tilePoint('astana') != null, undefined, { timeout: 20_000 });
}

/** Plays the seats this page controls by clicking until the game-over sheet shows. */
export async function playByClicking(page: Page, opts: PlayOptions = {}): Promise<number> {
  let actions = 0;
  let cards = 0;
  let mid = opts.midGame;
  const max = opts.maxActions ?? 600;
  while (actions < max) {
    if (await page.getByTestId('gameover').isVisible()) return actions;
    if (await page.getByTestId('handoff').isVisible()) {
      await page.getByTestId('handoff-ready').click();
      continue;
    }
    const st = await status(page);
    const mine = st.currentPlayer === st.viewSeat && (st.phase === 'actions' || st.phase === 'kazakhstan');
    if (!mine) {
      // The computer's turn, or the rules resolving a phase: wait for the state to move.
      await page.waitForFunction(
        (id) => (window.__ngg?.status().stateID ?? id) !== id || document.querySelector('[data-testid="gameover"]') !== null,
        st.stateID,
        { timeout: 10_000, polling: 25 },
      );
      continue;
    }
    if (mid !== undefined && st.round >= 2) {
      await mid();
      mid = undefined;
    }
    actions++;
    if (process.env.E2E_TRACE !== undefined) console.log(`  action ${actions}: round ${st.round} ${st.phase} seat ${st.currentPlayer} state ${st.stateID}`);
    const policy = page.locator('[data-play="policy"]').first();
    if (await policy.isVisible()) {
      await policy.click();
      await settle(page, st.stateID);
      continue;
    }
    const ops = page.locator('[data-play="ops"]').first();
    if (await ops.isVisible()) {
      cards++;
      const useEvent = opts.eventEvery !== undefined && cards % opts.eventEvery === 0;
      const btn = useEvent ? page.locator('[data-play="event"]').first() : ops;
      await btn.click();
      // An event the rules refuse (an opponent's card) leaves a reason; then play for ops.
      if (useEvent && (await page.getByTestId('reason').isVisible())) await ops.click();
      await settle(page, st.stateID);
      continue;
    }
    const ringed = await page.evaluate(() => window.__ngg?.legalTiles() ?? []);
    const target = ringed[Math.floor(Math.random() * ringed.length)];
    if (target !== undefined) {
      await clickTile(page, target);
      const option = page.getByTestId('invest-option').first();
      if (await option.isVisible().catch(() => false)) await option.click();
      await settle(page, st.stateID);
      continue;
    }
    const soft = page.locator('[data-soft]').first();
    if (await soft.isVisible()) {
      await soft.click();
      await settle(page, st.stateID);
      continue;
    }
    await page.getByTestId('end-play').click();
    await settle(page, st.stateID);
  }
  throw new Error(`game not over after ${max} actions`);
}
