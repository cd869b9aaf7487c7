// The depth metrics the balance work reads from each finished game's log: how often a
// card is played for its event (and by its owner), how much the board still moves
// late in the game (tiles changing controller, by round), how often pressure and soft
// power succeed, and how many decisions a game asks of its players (for the pace
// estimate). Everything comes from the log and the scenario's opening, so the figures
// describe what was played, not what a bot intended.
import { TILE_IDS, type Power, type TileId } from '../content/ids';
import { CARD_BY_ID } from '../content/index';
import { SCENARIOS } from '../content/scenarios';
import { TILE_BY_ID } from '../content/tiles';
import { logEntries } from '../game/log';
import type { GameState } from '../game/state';

/** Raw counts a game adds to the tally; plain data, so it crosses a worker thread. */
export interface DepthTally {
  plays: number;
  eventPlays: number;
  /** Per card: [plays, plays for its event by its owner]. */
  cardPlays: Record<string, [number, number]>;
  /** Per round (index 0 is round 1): [tiles that changed controller, games that reached the round]. */
  controlChanges: [number, number][];
  pressure: [number, number];
  softPower: [number, number];
  /** Influence a project would have paid but Kazakhstan's wariness withheld, per power. */
  withheld: Record<Power, number>;
  /** Spending steps (moves that are not a card choice) by the powers. */
  steps: number;
}

export function emptyDepth(): DepthTally {
  return {
    plays: 0,
    eventPlays: 0,
    cardPlays: {},
    controlChanges: [],
    pressure: [0, 0],
    softPower: [0, 0],
    withheld: { russia: 0, china: 0 },
    steps: 0,
  };
}

type Board = Record<TileId, { russia: number; china: number }>;

function controllerOf(b: Board, tile: TileId): Power | null {
  const i = b[tile];
  const s = TILE_BY_ID[tile].stability;
  if (i.russia - i.china >= s) return 'russia';
  if (i.china - i.russia >= s) return 'china';
  return null;
}

/** Count one finished game's plays, rolls and control changes into `t`. */
export function addDepth(t: DepthTally, G: GameState, moves: number): void {
  const start = SCENARIOS[G.scenario].influence;
  const board = Object.fromEntries(
    TILE_IDS.map((id) => [id, { russia: start[id]?.[0] ?? 0, china: start[id]?.[1] ?? 0 }]),
  ) as Board;
  let owners = TILE_IDS.map((id) => controllerOf(board, id));
  let round = 1;
  let plays = 0;
  let kzMoves = 0;
  const closeRound = (): void => {
    const now = TILE_IDS.map((id) => controllerOf(board, id));
    const changed = now.filter((o, i) => o !== owners[i]).length;
    while (t.controlChanges.length < round) t.controlChanges.push([0, 0]);
    const slot = t.controlChanges[round - 1];
    if (slot !== undefined) {
      slot[0] += changed;
      slot[1] += 1;
    }
    owners = now;
  };
  for (const e of logEntries(G)) {
    while (e.round > round) {
      closeRound();
      round++;
    }
    if (e.kind === 'influence') board[e.tile] = { ...board[e.tile], [e.power]: e.after };
    else if (e.kind === 'play') {
      plays++;
      const def = CARD_BY_ID[e.card];
      const own = e.mode === 'event' && def !== undefined && def.side === e.power;
      if (e.mode === 'event') t.eventPlays++;
      const c = (t.cardPlays[e.card] ??= [0, 0]);
      c[0]++;
      if (own) c[1]++;
    } else if (e.kind === 'roll') {
      const r = e.action === 'pressure' ? t.pressure : t.softPower;
      r[0]++;
      if (e.success) r[1]++;
    } else if (e.kind === 'withheld') t.withheld[e.power] += e.amount;
    else if (e.kind === 'policy' && e.by === 'player') kzMoves++;
  }
  closeRound();
  t.plays += plays;
  // In a three-player game the human Kazakhstan's moves are not spending steps.
  t.steps += Math.max(0, moves - plays - (G.players === 3 ? 2 * kzMoves : 0));
}

export function mergeDepth(into: DepthTally, p: DepthTally): void {
  into.plays += p.plays;
  into.eventPlays += p.eventPlays;
  for (const [id, [n, own]] of Object.entries(p.cardPlays)) {
    const c = (into.cardPlays[id] ??= [0, 0]);
    c[0] += n;
    c[1] += own;
  }
  p.controlChanges.forEach(([n, g], i) => {
    while (into.controlChanges.length <= i) into.controlChanges.push([0, 0]);
    const slot = into.controlChanges[i];
    if (slot !== undefined) {
      slot[0] += n;
      slot[1] += g;
    }
  });
  for (const k of [0, 1] as const) {
    into.pressure[k] += p.pressure[k];
    into.softPower[k] += p.softPower[k];
  }
  into.withheld.russia += p.withheld.russia;
  into.withheld.china += p.withheld.china;
  into.steps += p.steps;
}

/**
 * The pace estimate for a pair of novices (assumptions in docs/TUNING.md): seconds to
 * choose a card and its use, seconds per spending step, and the round's shared parts
 * (news, Kazakhstan's turn, scoring) read aloud and understood.
 */
export const NOVICE_PACE = { perCard: 40, perStep: 15, perRound: 90 } as const;

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export interface DepthReport {
  eventShare: number;
  ownerEventShareMin: number;
  ownerEventShareMinCard: string;
  ownerEventShareByCard: Record<string, number>;
  controlChangesPerRound: number[];
  pressureSuccessRate: number;
  softPowerSuccessRate: number;
  withheldIncomePerGame: Record<Power, number>;
  humanPace: { playsPerGame: number; stepsPerGame: number; noviceMinutes: number };
}

export function depthReport(t: DepthTally, games: number, rounds: number): DepthReport {
  const n = games || 1;
  const byCard: Record<string, number> = {};
  let min = 1;
  let minCard = '';
  for (const [id, [plays, own]] of Object.entries(t.cardPlays)) {
    const side = CARD_BY_ID[id]?.side;
    if (side === undefined || side === 'neutral' || plays < 50) continue;
    byCard[id] = r3(own / plays);
    if (own / plays < min) {
      min = own / plays;
      minCard = id;
    }
  }
  const playsPerGame = t.plays / n;
  const stepsPerGame = t.steps / n;
  const seconds =
    playsPerGame * NOVICE_PACE.perCard + stepsPerGame * NOVICE_PACE.perStep + (rounds / n) * NOVICE_PACE.perRound;
  return {
    eventShare: r3(t.eventPlays / (t.plays || 1)),
    ownerEventShareMin: minCard === '' ? 0 : r3(min),
    ownerEventShareMinCard: minCard,
    ownerEventShareByCard: byCard,
    controlChangesPerRound: t.controlChanges.map(([c, g]) => r3(c / (g || 1))),
    pressureSuccessRate: r3(t.pressure[1] / (t.pressure[0] || 1)),
    softPowerSuccessRate: r3(t.softPower[1] / (t.softPower[0] || 1)),
    withheldIncomePerGame: { russia: r3(t.withheld.russia / n), china: r3(t.withheld.china / n) },
    humanPace: { playsPerGame: r3(playsPerGame), stepsPerGame: r3(stepsPerGame), noviceMinutes: r3(seconds / 60) },
  };
}
