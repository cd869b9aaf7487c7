// The counterfactual: a finished game replayed in the realist world (src/game/world.ts),
// where Kazakhstan's values change nothing material. Same scenario, same seed, same
// stored moves, through boardgame.io's own reducer, so the dice come from the same
// seeded stream. Pure: no DOM, no Node, nothing random beyond the seed.
//
// When the realist game cannot take a stored move (docs/LENS.md, "Replaying a game"):
//  - a power whose card is still in play, when the stored game has moved on (another
//    seat's move, or this seat's next card), ends that card first: the operations the
//    real world spent on prices the realist world does not charge go unspent;
//  - a move the realist game still refuses after that is dropped and counted;
//  - once the stored moves run out, a seat the realist game still waits for ends its
//    card if one is in play, else takes the first move the rules list (enumerate's
//    order), and that is counted as filled;
//  - a realist game that ends earlier (the rope reaches an end) drops the rest.
// Undo and redo are taken out before the replay: the moves that stood are replayed.
import type { Game, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { actingSeat } from './actor';
import { enumerate } from './enumerate';
import { NewGreatGame } from './game';
import { checkMove, roleOfSeat } from './moves';
import type { SetupData } from './setup';
import type { GameState, Result } from './state';
import type { World } from './world';

/** One action of boardgame.io's log, as much of it as a replay needs. */
export interface StoredAction {
  readonly type: 'MAKE_MOVE' | 'UNDO' | 'REDO';
  readonly move?: string;
  readonly args?: readonly unknown[];
  readonly playerID: string;
}

/** A stored game: what it takes to play it again. */
export interface StoredGame {
  readonly seed: string;
  readonly setup: SetupData;
  readonly actions: readonly StoredAction[];
}

export interface Replay {
  readonly state: State<GameState>;
  /** Stored moves the replayed game refused (after ending a card in play), by index. */
  readonly dropped: readonly { readonly index: number; readonly move: string; readonly seat: string }[];
  /** Moves the replay added: cards ended early, and moves made after the stored ones ran out. */
  readonly filled: number;
}

type Move = { readonly move: string; readonly args: readonly unknown[]; readonly playerID: string };

/** The moves that stood: undo takes back the seat's last move, redo puts it back. */
export function effectiveMoves(actions: readonly StoredAction[]): Move[] {
  const done: Move[] = [];
  const undone: Move[] = [];
  for (const a of actions) {
    if (a.type === 'MAKE_MOVE' && a.move !== undefined) {
      done.push({ move: a.move, args: a.args ?? [], playerID: a.playerID });
      undone.length = 0;
    } else if (a.type === 'UNDO') {
      const last = done.pop();
      if (last !== undefined) undone.unshift(last);
    } else if (a.type === 'REDO') {
      const next = undone.shift();
      if (next !== undefined) done.push(next);
    }
  }
  return done;
}

const makeMove = (m: Move) =>
  ({ type: 'MAKE_MOVE', payload: { type: m.move, args: [...m.args], playerID: m.playerID } }) as const;

/** Play a stored game again in the given world. */
export function replay(game: StoredGame, world: World): Replay {
  const setup: SetupData = { ...game.setup, world };
  const def = { ...NewGreatGame, seed: game.seed } as Game<GameState>;
  const players = setup.players ?? 2;
  let state = InitializeGame({ game: def, numPlayers: players, setupData: setup }) as State<GameState>;
  const reducer = CreateGameReducer({ game: def, isClient: false });
  const step = (m: Move): boolean => {
    // The rules' own check first: boardgame.io would log every refused move as an error.
    if (checkMove(state.G, state.ctx, m.playerID, m.move, m.args) !== null) return false;
    const next = reducer(state, makeMove(m)) as State<GameState> & { transients?: { error?: unknown } };
    if (next.transients?.error !== undefined || next._stateID === state._stateID) return false;
    state = next;
    return true;
  };
  /** End the acting power's card in play, if it has one. */
  const endCard = (): boolean => {
    const role = roleOfSeat(actingSeat(state.ctx));
    if (role === 'kazakhstan' || role === null || state.G.pending?.power !== role) return false;
    return step({ move: 'endPlay', args: [], playerID: state.ctx.currentPlayer });
  };
  /**
   * Whether the stored game has moved past the acting power's card in play: another seat
   * moves, or this seat chooses its next card. A spending step of the same seat that the
   * realist game refuses (a point that costs more on the realist board) is not: it is
   * dropped and the card stays in play for the stored steps after it.
   */
  const movedOn = (m: Move): boolean =>
    m.playerID !== actingSeat(state.ctx) || m.move === 'playOps' || m.move === 'playEvent';
  const dropped: { index: number; move: string; seat: string }[] = [];
  let filled = 0;
  const moves = effectiveMoves(game.actions);
  for (let i = 0; i < moves.length; i++) {
    const m = moves[i] as Move;
    if (state.ctx.gameover !== undefined) break;
    if (step(m)) continue;
    if (movedOn(m) && endCard()) {
      filled++;
      if (step(m)) continue;
    }
    dropped.push({ index: i, move: m.move, seat: m.playerID });
  }
  for (let guard = 0; state.ctx.gameover === undefined && guard < 5000; guard++) {
    if (endCard()) {
      filled++;
      continue;
    }
    const seat = actingSeat(state.ctx);
    if (seat === null) break;
    const first = enumerate(state.G, state.ctx, seat)[0];
    if (first === undefined || !step({ move: first.move, args: first.args, playerID: seat })) break;
    filled++;
  }
  return { state, dropped, filled };
}

export type Winner = 'russia' | 'china' | 'kazakhstan' | 'draw' | null;

export function winnerOf(result: Result | null | undefined): Winner {
  if (result === null || result === undefined) return null;
  return 'draw' in result ? 'draw' : result.winner;
}

export interface Counterfactual {
  readonly real: Replay;
  readonly realist: Replay;
  readonly realWinner: Winner;
  readonly realistWinner: Winner;
  /** The realist world's winner differs from the real one's. */
  readonly winnerChanged: boolean;
}

/**
 * The same game in both worlds. Pass the real game's final state when it is at hand
 * (the sim); otherwise the stored game is replayed in the real world as well.
 */
export function counterfactual(game: StoredGame, realState?: State<GameState>): Counterfactual {
  const real = realState === undefined ? replay(game, 'real') : { state: realState, dropped: [], filled: 0 };
  const realist = replay(game, 'realist');
  const realWinner = winnerOf(real.state.G.result);
  const realistWinner = winnerOf(realist.state.G.result);
  return { real, realist, realWinner, realistWinner, winnerChanged: realWinner !== realistWinner };
}

/** A finished state's setup data, read back from the state itself. */
export function setupOf(G: Pick<GameState, 'scenario' | 'players' | 'newsMode'>): SetupData {
  return { scenario: G.scenario, players: G.players, newsMode: G.newsMode };
}

/** boardgame.io's log entry, as far as a replay reads it. */
interface LogAction {
  readonly action?: {
    readonly type?: string;
    readonly payload?: { type?: unknown; args?: unknown; playerID?: unknown };
  };
  readonly automatic?: boolean;
}

/**
 * The stored game behind a match: the seed from the state's random plugin (kept where the
 * match is stored, never sent to players), the setup read from G, and the moves from the log.
 * Undefined without a seed.
 */
export function storedGameOf(
  state: { readonly G: GameState; readonly plugins?: Record<string, { data?: unknown } | undefined> },
  log: readonly LogAction[],
  seed?: string,
): StoredGame | undefined {
  const data = state.plugins?.random?.data as { seed?: unknown } | undefined;
  const s = seed ?? (typeof data?.seed === 'string' || typeof data?.seed === 'number' ? String(data.seed) : undefined);
  if (s === undefined) return undefined;
  const actions: StoredAction[] = [];
  for (const e of log) {
    const a = e.action;
    if (e.automatic === true || a === undefined) continue;
    const p = a.payload;
    const playerID = typeof p?.playerID === 'string' ? p.playerID : null;
    if (playerID === null) continue;
    if (a.type === 'MAKE_MOVE' && typeof p?.type === 'string')
      actions.push({ type: 'MAKE_MOVE', move: p.type, args: Array.isArray(p.args) ? p.args : [], playerID });
    else if (a.type === 'UNDO' || a.type === 'REDO') actions.push({ type: a.type, playerID });
  }
  return { seed: s, setup: setupOf(state.G), actions };
}
