// Test fixtures: a scenario's opening state, a ctx for a phase and seat, and an
// environment for calling a move directly. Dice are given in advance where a rule
// test needs a known roll; scenario tests use a real seeded client instead.
import type { Ctx } from 'boardgame.io';
import type { CardId } from '../../src/content/ids';
import type { MoveEnv } from '../../src/game/moves';
import type { Rng } from '../../src/game/random';
import { initialState, type SetupData } from '../../src/game/setup';
import type { GameState } from '../../src/game/state';

export function openingState(setup: SetupData = {}): GameState {
  return initialState(setup, setup.players ?? 2);
}

export function ctxFor(phase: string, currentPlayer: string, numPlayers = 2): Ctx {
  const playOrder = numPlayers === 3 ? ['0', '1', '2'] : ['0', '1'];
  return {
    numPlayers,
    playOrder,
    playOrderPos: playOrder.indexOf(currentPlayer),
    activePlayers: null,
    currentPlayer,
    turn: 1,
    phase,
  } as Ctx;
}

/** A die that rolls the given faces in order, then 1s. */
export function fixedDice(...faces: number[]): Rng {
  const queue = [...faces];
  return {
    D6: () => queue.shift() ?? 1,
    Number: () => 0,
    Shuffle: <T>(d: T[]) => [...d],
  };
}

export interface TestEnv extends MoveEnv {
  turnsEnded: number;
}

export function envFor(G: GameState, playerID: string, phase = 'actions', dice: Rng = fixedDice()): TestEnv {
  const env: TestEnv = {
    G,
    ctx: ctxFor(phase, playerID, G.players),
    playerID,
    random: dice,
    turnsEnded: 0,
    events: { endTurn: () => void (env.turnsEnded += 1) },
  };
  return env;
}

/** Give a power a card in hand (the deck is built by the deal phase, not setup). */
export function withCard(G: GameState, power: 'russia' | 'china', card: string): GameState {
  G.hands[power].push(card as CardId);
  return G;
}
