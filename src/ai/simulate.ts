// Many self-play games and the figures the balance work reads: win rates, length,
// how operations were spent, where Kazakhstan's values ended, and which lens
// (material or ideational) moved the game. Metric names are kept stable.
import { ACTIONS, LENSES, VALUES, type ActionType, type Lens, type ValueId } from '../content/ids';
import type { SetupData } from '../game/setup';
import { logEntries } from '../game/log';
import type { GameState } from '../game/state';
import type { Bot } from './bot';
import { playOne } from './selfplay';

export interface SimOptions {
  readonly games: number;
  readonly seed: string;
  readonly setup: SetupData;
  readonly bots: readonly Bot[];
}

export interface SimReport {
  games: number;
  completed: number;
  errors: number;
  errorSamples: string[];
  wins: { russia: number; china: number; kazakhstan: number; draw: number };
  winRate: { russia: number; china: number; kazakhstan: number; draw: number };
  avgRounds: number;
  avgMoves: number;
  stepsPerSecond: number;
  actionShare: Record<ActionType, number>;
  kzFinalValues: Record<ValueId, [number, number, number]>;
  lensShare: Record<Lens, number>;
  endReasons: Record<string, number>;
  avgFinalRope: number;
}

function spread(xs: number[]): [number, number, number] {
  if (xs.length === 0) return [0, 0, 0];
  const s = [...xs].sort((a, b) => a - b);
  return [s[0] ?? 0, s[Math.floor((s.length - 1) / 2)] ?? 0, s[s.length - 1] ?? 0];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Sum of absolute changes to influence, values and the rope, by lens. */
export function lensTotals(G: GameState): Record<Lens, number> {
  const t: Record<Lens, number> = { material: 0, ideational: 0 };
  for (const e of logEntries(G)) if (e.kind === 'influence' || e.kind === 'value' || e.kind === 'rope') t[e.lens] += Math.abs(e.delta);
  return t;
}

export function simulate(opts: SimOptions): SimReport {
  const wins = { russia: 0, china: 0, kazakhstan: 0, draw: 0 };
  const ops = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<ActionType, number>;
  const finals = Object.fromEntries(VALUES.map((v) => [v, [] as number[]])) as Record<ValueId, number[]>;
  const lens: Record<Lens, number> = { material: 0, ideational: 0 };
  const endReasons: Record<string, number> = {};
  const errorSamples: string[] = [];
  let completed = 0;
  let errors = 0;
  let rounds = 0;
  let moves = 0;
  let reducerMs = 0;
  let ropeSum = 0;
  for (let i = 0; i < opts.games; i++) {
    const r = playOne({ seed: `${opts.seed}:${i}`, setup: opts.setup, bots: opts.bots });
    moves += r.moves;
    reducerMs += r.reducerMs;
    if (r.error !== null) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`game ${i}: ${r.error}`);
      continue;
    }
    const G = r.state.G;
    const res = G.result;
    if (res === null) continue;
    completed++;
    if ('draw' in res) wins.draw++;
    else wins[res.winner]++;
    endReasons[res.reason] = (endReasons[res.reason] ?? 0) + 1;
    rounds += G.round;
    ropeSum += G.rope;
    for (const a of ACTIONS) ops[a] += G.opsSpent[a];
    for (const v of VALUES) finals[v].push(G.values[v]);
    const lt = lensTotals(G);
    for (const l of LENSES) lens[l] += lt[l];
  }
  const opsTotal = ACTIONS.reduce((s, a) => s + ops[a], 0) || 1;
  const lensTotal = lens.material + lens.ideational || 1;
  const n = completed || 1;
  return {
    games: opts.games,
    completed,
    errors,
    errorSamples,
    wins,
    winRate: {
      russia: round3(wins.russia / n),
      china: round3(wins.china / n),
      kazakhstan: round3(wins.kazakhstan / n),
      draw: round3(wins.draw / n),
    },
    avgRounds: round3(rounds / n),
    avgMoves: round3(moves / (opts.games || 1)),
    stepsPerSecond: Math.round(moves / (reducerMs / 1000 || 1)),
    actionShare: Object.fromEntries(ACTIONS.map((a) => [a, round3(ops[a] / opsTotal)])) as Record<ActionType, number>,
    kzFinalValues: Object.fromEntries(VALUES.map((v) => [v, spread(finals[v])])) as Record<ValueId, [number, number, number]>,
    lensShare: { material: round3(lens.material / lensTotal), ideational: round3(lens.ideational / lensTotal) },
    endReasons,
    avgFinalRope: round3(ropeSum / n),
  };
}
