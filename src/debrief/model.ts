// The debrief's numbers, from a match's state alone (finished or still running): the
// rope and Kazakhstan's values round by round, the events that fired, how much each
// power gained through material and through ideational means (read from the lens
// log), the result, and the reflection prompts keyed to the events that fired. A class
// aggregate sums many matches. Pure: no DOM, no Node, nothing random.
import { CARD_BY_ID, EVENT_BY_ID } from '../content/index';
import { LENSES, POWERS, VALUES, type Lens, type Power, type ValueId } from '../content/ids';
import type { HistoryNote } from '../content/types';
import { ESSAY_PROMPT, promptFor, type ReflectionPrompt } from '../content/prompts';
import { FINAL_YEAR, SCENARIOS } from '../content/scenarios';
import { logEntries } from '../game/log';
import { controlledTiles } from '../game/selectors';
import { initialState } from '../game/setup';
import type { Cause, GameState, LogEntry, Result } from '../game/state';
import type { StoredGame } from '../game/counterfactual';
import { realistDebrief, type NoRealist, type RealistDebrief } from './realist';

export type LensSums = Record<Lens, number>;
export type CauseType = Cause['type'];

/** One round of a match: the state at its end (or now, for a round under way). */
export interface RoundPoint {
  readonly round: number;
  readonly year: number;
  /** -20 (Moscow) .. +20 (Beijing). */
  readonly rope: number;
  readonly values: Readonly<Record<ValueId, number>>;
  /** Tiles each power controls. */
  readonly control: Readonly<Record<Power, number>>;
  /** False for the round under way (or the one a rope win cut short): its numbers are the latest. */
  readonly complete: boolean;
  /** What the rope moved toward each power during this round, by lens. */
  readonly ropePull: Readonly<Record<Power, LensSums>>;
  /** World events that resolved this round (scheduled first, injected ones marked). */
  readonly events: readonly string[];
}

export type EventKind = 'historical' | 'speculative';

export interface FiredEvent {
  readonly id: string;
  readonly title: string;
  /** A world event (the news) or a historical card played for its event. */
  readonly type: 'news' | 'card';
  readonly round: number;
  /** The year the game was in when it fired. */
  readonly gameYear: number;
  /** The year of the fact behind it, with its source. */
  readonly year: number;
  readonly source: string;
  readonly fact: string;
  readonly kind: EventKind;
  /** Injected by the teacher rather than drawn from the schedule. */
  readonly injected: boolean;
}

export interface PowerLens {
  /** Steps the rope moved toward this power, by lens. */
  readonly rope: LensSums;
  /** Influence this power gained on the board, by lens. */
  readonly influence: LensSums;
  /** The rope steps toward this power by cause (card, action, scoring, ...) and lens. */
  readonly ropeByCause: Readonly<Partial<Record<CauseType, LensSums>>>;
}

export interface PromptItem extends ReflectionPrompt {
  readonly event: string;
  readonly title: string;
}

export interface MatchDebrief {
  readonly id: string;
  readonly label: string;
  readonly scenario: string;
  readonly scenarioTitle: string;
  readonly players: 2 | 3;
  readonly finished: boolean;
  readonly result: Result | null;
  /** 'russia' | 'china' | 'kazakhstan' | 'draw', or null while the match runs. */
  readonly winner: Power | 'kazakhstan' | 'draw' | null;
  /** The opening position (round 0) and then one point per round reached. */
  readonly start: Omit<RoundPoint, 'ropePull' | 'events' | 'complete'>;
  readonly rounds: readonly RoundPoint[];
  /** The position now: after the final scoring once the match is over. */
  readonly final: {
    readonly year: number;
    readonly rope: number;
    readonly values: Readonly<Record<ValueId, number>>;
    readonly control: Readonly<Record<Power, number>>;
  };
  readonly events: readonly FiredEvent[];
  readonly lens: Readonly<Record<Power, PowerLens>>;
  readonly prompts: readonly PromptItem[];
  readonly essay: typeof ESSAY_PROMPT;
  /** The same match in the realist world (values change nothing), or why there is none. */
  readonly realist?: RealistDebrief | NoRealist;
}

/** What the debrief needs of a match: its state, and boardgame.io's gameover if known. */
export interface MatchInput {
  readonly id: string;
  readonly label?: string;
  readonly G: GameState;
  readonly ctx?: { readonly gameover?: unknown };
  /** The stored game (seed, setup, moves), for the realist counterfactual. */
  readonly stored?: StoredGame;
}

const zero = (): LensSums => ({ material: 0, ideational: 0 });
const perPower = <T>(f: () => T): Record<Power, T> => ({ russia: f(), china: f() });

function control(G: GameState): Record<Power, number> {
  return { russia: controlledTiles(G, 'russia').length, china: controlledTiles(G, 'china').length };
}

function winnerOf(result: Result | null): MatchDebrief['winner'] {
  if (result === null) return null;
  return 'draw' in result ? 'draw' : result.winner;
}

/** The rope entries' pull toward each power, by lens. */
function addRopePull(into: Record<Power, LensSums>, e: LogEntry): void {
  if (e.kind !== 'rope' || e.delta === 0) return;
  into[e.delta > 0 ? 'china' : 'russia'][e.lens] += Math.abs(e.delta);
}

type YearOf = (round: number) => number;

function firedEvent(
  yearOf: YearOf,
  ev: { id: string; title: string; type: FiredEvent['type']; round: number; injected: boolean },
  history: HistoryNote,
): FiredEvent {
  return {
    id: ev.id,
    title: ev.title,
    type: ev.type,
    round: ev.round,
    gameYear: yearOf(ev.round),
    year: history.year,
    source: history.source,
    fact: history.fact,
    kind: history.speculative === true ? 'speculative' : 'historical',
    injected: ev.injected,
  };
}

/** What one pass over the log gathers: the rope's pull per round, the lens sums and the events. */
interface LogWalk {
  readonly pulls: Map<number, Record<Power, LensSums>>;
  readonly eventsOf: Map<number, string[]>;
  readonly lens: Record<
    Power,
    { rope: LensSums; influence: LensSums; ropeByCause: Partial<Record<CauseType, LensSums>> }
  >;
  readonly events: FiredEvent[];
}

function addRope(w: LogWalk, e: Extract<LogEntry, { kind: 'rope' }>): void {
  let p = w.pulls.get(e.round);
  if (p === undefined) w.pulls.set(e.round, (p = perPower(zero)));
  addRopePull(p, e);
  const toward: Power = e.delta > 0 ? 'china' : 'russia';
  w.lens[toward].rope[e.lens] += Math.abs(e.delta);
  const by = (w.lens[toward].ropeByCause[e.cause.type] ??= zero());
  by[e.lens] += Math.abs(e.delta);
}

function walkLog(G: GameState, yearOf: YearOf): LogWalk {
  const w: LogWalk = {
    pulls: new Map(),
    eventsOf: new Map(),
    lens: perPower(() => ({ rope: zero(), influence: zero(), ropeByCause: {} })),
    events: [],
  };
  const cardsFired = new Set<string>();
  for (const e of logEntries(G)) {
    if (e.kind === 'rope' && e.delta !== 0) addRope(w, e);
    else if (e.kind === 'influence' && e.delta > 0 && e.cause.type !== 'setup') {
      w.lens[e.power].influence[e.lens] += e.delta;
    } else if (e.kind === 'news') {
      const def = EVENT_BY_ID[e.event];
      const list = w.eventsOf.get(e.round) ?? [];
      list.push(e.event);
      w.eventsOf.set(e.round, list);
      if (def !== undefined) {
        const ev = {
          id: e.event,
          title: def.title,
          type: 'news',
          round: e.round,
          injected: e.injected === true,
        } as const;
        w.events.push(firedEvent(yearOf, ev, def.history));
      }
    } else if (e.kind === 'play' && !cardsFired.has(e.card)) {
      // A historical card fires its event when played for it, or for operations by the
      // other side; then it leaves the game (G.removed).
      const def = CARD_BY_ID[e.card];
      const fired = def !== undefined && (e.mode === 'event' || (def.side !== 'neutral' && def.side !== e.power));
      if (fired && def.history !== undefined && G.removed.includes(e.card)) {
        cardsFired.add(e.card);
        const ev = { id: e.card, title: def.title, type: 'card', round: e.round, injected: false } as const;
        w.events.push(firedEvent(yearOf, ev, def.history));
      }
    }
  }
  return w;
}

type Now = { rope: number; values: GameState['values']; control: Record<Power, number> };

function roundPoints(G: GameState, w: LogWalk, now: Now, yearOf: YearOf): RoundPoint[] {
  const rounds: RoundPoint[] = [];
  for (let r = 1; r <= G.round; r++) {
    const snap = G.history.find((s) => s.round === r);
    // A round without a snapshot is the one under way, or one a rope win cut short.
    if (snap === undefined && r !== G.round) continue;
    rounds.push({
      round: r,
      year: snap?.year ?? yearOf(r),
      rope: snap?.rope ?? now.rope,
      values: snap === undefined ? now.values : { ...snap.values },
      control: snap === undefined ? now.control : { ...snap.control },
      complete: snap !== undefined,
      ropePull: w.pulls.get(r) ?? perPower(zero),
      events: w.eventsOf.get(r) ?? [],
    });
  }
  return rounds;
}

function promptsOf(events: readonly FiredEvent[]): PromptItem[] {
  const prompts: PromptItem[] = [];
  for (const ev of events) {
    if (ev.type !== 'news' || prompts.some((p) => p.event === ev.id)) continue;
    const p = promptFor(ev.id);
    if (p !== undefined) prompts.push({ ...p, event: ev.id, title: ev.title });
  }
  return prompts;
}

export function matchDebrief(input: MatchInput): MatchDebrief {
  const { G } = input;
  const scenario = SCENARIOS[G.scenario];
  const yearOf: YearOf = (round) => scenario.years[round - 1] ?? FINAL_YEAR;
  const w = walkLog(G, yearOf);
  const now: Now = { rope: G.rope, values: { ...G.values }, control: control(G) };
  const finished = G.result !== null || (input.ctx?.gameover !== undefined && input.ctx.gameover !== null);
  return {
    id: input.id,
    label: input.label ?? input.id,
    scenario: G.scenario,
    scenarioTitle: scenario.title,
    players: G.players,
    finished,
    result: G.result,
    winner: winnerOf(G.result),
    start: {
      round: 0,
      year: scenario.years[0] ?? G.year,
      rope: scenario.rope,
      values: { ...scenario.values },
      control: startControl(G),
    },
    rounds: roundPoints(G, w, now, yearOf),
    final: { year: finished && G.result?.reason !== 'rope' ? FINAL_YEAR : G.year, ...now },
    events: w.events,
    lens: w.lens,
    prompts: promptsOf(w.events),
    essay: ESSAY_PROMPT,
    realist: realistDebrief(G, input.stored),
  };
}

/** Control in the scenario's opening position. */
function startControl(G: GameState): Record<Power, number> {
  return control(initialState({ scenario: G.scenario, players: G.players }));
}

/** The share of a lens in a sum, 0..1, or null when nothing moved. */
export function materialShare(s: LensSums): number | null {
  const total = s.material + s.ideational;
  return total === 0 ? null : s.material / total;
}

export interface Spread {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Population standard deviation. */
  readonly sd: number;
}

export interface ClassDebrief {
  readonly matches: number;
  readonly finished: number;
  readonly wins: Readonly<Record<Power | 'kazakhstan' | 'draw', number>>;
  /** Wins over finished matches, 0..1 (0 when none is finished). */
  readonly winRate: Readonly<Record<Power | 'kazakhstan' | 'draw', number>>;
  /** Mean over matches of each power's material share of its rope pull (matches where it pulled at all). */
  readonly meanMaterialShare: Readonly<Record<Power, number | null>>;
  /** All rope pull of the class, by power and lens. */
  readonly ropePull: Readonly<Record<Power, LensSums>>;
  /** Kazakhstan's values and the rope now (at the end, for finished matches) across matches. */
  readonly finalValues: Readonly<Record<ValueId, Spread | null>>;
  readonly finalRope: Spread | null;
  /** Per round index: the mean of each value and of the rope over matches that reached it. */
  readonly byRound: readonly {
    readonly round: number;
    readonly matches: number;
    readonly rope: number;
    readonly values: Readonly<Record<ValueId, number>>;
  }[];
  /** How many matches each event fired in. */
  readonly eventCounts: Readonly<Record<string, number>>;
  /** Of the matches with a counterfactual (`of`), those whose realist winner differs (`changed`). */
  readonly valuesChangedWinner: { readonly changed: number; readonly of: number };
}

export function spread(xs: readonly number[]): Spread | null {
  if (xs.length === 0) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { min: Math.min(...xs), max: Math.max(...xs), mean, sd };
}

export function classDebrief(matches: readonly MatchDebrief[]): ClassDebrief {
  const wins = { russia: 0, china: 0, kazakhstan: 0, draw: 0 };
  const ropePull = perPower(zero);
  const shares = perPower((): number[] => []);
  const eventCounts: Record<string, number> = {};
  const byRound: { round: number; matches: number; rope: number; values: Record<ValueId, number> }[] = [];
  let finished = 0;
  const valuesChangedWinner = { changed: 0, of: 0 };
  for (const m of matches) {
    if (typeof m.realist === 'object') {
      valuesChangedWinner.of += 1;
      if (m.realist.winnerChanged) valuesChangedWinner.changed += 1;
    }
    if (m.winner !== null) {
      wins[m.winner] += 1;
      finished += 1;
    }
    for (const p of POWERS) {
      for (const l of LENSES) ropePull[p][l] += m.lens[p].rope[l];
      const s = materialShare(m.lens[p].rope);
      if (s !== null) shares[p].push(s);
    }
    for (const id of new Set(m.events.map((e) => e.id))) eventCounts[id] = (eventCounts[id] ?? 0) + 1;
    m.rounds.forEach((r, i) => {
      const row = (byRound[i] ??= {
        round: i + 1,
        matches: 0,
        rope: 0,
        values: { reform: 0, identity: 0, warinessRussia: 0, warinessChina: 0 },
      });
      row.matches += 1;
      row.rope += r.rope;
      for (const v of VALUES) row.values[v] += r.values[v];
    });
  }
  for (const row of byRound) {
    row.rope /= row.matches;
    for (const v of VALUES) row.values[v] /= row.matches;
  }
  const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  const rate = (n: number): number => (finished === 0 ? 0 : n / finished);
  return {
    matches: matches.length,
    finished,
    wins,
    winRate: {
      russia: rate(wins.russia),
      china: rate(wins.china),
      kazakhstan: rate(wins.kazakhstan),
      draw: rate(wins.draw),
    },
    meanMaterialShare: { russia: mean(shares.russia), china: mean(shares.china) },
    ropePull,
    finalValues: Object.fromEntries(VALUES.map((v) => [v, spread(matches.map((m) => m.final.values[v]))])) as Record<
      ValueId,
      Spread | null
    >,
    finalRope: spread(matches.map((m) => m.final.rope)),
    byRound,
    eventCounts,
    valuesChangedWinner,
  };
}
