// The boardgame.io Game: it only wires setup, phases, moves and views together.
// A round is four phases: news, actions, kazakhstan, scoring (after a first 'deal').
import type { Ctx, Game, Move } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import type { Power } from '../content/ids';
import { moveCopy } from './clone';
import { enumerate } from './enumerate';
import { applyMove, explainMove, roleOfSeat, UNDOABLE_MOVES, type MoveEnv, type MoveName } from './moves';
import { plainStateOfMove, PlainStatePlugin } from './plainState';
import { playerView } from './playerView';
import { beginKazakhstan, beginRound, deal, doneActing, scoreRound } from './round';
import { initialState, type SetupData } from './setup';
import type { Rng } from './random';
import type { GameState } from './state';

export const GAME_NAME = 'new-great-game';

/**
 * Every move is checked by the same function that explains refusals; a refused move
 * returns INVALID_MOVE and changes nothing. A legal move works on a plain copy of
 * the state and returns it (see clone.ts), leaving boardgame.io's draft untouched.
 * Moves never run optimistically on a client (`client: false`): a client's view
 * has no deck to draw from.
 */
function wire(name: MoveName): Move<GameState> {
  return {
    move: (context, ...args: unknown[]) => {
      const base = plainStateOfMove() ?? context.G;
      if (explainMove(base, context.ctx, context.playerID, name, args) !== null) return INVALID_MOVE;
      const G = moveCopy(base);
      applyMove({ ...(context as unknown as MoveEnv), G }, name, args);
      return G;
    },
    undoable: UNDOABLE_MOVES.has(name),
    client: false,
  };
}

const actionMoves = {
  playEvent: wire('playEvent'),
  playOps: wire('playOps'),
  placeInfluence: wire('placeInfluence'),
  invest: wire('invest'),
  softPower: wire('softPower'),
  pressure: wire('pressure'),
  endPlay: wire('endPlay'),
};

const kazakhMoves = {
  kzNudge: wire('kzNudge'),
  kzPolicy: wire('kzPolicy'),
};

/** A phase hook that, like a move, works on a copy-on-write copy of the state and returns it. */
function onPlainState(hook: (G: GameState, random: Rng) => void) {
  return (context: { G: GameState; random: Rng }): GameState => {
    const G = moveCopy(plainStateOfMove() ?? context.G);
    hook(G, context.random);
    return G;
  };
}

function markDone(G: GameState, phase: string): void {
  G.autoDone = `${phase}:${G.round}`;
}

/** An automatic phase ends once its onBegin has done its work (see GameState.autoDone). */
function autoPhaseDone({ G, ctx }: { G: GameState; ctx: Ctx }): boolean {
  return G.autoDone === `${ctx.phase}:${G.round}`;
}

const SEAT: Record<Power, number> = { russia: 0, china: 1 };

/** Russia opens every round; then the powers alternate, skipping one that is done. */
function nextActor(G: GameState, after: Power | null): number | undefined {
  const order: Power[] = after === 'russia' ? ['china', 'russia'] : ['russia', 'china'];
  const p = order.find((x) => !doneActing(G, x));
  return p === undefined ? undefined : SEAT[p];
}

export const NewGreatGame: Game<GameState, Record<string, unknown>, SetupData> = {
  name: GAME_NAME,
  minPlayers: 2,
  maxPlayers: 3,
  setup: ({ ctx }, data) => initialState(data, ctx.numPlayers),
  validateSetupData: (data, numPlayers) => {
    if (numPlayers !== 2 && numPlayers !== 3) return 'New Great Game needs 2 or 3 players';
    const players = data?.players ?? numPlayers;
    if (players !== numPlayers) return `players (${players}) must match the number of seats (${numPlayers})`;
    return undefined;
  },
  moves: {},
  plugins: [PlainStatePlugin],
  phases: {
    deal: {
      start: true,
      onBegin: onPlainState((G, random) => {
        deal(G, random);
        markDone(G, 'deal');
      }),
      endIf: autoPhaseDone,
      next: 'news',
    },
    news: {
      onBegin: onPlainState((G, random) => {
        beginRound(G, random);
        markDone(G, 'news');
      }),
      endIf: autoPhaseDone,
      next: 'actions',
    },
    actions: {
      moves: actionMoves,
      turn: {
        order: {
          first: ({ G }) => nextActor(G, null) ?? 0,
          next: ({ G, ctx }) => nextActor(G, roleOfSeat(ctx.currentPlayer) === 'china' ? 'china' : 'russia'),
        },
      },
      endIf: ({ G }) => G.pending === null && doneActing(G, 'russia') && doneActing(G, 'china'),
      next: 'kazakhstan',
    },
    kazakhstan: {
      moves: kazakhMoves,
      onBegin: onPlainState((G, random) => {
        beginKazakhstan(G, random);
        markDone(G, 'kazakhstan');
      }),
      turn: {
        order: {
          first: ({ ctx }) => Math.max(0, ctx.playOrder.indexOf('2')),
          next: ({ ctx }) => Math.max(0, ctx.playOrder.indexOf('2')),
        },
      },
      endIf: (c) => autoPhaseDone(c) && c.G.policyHand.length === 0,
      next: 'scoring',
    },
    scoring: {
      onBegin: onPlainState((G) => {
        scoreRound(G);
        markDone(G, 'scoring');
      }),
      endIf: autoPhaseDone,
      next: 'news',
    },
  },
  endIf: ({ G }) => G.result ?? undefined,
  playerView: ({ G, playerID }) => playerView(G, playerID),
  ai: {
    enumerate: (G: GameState, ctx: Ctx, playerID: string) => enumerate(G, ctx, playerID),
  },
};

/**
 * The game with its setup data bound in, for a local client (hotseat, tests),
 * which has no setupData option; a seed makes the match replayable.
 */
export function localGame(data: SetupData, seed?: string): Game<GameState, Record<string, unknown>, SetupData> {
  const game: Game<GameState, Record<string, unknown>, SetupData> = {
    ...NewGreatGame,
    setup: ({ ctx }) => initialState(data, ctx.numPlayers),
  };
  if (seed !== undefined) game.seed = seed;
  return game;
}
