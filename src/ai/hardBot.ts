// The Hard computer opponent: a determinised search on top of Standard's judgement.
// For a card choice it keeps Standard's best few candidates, then for each of a few
// determinisations (the opponent's hand and the deck dealt afresh from what is
// public, see redeal.ts) plays the candidate out (the operations spent greedily,
// each distinct die outcome weighted by its chance) and lets the opponent answer
// with its best card from the guessed hand. A candidate is worth what is left after
// the best answer, averaged over the determinisations. When neither power plays
// again this round, the round's end is played out instead: Kazakhstan's hedge, its
// policy (every policy weighted as the automaton would draw it), project income and
// scoring. Kazakhstan's seat looks through the round's scoring in the same way.
import type { Ctx } from 'boardgame.io';
import type { Power } from '../content/ids';
import { POLICIES } from '../content/index';
import { moveCopy } from '../game/clone';
import { enumerate, type MoveChoice } from '../game/enumerate';
import { adoptPolicy, hedge, policyWeight } from '../game/kazakhstan';
import { unlogged } from '../game/log';
import { roleOfSeat } from '../game/moves';
import { doneActing, scoreRound } from '../game/round';
import { opponent } from '../game/selectors';
import type { GameState } from '../game/state';
import type { Bot } from './bot';
import { evaluate, STANDARD_WEIGHTS, type Weights } from './evaluate';
import { cardValues, kazakhScore, standardChoice } from './heuristicBot';
import { after, expected, pickBest, rolls, rollOutcomes } from './lookahead';
import { redeal } from './redeal';
import type { Rand } from './rng';

export interface HardBudget {
  /** Standard's best candidates searched further. */
  readonly candidates: number;
  /** Determinisations of the hidden cards per candidate. */
  readonly deals: number;
}

export const HARD_BUDGET: HardBudget = { candidates: 3, deals: 2 };

const SEAT: Record<Power, string> = { russia: '0', china: '1' };

/** The board after Kazakhstan's phase and scoring, as `me` would value it, policies weighted as the automaton draws. */
export function roundEndValue(S: GameState, me: Power, w: Weights): number {
  if (S.result !== null) return evaluate(S, me, w);
  return unlogged(() => {
    const H = moveCopy(S);
    hedge(H);
    if (H.result !== null) return evaluate(H, me, w);
    const weights = POLICIES.map((p) => policyWeight(H, p));
    const total = weights.reduce((a, b) => a + b, 0);
    if (total <= 0) {
      scoreRound(H);
      return evaluate(H, me, w);
    }
    let v = 0;
    POLICIES.forEach((p, i) => {
      const share = (weights[i] ?? 0) / total;
      if (share <= 0) return;
      const P = moveCopy(H);
      adoptPolicy(P, p.id, 'automaton');
      if (P.result === null) scoreRound(P);
      v += share * evaluate(P, me, w);
    });
    return v;
  });
}

/** Spend the card in play greedily (as Standard would); rolls branch over their outcomes. */
function spendOut(S: GameState, ctx: Ctx, playerID: string, me: Power, w: Weights, leaf: (S: GameState) => number, depth = 0): number {
  if (S.pending === null || S.result !== null || depth > 6) return leaf(S);
  const choice = pickBest(enumerate(S, ctx, playerID), (c) => expected(S, ctx, playerID, c, (X) => evaluate(X, me, w)), () => 0);
  if (choice === undefined) return leaf(S);
  if (!rolls(choice)) return spendOut(after(S, ctx, playerID, choice), ctx, playerID, me, w, leaf, depth + 1);
  let v = 0;
  for (const o of rollOutcomes(S, choice)) v += o.weight * leaf(after(S, ctx, playerID, choice, o.face));
  return v;
}

/** What `me` keeps after the opponent's best answer (or the round's end when nobody plays again). */
function replyValue(S: GameState, ctx: Ctx, me: Power, w: Weights): number {
  if (S.result !== null) return evaluate(S, me, w);
  const them = opponent(me);
  if (!doneActing(S, them)) {
    const theirCtx = { ...ctx, currentPlayer: SEAT[them] };
    const values = cardValues(S, theirCtx, SEAT[them], them, w);
    let best = -Infinity;
    for (const v of values.values()) if (v > best) best = v;
    return best === -Infinity ? evaluate(S, me, w) : -best;
  }
  if (!doneActing(S, me)) return evaluate(S, me, w);
  return roundEndValue(S, me, w);
}

export function hardChoice(G: GameState, ctx: Ctx, playerID: string, rand: Rand, budget: HardBudget = HARD_BUDGET, w: Weights = STANDARD_WEIGHTS): MoveChoice | undefined {
  const role = roleOfSeat(playerID);
  if (role === null) return undefined;
  if (role === 'kazakhstan') return kazakhChoice(G, ctx, playerID, rand);
  if (G.pending !== null) return standardChoice(G, ctx, playerID, rand, w);
  const me = role;
  const values = cardValues(G, ctx, playerID, me, w);
  const ranked = [...values.entries()].sort((a, b) => b[1] - a[1]);
  // Plays that leave the same board (cards of one operations value, say) need one look.
  const seen = new Set<number>();
  const top: MoveChoice[] = [];
  for (const [c, v] of ranked) {
    if (top.length >= budget.candidates) break;
    const key = Math.round(v * 1e6);
    if (c.move === 'playOps' && seen.has(key)) continue;
    seen.add(key);
    top.push(c);
  }
  if (top.length <= 1) return top[0];
  const deals = Array.from({ length: budget.deals }, () => redeal(G, playerID, rand));
  const endCtx = ctx;
  return pickBest(
    top,
    (c) => {
      let total = 0;
      for (const D of deals) {
        const S = after(D, endCtx, playerID, c);
        // The card's turn ends once its operations are spent; then it is the other's move.
        total += spendOut(S, endCtx, playerID, me, w, (X) => replyValue(finishTurn(X, me), endCtx, me, w));
      }
      return total / deals.length;
    },
    rand,
  );
}

/** A card's play counted as done (what finishCard does), for a look-ahead that continues past it. */
function finishTurn(S: GameState, me: Power): GameState {
  if (S.pending === null) return S;
  const F = moveCopy(S);
  F.pending = null;
  F.played = { ...F.played, [me]: F.played[me] + 1 };
  return F;
}

/** Kazakhstan looks through the round's scoring: its policy judged by the board after income and scoring. */
function kazakhChoice(G: GameState, ctx: Ctx, playerID: string, rand: Rand): MoveChoice | undefined {
  return pickBest(
    enumerate(G, ctx, playerID),
    (c) => {
      const S = after(G, ctx, playerID, c);
      if (S.policyHand.length > 0 || S.result !== null) return kazakhScore(S);
      return unlogged(() => {
        const E = moveCopy(S);
        scoreRound(E);
        return kazakhScore(E);
      });
    },
    rand,
  );
}

export const hardBot: Bot = (G, ctx, playerID, rand) => hardChoice(G, ctx, playerID, rand);
