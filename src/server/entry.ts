// New Great Game as the server plays it: the rules, their move names and their coded
// refusals, the setup-data check, and the computer seats (the bots registry in src/ai,
// choosing from a seat's own view). main.ts and the server tests start from this.
import type { Ctx } from 'boardgame.io';
import { BOTS, isBotLevel } from '../ai/bots';
import { seededRandom } from '../ai/rng';
import { actingSeat } from '../game/actor';
import { NewGreatGame } from '../game/game';
import { checkMove, MOVE_NAMES } from '../game/moves';
import { setupDataProblem } from '../game/setup';
import type { GameState } from '../game/state';
import { refused } from '../online/reasons';
import type { GameEntry } from './app';
import type { ComputerPlayer } from './bots';
import type { ExplainMove } from './transport';

/** The level that plays a person's turn when the turn timer runs out. */
export const TIMEOUT_LEVEL = 'standard';

export const computerPlayer: ComputerPlayer = {
  actor: (state) => actingSeat(state.ctx),
  choose: (view, playerID, level, seed) => {
    const bot = BOTS[isBotLevel(level) ? level : TIMEOUT_LEVEL];
    return bot(view.G as GameState, view.ctx as Ctx, playerID, seededRandom(seed));
  },
  timeoutLevel: TIMEOUT_LEVEL,
  name: (level) => `Computer (${level})`,
};

/** The rules' refusal of a move, carried as it is: their code and parameters. */
export const explainRules: ExplainMove = (state, playerID, move, args) => {
  const r = checkMove(state.G as GameState, state.ctx, playerID, move, args);
  return r === null ? null : refused('rule', { rule: r.code, ...r.params });
};

export function gameEntry(): GameEntry {
  return {
    game: NewGreatGame,
    moveNames: MOVE_NAMES,
    explain: explainRules,
    setupDataProblem,
    computer: computerPlayer,
  };
}
