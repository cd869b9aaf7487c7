// Self-play through boardgame.io's own reducer, the code path a server runs:
// InitializeGame, then MAKE_MOVE actions through CreateGameReducer. No shortcut
// around it, so what the sim measures is what players get.
import type { Ctx, Game, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { NewGreatGame } from '../game/game';
import { playerView } from '../game/playerView';
import type { SetupData } from '../game/setup';
import type { GameState } from '../game/state';
import type { Bot } from './bot';
import { seededRandom } from './rng';

export interface SelfPlayOptions {
  readonly seed: string;
  readonly setup: SetupData;
  /** One bot per seat: '0' Russia, '1' China, '2' Kazakhstan. */
  readonly bots: readonly Bot[];
  /** Stop a game that has not ended after this many moves (counted as an error). */
  readonly maxMoves?: number;
}

export interface SelfPlayResult {
  readonly state: State<GameState>;
  readonly moves: number;
  /** Milliseconds spent inside the reducer (bots' thinking excluded). */
  readonly reducerMs: number;
  readonly error: string | null;
  /** The moves made, in order, as boardgame.io's log records them (for replays). */
  readonly actions: readonly {
    readonly type: 'MAKE_MOVE';
    readonly move: string;
    readonly args: unknown[];
    readonly playerID: string;
  }[];
}

export function makeMove(type: string, args: unknown[], playerID: string) {
  return { type: 'MAKE_MOVE' as const, payload: { type, args, playerID } };
}

/** The seat expected to move now. */
export function actingSeat(ctx: Ctx): string {
  return ctx.phase === 'kazakhstan' ? '2' : ctx.currentPlayer;
}

export function seededGame(seed: string): Game<GameState> {
  return { ...NewGreatGame, seed } as Game<GameState>;
}

export function playOne(opts: SelfPlayOptions): SelfPlayResult {
  const players = opts.setup.players ?? 2;
  const game = seededGame(opts.seed);
  let state = InitializeGame({ game, numPlayers: players, setupData: opts.setup }) as State<GameState>;
  const reducer = CreateGameReducer({ game, isClient: false });
  const rand = seededRandom(`bots:${opts.seed}`);
  const maxMoves = opts.maxMoves ?? 5000;
  let moves = 0;
  let reducerMs = 0;
  const actions: SelfPlayResult['actions'][number][] = [];
  while (state.ctx.gameover === undefined) {
    if (moves >= maxMoves) return { state, moves, reducerMs, actions, error: `no end after ${maxMoves} moves` };
    const seat = actingSeat(state.ctx);
    const bot = opts.bots[Number(seat)];
    if (bot === undefined) return { state, moves, reducerMs, actions, error: `no bot for seat ${seat}` };
    // A bot sees only what its seat may see.
    const choice = bot(playerView(state.G, seat), state.ctx, seat, rand);
    if (choice === undefined)
      return { state, moves, reducerMs, actions, error: `seat ${seat} has no legal move in phase ${state.ctx.phase}` };
    const t0 = performance.now();
    const next = reducer(state, makeMove(choice.move, choice.args, seat)) as State<GameState> & {
      transients?: { error?: unknown };
    };
    reducerMs += performance.now() - t0;
    if (next.transients?.error !== undefined || next._stateID === state._stateID)
      return {
        state,
        moves,
        reducerMs,
        actions,
        error: `refused ${choice.move}(${JSON.stringify(choice.args)}) by seat ${seat}`,
      };
    state = next;
    moves += 1;
    actions.push({ type: 'MAKE_MOVE', move: choice.move, args: choice.args, playerID: seat });
  }
  return { state, moves, reducerMs, actions, error: null };
}
