// New Great Game as the server plays it: the rules, their move names and refusal
// reasons, the setup-data check, and the computer seats (the bots registry in src/ai,
// choosing from a seat's own view). main.ts and the server tests start from this.
import type { Ctx } from 'boardgame.io';
import { BOTS, isBotLevel } from '../ai/bots';
import { seededRandom } from '../ai/rng';
import { NewGreatGame } from '../game/game';
import { explainMove, MOVE_NAMES } from '../game/moves';
import { setupDataProblem } from '../game/setup';
import type { GameState } from '../game/state';
import { explainFromState, type GameEntry } from './app';
import type { ComputerPlayer } from './bots';

/** The level that plays a person's turn when the turn timer runs out. */
export const TIMEOUT_LEVEL = 'standard';

export const computerPlayer: ComputerPlayer = {
  actor: (state) => {
    const ctx = state.ctx as Ctx;
    if (ctx.gameover !== undefined) return null;
    return ctx.phase === 'actions' || ctx.phase === 'kazakhstan' ? ctx.currentPlayer : null;
  },
  choose: (view, playerID, level, seed) => {
    const bot = BOTS[isBotLevel(level) ? level : TIMEOUT_LEVEL];
    return bot(view.G as GameState, view.ctx as Ctx, playerID, seededRandom(seed));
  },
  timeoutLevel: TIMEOUT_LEVEL,
  name: (level) => `Computer (${level})`,
};

export function gameEntry(): GameEntry {
  return {
    game: NewGreatGame,
    moveNames: MOVE_NAMES,
    explain: explainFromState(explainMove),
    setupDataProblem,
    computer: computerPlayer,
  };
}
