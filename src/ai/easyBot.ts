// The Easy computer opponent: legal and lightly sensible. It looks one step ahead
// only (a card is judged by the board right after it is played, so operations are
// not planned), averages the dice, and now and then plays a legal move at random.
import { enumerate } from '../game/enumerate';
import { roleOfSeat } from '../game/moves';
import type { Bot } from './bot';
import { evaluate } from './evaluate';
import { kazakhScore } from './heuristicBot';
import { after, expected, pickBest } from './lookahead';
import { pick } from './rng';

/** How often Easy plays a legal move at random instead of its one-step best. */
export const EASY_RANDOM_SHARE = 0.35;

export const easyBot: Bot = (G, ctx, playerID, rand) => {
  const role = roleOfSeat(playerID);
  if (role === null) return undefined;
  const choices = enumerate(G, ctx, playerID);
  if (rand() < EASY_RANDOM_SHARE) return pick(choices, rand);
  if (role === 'kazakhstan') return pickBest(choices, (c) => kazakhScore(after(G, ctx, playerID, c)), rand);
  return pickBest(choices, (c) => expected(G, ctx, playerID, c, (S) => evaluate(S, role)), rand);
};
