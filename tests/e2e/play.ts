// Drives a game through the page the way a person does: cards are clicked, tiles on
// the canvas are clicked at their on-screen position, overlays are confirmed. The only
// help from the page is read-only: where a tile's badge is and which tiles are ringed.
// Each step reads the whole screen in one evaluate and acts with one real mouse click,
// because software-rendered WebGL makes every round trip to the page costly.
import type { Page } from '@playwright/test';

export interface PlayOptions {
  /** Stop after this many actions (a guard against a stuck game). */
  readonly maxActions?: number;
  /** Called once with the page mid-game (for screenshots). */
  readonly midGame?: () => Promise<void>;
  /** Prefer the event for every n-th card played, to exercise both buttons. */
  readonly eventEvery?: number;
  /** Stop (returning the actions taken) as soon as this holds, checked before each action. */
  readonly until?: () => Promise<boolean>;
}

export interface Status {
  phase: string;
  currentPlayer: string;
  gameover: boolean;
  round: number;
  viewSeat: string;
  stateID: number;
}

export async function status(page: Page): Promise<Status> {
  const s = await page.evaluate(() => window.__ngg?.status() ?? null);
  if (s === null) throw new Error('table not mounted');
  return s;
}

/** Waits until the state moved on from `stateID` (or an overlay appeared). */
export async function settle(page: Page, stateID: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (id) =>
      (window.__ngg?.status().stateID ?? id) !== id ||
      document.querySelector('[data-testid="handoff"], [data-testid="gameover"], [data-testid="invest-option"]') !==
        null,
    stateID,
    { timeout, polling: 20 },
  );
}

export async function tilePoint(page: Page, tile: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((t) => window.__ngg?.tilePoint(t as never) ?? null, tile);
  if (p === null) throw new Error(`no position for ${tile}`);
  return p;
}

export async function clickTile(page: Page, tile: string): Promise<void> {
  const p = await tilePoint(page, tile);
  await page.mouse.click(p.x, p.y);
}

export async function waitForBoard(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ngg?.tilePoint('astana') != null, undefined, { timeout: 20_000 });
}

interface Screen {
  over: boolean;
  handoff: [number, number] | null;
  st: Status | null;
  /** Centres of clickable things, in page coordinates. */
  policy: [number, number] | null;
  ops: [number, number] | null;
  event: [number, number] | null;
  invest: [number, number] | null;
  soft: [number, number] | null;
  end: [number, number] | null;
  ringed: { x: number; y: number }[];
}

function read(page: Page): Promise<Screen> {
  // A string, not a function: the test runner's transpiler would add helpers the page lacks.
  return page.evaluate(`(() => {
    const at = (sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 ? [r.left + r.width / 2, r.top + r.height / 2] : null;
    };
    const n = window.__ngg;
    return {
      over: document.querySelector('[data-testid="gameover"]') !== null,
      handoff: at('[data-testid="handoff-ready"]'),
      st: n ? n.status() : null,
      policy: at('[data-play="policy"]'),
      ops: at('.hand [data-play="ops"]'),
      event: at('.hand [data-play="event"]'),
      invest: at('[data-testid="invest-option"]'),
      soft: at('[data-soft]'),
      end: at('[data-testid="end-play"]'),
      ringed: n ? n.legalTiles().map((t) => n.tilePoint(t)).filter((p) => p !== null) : [],
    };
  })()`) as Promise<Screen>;
}

/** Plays the seats this page controls by clicking until the game-over sheet shows (or `until` holds). */
export async function playByClicking(page: Page, opts: PlayOptions = {}): Promise<number> {
  let actions = 0;
  let cards = 0;
  let mid = opts.midGame;
  const max = opts.maxActions ?? 600;
  const click = async (p: [number, number] | { x: number; y: number }): Promise<void> => {
    if (Array.isArray(p)) await page.mouse.click(p[0], p[1]);
    else await page.mouse.click(p.x, p.y);
  };
  while (actions < max) {
    const s = await read(page);
    if (s.over) return actions;
    if (opts.until !== undefined && (await opts.until())) return actions;
    if (s.handoff !== null) {
      await click(s.handoff);
      await page.waitForFunction(() => document.querySelector('[data-testid="handoff"]') === null, undefined, {
        timeout: 5000,
        polling: 20,
      });
      continue;
    }
    const st = s.st;
    if (st === null) throw new Error('table not mounted');
    const mine = st.currentPlayer === st.viewSeat && (st.phase === 'actions' || st.phase === 'kazakhstan');
    if (!mine) {
      // The computer's turn, or the rules resolving a phase: wait for the state to move.
      await settle(page, st.stateID).catch(() => undefined);
      continue;
    }
    if (mid !== undefined && st.round >= 2) {
      await mid();
      mid = undefined;
    }
    actions++;
    if (process.env.E2E_TRACE !== undefined)
      console.log(`  action ${actions}: round ${st.round} ${st.phase} seat ${st.currentPlayer} state ${st.stateID}`);
    let target: [number, number] | { x: number; y: number } | null;
    if (s.invest !== null) target = s.invest;
    else if (s.ops !== null) {
      cards++;
      target = opts.eventEvery !== undefined && cards % opts.eventEvery === 0 && s.event !== null ? s.event : s.ops;
    } else if (s.ringed.length > 0) target = s.ringed[Math.floor(Math.random() * s.ringed.length)] ?? null;
    else if (s.policy !== null) target = s.policy;
    else if (s.soft !== null) target = s.soft;
    else target = s.end;
    if (target === null) throw new Error(`nothing to click for seat ${st.currentPlayer} in ${st.phase}`);
    await click(target);
    // A refused event (the opponent's card) or an invest chooser leaves the state as it was.
    await settle(page, st.stateID, 1500).catch(async () => {
      const again = await read(page);
      if (again.st?.stateID === st.stateID && again.ops !== null) await click(again.ops);
      else if (again.invest !== null) await click(again.invest);
    });
  }
  throw new Error(`game not over after ${max} actions`);
}
