// Group 'ai': how long the computer opponents think per decision, on this machine.
// Positions come from whole games of Standard against Standard (2013 scenario);
// every decision of those games is then timed again for each level, from the seat's
// own view, as the browser's worker or the server would ask. Each level goes through
// BOTS (so the re-deal of hidden cards is part of the time).
import type { Ctx, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { BOTS, type BotLevel } from '../../src/ai/bots';
import { seededRandom } from '../../src/ai/rng';
import { actingSeat, makeMove, seededGame } from '../../src/ai/selfplay';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import type { Metric } from './metric';

interface Position {
  readonly G: GameState;
  readonly ctx: Ctx;
  readonly seat: string;
}

function positions(seed: string): Position[] {
  const game = seededGame(seed);
  let s = InitializeGame({ game, numPlayers: 2 }) as State<GameState>;
  const reducer = CreateGameReducer({ game, isClient: false });
  const rand = seededRandom(seed);
  const out: Position[] = [];
  while (s.ctx.gameover === undefined) {
    const seat = actingSeat(s.ctx);
    const view = playerView(s.G, seat);
    out.push({ G: view, ctx: s.ctx, seat });
    const choice = BOTS.standard(view, s.ctx, seat, rand);
    if (choice === undefined) break;
    s = reducer(s, makeMove(choice.move, choice.args, seat)) as State<GameState>;
  }
  return out;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function timeLevel(level: BotLevel, ps: readonly Position[]): number[] {
  const rand = seededRandom(`bench:${level}`);
  const times: number[] = [];
  for (const p of ps) {
    const t0 = performance.now();
    BOTS[level](p.G, p.ctx, p.seat, rand);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

export async function benchAi(): Promise<Metric[]> {
  const ps = [...positions('bench-ai-1'), ...positions('bench-ai-2')];
  // Warm the code paths once before timing.
  timeLevel('standard', ps.slice(0, 40));
  const out: Metric[] = [{ name: 'ai.positions', value: ps.length, unit: 'decisions' }];
  for (const level of ['standard', 'hard'] as const) {
    const t = timeLevel(level, ps);
    out.push({ name: `ai.${level}.p50Ms`, value: r2(percentile(t, 0.5)), unit: 'ms' });
    out.push({ name: `ai.${level}.p95Ms`, value: r2(percentile(t, 0.95)), unit: 'ms' });
    out.push({ name: `ai.${level}.maxMs`, value: r2(t[t.length - 1] ?? 0), unit: 'ms' });
  }
  return out;
}
