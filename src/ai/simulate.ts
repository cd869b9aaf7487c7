// Many self-play games and the figures the balance work reads: win rates (with 95 %
// Wilson intervals), length, how operations were spent, where Kazakhstan's values
// ended, and which lens (material or ideational) moved the game. Metric names are
// kept stable. Games are numbered and seeded by number, so a run split over worker
// threads (tally() on each share, merge(), report()) gives the same figures as one.
import { ACTIONS, LENSES, VALUES, type ActionType, type Lens, type ValueId } from '../content/ids';
import type { SetupData } from '../game/setup';
import { counterfactual } from '../game/counterfactual';
import { logEntries } from '../game/log';
import type { GameState } from '../game/state';
import type { Bot } from './bot';
import { playOne } from './selfplay';
import { addDepth, depthReport, emptyDepth, mergeDepth, type DepthReport, type DepthTally } from './metrics';

export interface SimOptions {
  readonly games: number;
  readonly seed: string;
  readonly setup: SetupData;
  readonly bots: readonly Bot[];
}

type Outcome = 'russia' | 'china' | 'kazakhstan' | 'draw';

export interface SimReport {
  games: number;
  completed: number;
  errors: number;
  errorSamples: string[];
  wins: Record<Outcome, number>;
  winRate: Record<Outcome, number>;
  /** 95 % Wilson score interval of each win rate, [low, high]. */
  winRateCI: Record<Outcome, [number, number]>;
  avgRounds: number;
  avgMoves: number;
  stepsPerSecond: number;
  actionShare: Record<ActionType, number>;
  kzFinalValues: Record<ValueId, [number, number, number]>;
  lensShare: Record<Lens, number>;
  /** Share of completed games whose winner differs when replayed in the realist world (world.ts). */
  valuesChangedWinnerShare: number;
  /** Per completed game, the stored moves the realist replay dropped and the moves it filled in. */
  realistReplay: { droppedPerGame: number; filledPerGame: number };
  endReasons: Record<string, number>;
  avgFinalRope: number;
  /** Games that ended on the rope before the last round's end, of completed games. */
  ropeEndShare: number;
}

/** Raw counts from a share of the games; plain data, so it crosses a worker thread. */
export interface Tally {
  games: number;
  completed: number;
  errors: number;
  errorSamples: string[];
  wins: Record<Outcome, number>;
  ops: Record<ActionType, number>;
  finals: Record<ValueId, number[]>;
  lens: Record<Lens, number>;
  valuesChangedWinner: number;
  realistDropped: number;
  realistFilled: number;
  endReasons: Record<string, number>;
  rounds: number;
  moves: number;
  reducerMs: number;
  ropeSum: number;
  depth: DepthTally;
}

export function emptyTally(): Tally {
  return {
    games: 0,
    completed: 0,
    errors: 0,
    errorSamples: [],
    wins: { russia: 0, china: 0, kazakhstan: 0, draw: 0 },
    ops: Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<ActionType, number>,
    finals: Object.fromEntries(VALUES.map((v) => [v, [] as number[]])) as Record<ValueId, number[]>,
    lens: { material: 0, ideational: 0 },
    valuesChangedWinner: 0,
    realistDropped: 0,
    realistFilled: 0,
    endReasons: {},
    rounds: 0,
    moves: 0,
    reducerMs: 0,
    ropeSum: 0,
    depth: emptyDepth(),
  };
}

function spread(xs: number[]): [number, number, number] {
  if (xs.length === 0) return [0, 0, 0];
  const s = [...xs].sort((a, b) => a - b);
  return [s[0] ?? 0, s[Math.floor((s.length - 1) / 2)] ?? 0, s[s.length - 1] ?? 0];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The 95 % Wilson score interval for k successes in n trials. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [round3(Math.max(0, centre - half)), round3(Math.min(1, centre + half))];
}

/** Sum of absolute changes to influence, values and the rope, by lens. */
export function lensTotals(G: GameState): Record<Lens, number> {
  const t: Record<Lens, number> = { material: 0, ideational: 0 };
  for (const e of logEntries(G))
    if (e.kind === 'influence' || e.kind === 'value' || e.kind === 'rope') t[e.lens] += Math.abs(e.delta);
  return t;
}

/** Play the games numbered i with i % of[1] === of[0] (all of them by default) and count. */
export function tally(opts: SimOptions, share: readonly [number, number] = [0, 1]): Tally {
  const t = emptyTally();
  for (let i = share[0]; i < opts.games; i += share[1]) {
    t.games++;
    const r = playOne({ seed: `${opts.seed}:${i}`, setup: opts.setup, bots: opts.bots });
    t.moves += r.moves;
    t.reducerMs += r.reducerMs;
    if (r.error !== null) {
      t.errors++;
      if (t.errorSamples.length < 5) t.errorSamples.push(`game ${i}: ${r.error}`);
      continue;
    }
    const G = r.state.G;
    const res = G.result;
    if (res === null) continue;
    t.completed++;
    if ('draw' in res) t.wins.draw++;
    else t.wins[res.winner]++;
    t.endReasons[res.reason] = (t.endReasons[res.reason] ?? 0) + 1;
    t.rounds += G.round;
    t.ropeSum += G.rope;
    for (const a of ACTIONS) t.ops[a] += G.opsSpent[a];
    for (const v of VALUES) t.finals[v].push(G.values[v]);
    const lt = lensTotals(G);
    for (const l of LENSES) t.lens[l] += lt[l];
    addDepth(t.depth, G, r.moves);
    const cf = counterfactual({ seed: `${opts.seed}:${i}`, setup: opts.setup, actions: r.actions }, r.state);
    if (cf.winnerChanged) t.valuesChangedWinner++;
    t.realistDropped += cf.realist.dropped.length;
    t.realistFilled += cf.realist.filled;
  }
  return t;
}

export function merge(parts: readonly Tally[]): Tally {
  const t = emptyTally();
  for (const p of parts) {
    t.games += p.games;
    t.completed += p.completed;
    t.errors += p.errors;
    for (const s of p.errorSamples) if (t.errorSamples.length < 5) t.errorSamples.push(s);
    for (const k of Object.keys(t.wins) as Outcome[]) t.wins[k] += p.wins[k];
    for (const a of ACTIONS) t.ops[a] += p.ops[a];
    for (const v of VALUES) t.finals[v].push(...p.finals[v]);
    for (const l of LENSES) t.lens[l] += p.lens[l];
    t.valuesChangedWinner += p.valuesChangedWinner;
    t.realistDropped += p.realistDropped;
    t.realistFilled += p.realistFilled;
    for (const [k, n] of Object.entries(p.endReasons)) t.endReasons[k] = (t.endReasons[k] ?? 0) + n;
    t.rounds += p.rounds;
    t.moves += p.moves;
    t.reducerMs += p.reducerMs;
    t.ropeSum += p.ropeSum;
    mergeDepth(t.depth, p.depth);
  }
  return t;
}

export function report(t: Tally): SimReport & DepthReport {
  const opsTotal = ACTIONS.reduce((s, a) => s + t.ops[a], 0) || 1;
  const lensTotal = t.lens.material + t.lens.ideational || 1;
  const n = t.completed || 1;
  const outcomes: Outcome[] = ['russia', 'china', 'kazakhstan', 'draw'];
  return {
    games: t.games,
    completed: t.completed,
    errors: t.errors,
    errorSamples: t.errorSamples,
    wins: { ...t.wins },
    winRate: Object.fromEntries(outcomes.map((o) => [o, round3(t.wins[o] / n)])) as Record<Outcome, number>,
    winRateCI: Object.fromEntries(outcomes.map((o) => [o, wilson(t.wins[o], t.completed)])) as Record<
      Outcome,
      [number, number]
    >,
    avgRounds: round3(t.rounds / n),
    avgMoves: round3(t.moves / (t.games || 1)),
    stepsPerSecond: Math.round(t.moves / (t.reducerMs / 1000 || 1)),
    actionShare: Object.fromEntries(ACTIONS.map((a) => [a, round3(t.ops[a] / opsTotal)])) as Record<ActionType, number>,
    kzFinalValues: Object.fromEntries(VALUES.map((v) => [v, spread(t.finals[v])])) as Record<
      ValueId,
      [number, number, number]
    >,
    lensShare: { material: round3(t.lens.material / lensTotal), ideational: round3(t.lens.ideational / lensTotal) },
    valuesChangedWinnerShare: round3(t.valuesChangedWinner / n),
    realistReplay: { droppedPerGame: round3(t.realistDropped / n), filledPerGame: round3(t.realistFilled / n) },
    endReasons: t.endReasons,
    avgFinalRope: round3(t.ropeSum / n),
    ropeEndShare: round3((t.endReasons.rope ?? 0) / n),
    ...depthReport(t.depth, t.completed, t.rounds),
  };
}

export function simulate(opts: SimOptions): SimReport & DepthReport {
  return report(tally(opts));
}
