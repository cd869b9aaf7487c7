// The Standard computer opponent: one-ply look-ahead with the rules' own move
// functions on a copy of what the seat can see, judged by evaluate(). A card is
// judged by the best way to play it: its event, or its operations spent greedily
// step by step. Dice are averaged over their six faces. Ties go to the bot's seeded
// random choice, so two bots do not always play the same game.
import type { Ctx } from 'boardgame.io';
import type { Power } from '../content/ids';
import { moveCopy } from '../game/clone';
import { enumerate, type MoveChoice } from '../game/enumerate';
import { applyMove, roleOfSeat, type MoveEnv } from '../game/moves';
import type { Rng } from '../game/random';
import { kazakhstanGoalMet } from '../game/round';
import { controlledTiles } from '../game/selectors';
import type { GameState } from '../game/state';
import type { Bot } from './bot';
import { evaluate } from './evaluate';

const FACES = [1, 2, 3, 4, 5, 6] as const;

function diceOf(face: number): Rng {
  return { D6: () => face, Number: () => 0.5, Shuffle: <T,>(d: T[]) => d };
}

/** The state after a move, with a given die face; the turn's end is not simulated. */
function after(G: GameState, ctx: Ctx, playerID: string, choice: MoveChoice, face = 3): GameState {
  const next = moveCopy(G);
  const env: MoveEnv = { G: next, ctx, playerID, random: diceOf(face), events: { endTurn: () => undefined } };
  applyMove(env, choice.move, choice.args);
  return env.G;
}

const rolls = (c: MoveChoice): boolean => c.move === 'softPower' || c.move === 'pressure';

function valueOf(G: GameState, ctx: Ctx, playerID: string, me: Power, c: MoveChoice): number {
  if (!rolls(c)) return evaluate(after(G, ctx, playerID, c), me);
  return FACES.reduce((s, f) => s + evaluate(after(G, ctx, playerID, c, f), me), 0) / FACES.length;
}

/** The value of spending a card's operations greedily, one best step at a time. */
function greedySpend(G: GameState, ctx: Ctx, playerID: string, me: Power, depth = 0): number {
  if (G.pending === null || depth > 6) return evaluate(G, me);
  let best = -Infinity;
  let bestState: GameState | null = null;
  for (const c of enumerate(G, ctx, playerID)) {
    const v = valueOf(G, ctx, playerID, me, c);
    if (v > best) {
      best = v;
      bestState = rolls(c) || c.move === 'endPlay' ? null : after(G, ctx, playerID, c);
    }
  }
  return bestState === null ? best : Math.max(best, greedySpend(bestState, ctx, playerID, me, depth + 1));
}

function kazakhChoice(G: GameState, ctx: Ctx, playerID: string, rand: () => number): MoveChoice | undefined {
  // Kazakhstan's own goal: a balanced rope, Reform and Identity high, no power owning it.
  const score = (S: GameState): number =>
    (kazakhstanGoalMet(S) ? 20 : 0) -
    Math.abs(S.rope) +
    (S.values.reform + S.values.identity) * 0.8 -
    Math.max(controlledTiles(S, 'russia', 'kazakhstan').length, controlledTiles(S, 'china', 'kazakhstan').length);
  return pickBest(enumerate(G, ctx, playerID), (c) => score(after(G, ctx, playerID, c)), rand);
}

function pickBest(choices: readonly MoveChoice[], value: (c: MoveChoice) => number, rand: () => number): MoveChoice | undefined {
  let best: MoveChoice | undefined;
  let bestValue = -Infinity;
  let ties = 0;
  for (const c of choices) {
    const v = value(c);
    if (v > bestValue + 1e-9) {
      best = c;
      bestValue = v;
      ties = 1;
    } else if (Math.abs(v - bestValue) <= 1e-9 && rand() * ++ties < 1) best = c;
  }
  return best;
}

export const heuristicBot: Bot = (G, ctx, playerID, rand) => {
  const role = roleOfSeat(playerID);
  if (role === null) return undefined;
  if (role === 'kazakhstan') return kazakhChoice(G, ctx, playerID, rand);
  const me = role;
  const choices = enumerate(G, ctx, playerID);
  if (G.pending !== null) return pickBest(choices, (c) => valueOf(G, ctx, playerID, me, c), rand);
  return pickBest(
    choices,
    (c) => {
      const next = after(G, ctx, playerID, c);
      return c.move === 'playOps' ? greedySpend(next, ctx, playerID, me) : evaluate(next, me);
    },
    rand,
  );
};
