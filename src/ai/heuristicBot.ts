// The Standard computer opponent: one-ply look-ahead with the rules' own move
// functions on a copy of what the seat can see, judged by evaluate(). A card is
// judged by the best way to play it: its event, or its operations spent greedily
// step by step. Dice are averaged over their faces (grouped by outcome). Ties go to
// the bot's seeded random choice, so two bots do not always play the same game.
import type { Ctx } from 'boardgame.io';
import type { Power } from '../content/ids';
import { CARD_BY_ID } from '../content/index';
import { enumerate, type MoveChoice } from '../game/enumerate';
import { roleOfSeat } from '../game/moves';
import { kazakhstanGoalMet } from '../game/round';
import { controlledTiles, opponent } from '../game/selectors';
import type { GameState } from '../game/state';
import type { Bot } from './bot';
import { evaluate, STANDARD_WEIGHTS, type Weights } from './evaluate';
import { after, expected, pickBest, rolls } from './lookahead';

/** The value of spending the card in play greedily, one best step at a time. */
export function greedySpend(
  G: GameState,
  ctx: Ctx,
  playerID: string,
  me: Power,
  w: Weights = STANDARD_WEIGHTS,
  depth = 0,
): number {
  if (G.pending === null || depth > 6) return evaluate(G, me, w);
  let best = -Infinity;
  let bestChoice: MoveChoice | null = null;
  for (const c of enumerate(G, ctx, playerID)) {
    const v = expected(G, ctx, playerID, c, (S) => evaluate(S, me, w));
    if (v > best) {
      best = v;
      bestChoice = c;
    }
  }
  if (bestChoice === null || rolls(bestChoice) || bestChoice.move === 'endPlay') return best;
  return Math.max(best, greedySpend(after(G, ctx, playerID, bestChoice), ctx, playerID, me, w, depth + 1));
}

/**
 * Each card choice of a power valued: an event by the state it leaves, operations by
 * their greedy spending. Cards of the same operations that fire no opposing event
 * leave the same board, so their spending is judged once.
 */
export function cardValues(
  G: GameState,
  ctx: Ctx,
  playerID: string,
  me: Power,
  w: Weights = STANDARD_WEIGHTS,
): Map<MoveChoice, number> {
  const out = new Map<MoveChoice, number>();
  const spendByOps = new Map<number, number>();
  for (const c of enumerate(G, ctx, playerID)) {
    const next = after(G, ctx, playerID, c);
    if (c.move !== 'playOps') {
      // An own event leaves operations to spend: judged by their greedy spending.
      out.set(c, next.pending !== null ? greedySpend(next, ctx, playerID, me, w) : evaluate(next, me, w));
      continue;
    }
    const def = CARD_BY_ID[c.args[0] as string];
    const plain = def !== undefined && def.side !== opponent(me);
    const cached = plain ? spendByOps.get(def.ops) : undefined;
    const v = cached ?? greedySpend(next, ctx, playerID, me, w);
    if (plain && cached === undefined) spendByOps.set(def.ops, v);
    out.set(c, v);
  }
  return out;
}

/** Kazakhstan's own goal: a balanced rope, Reform and Identity high, no power owning it. */
export function kazakhScore(S: GameState): number {
  return (
    (kazakhstanGoalMet(S) ? 20 : 0) -
    Math.abs(S.rope) +
    (S.values.reform + S.values.identity) * 0.8 -
    Math.max(controlledTiles(S, 'russia', 'kazakhstan').length, controlledTiles(S, 'china', 'kazakhstan').length)
  );
}

export function standardChoice(
  G: GameState,
  ctx: Ctx,
  playerID: string,
  rand: () => number,
  w: Weights = STANDARD_WEIGHTS,
): MoveChoice | undefined {
  const role = roleOfSeat(playerID);
  if (role === null) return undefined;
  if (role === 'kazakhstan')
    return pickBest(enumerate(G, ctx, playerID), (c) => kazakhScore(after(G, ctx, playerID, c)), rand);
  const me = role;
  if (G.pending !== null)
    return pickBest(enumerate(G, ctx, playerID), (c) => expected(G, ctx, playerID, c, (S) => evaluate(S, me, w)), rand);
  const values = cardValues(G, ctx, playerID, me, w);
  return pickBest([...values.keys()], (c) => values.get(c) ?? -Infinity, rand);
}

export const heuristicBot: Bot = (G, ctx, playerID, rand) => standardChoice(G, ctx, playerID, rand);
