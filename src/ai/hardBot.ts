// The Hard computer opponent: determinised rollouts on top of Standard's judgement.
// For a card choice it keeps Standard's best few candidates; for each of a few
// determinisations (the opponent's hand, the deck and the news dealt afresh from what
// is public, see redeal.ts) it plays the candidate, then plays the rest of the round
// out: each power in turn plays the card Standard would choose from its (guessed)
// hand and spends it, dice drawn from the determinisation's own stream (the same
// stream for every candidate, so candidates are compared on the same luck). At the
// round's end Kazakhstan's hedge, its policy (every policy weighted as the automaton
// would draw it), project income and scoring are weighed. A candidate is worth the
// average over the determinisations. Kazakhstan's seat looks through the round's
// scoring in the same way. While a card is being spent, each step is searched the same
// way: Standard's best few next steps, each followed by the card's rest and the round.
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
import { after, expected, pickBest, rollOutcomes, rolls } from './lookahead';
import { redeal } from './redeal';
import { seededRandom, type Rand } from './rng';

export interface HardBudget {
  /** Standard's best candidates searched further. */
  readonly candidates: number;
  /** Determinisations of the hidden cards per candidate. */
  readonly deals: number;
  /** While spending a card: Standard's best next steps searched further (0: Standard's step). */
  readonly spendCandidates: number;
  /** While spending a card: determinisations per step candidate. */
  readonly spendDeals: number;
}

export const HARD_BUDGET: HardBudget = { candidates: 4, deals: 6, spendCandidates: 3, spendDeals: 4 };

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

/** The next power to play a card this round, or null when both are done (Russia and China alternate). */
function nextToPlay(S: GameState, last: Power): Power | null {
  const other = opponent(last);
  if (!doneActing(S, other)) return other;
  if (!doneActing(S, last)) return last;
  return null;
}

/** Spend the card in play as Standard would, one best step at a time; a roll takes the face `dice` gives. */
function spendSampled(S: GameState, ctx: Ctx, playerID: string, me: Power, w: Weights, dice: Rand): GameState {
  let X = S;
  for (let depth = 0; X.pending !== null && X.result === null && depth < 8; depth++) {
    const choices = enumerate(X, ctx, playerID);
    const choice = pickBest(
      choices,
      (c) => expected(X, ctx, playerID, c, (Y) => evaluate(Y, me, w)),
      () => 0,
    );
    if (choice === undefined) break;
    X = after(X, ctx, playerID, choice, rolls(choice) ? 1 + Math.floor(dice() * 6) : 3);
    if (choice.move === 'endPlay' || rolls(choice)) break;
  }
  return finishTurn(X, me);
}

/**
 * The rest of the round played out on a determinisation: each power in turn plays the
 * card Standard would choose from its (guessed) hand and spends it, dice drawn from
 * `dice`; then Kazakhstan's phase and scoring are weighed as in roundEndValue.
 */
function rollout(S0: GameState, ctx: Ctx, me: Power, last: Power, w: Weights, dice: Rand): number {
  let S = S0;
  let mover: Power | null = nextToPlay(S, last);
  for (let plays = 0; mover !== null && S.result === null && plays < 16; plays++) {
    const seat = SEAT[mover];
    const moverCtx = { ...ctx, currentPlayer: seat };
    const values = cardValues(S, moverCtx, seat, mover, w);
    let best: MoveChoice | undefined;
    let bestValue = -Infinity;
    for (const [c, v] of values)
      if (v > bestValue) {
        best = c;
        bestValue = v;
      }
    if (best === undefined) break;
    S = spendSampled(after(S, moverCtx, seat, best), moverCtx, seat, mover, w, dice);
    mover = nextToPlay(S, mover);
  }
  return roundEndValue(S, me, w);
}

export function hardChoice(
  G: GameState,
  ctx: Ctx,
  playerID: string,
  rand: Rand,
  budget: HardBudget = HARD_BUDGET,
  w: Weights = STANDARD_WEIGHTS,
): MoveChoice | undefined {
  const role = roleOfSeat(playerID);
  if (role === null) return undefined;
  if (role === 'kazakhstan') return kazakhChoice(G, ctx, playerID, rand);
  if (G.pending !== null) return spendChoice(G, ctx, playerID, role, rand, budget, w);
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
  return bestOnAverage(top, dealt(G, playerID, rand, budget.deals), rand, (D, c, diceSeed) => {
    const dice = seededRandom(diceSeed);
    const S = spendSampled(after(D, ctx, playerID, c), ctx, playerID, me, w, dice);
    return rollout(S, ctx, me, me, w, dice);
  });
}

interface Deal {
  readonly D: GameState;
  readonly diceSeed: number;
}

/** Determinisations of what the seat cannot see, each with its own dice, the same for every candidate (common random numbers). */
function dealt(G: GameState, playerID: string, rand: Rand, n: number): Deal[] {
  return Array.from({ length: n }, () => ({ D: redeal(G, playerID, rand), diceSeed: Math.floor(rand() * 2 ** 32) }));
}

/** The candidate worth most on average over the deals. */
function bestOnAverage(
  top: readonly MoveChoice[],
  deals: readonly Deal[],
  rand: Rand,
  value: (D: GameState, c: MoveChoice, diceSeed: number) => number,
): MoveChoice | undefined {
  return pickBest(
    top,
    (c) => {
      let total = 0;
      for (const { D, diceSeed } of deals) total += value(D, c, diceSeed);
      return total / deals.length;
    },
    rand,
  );
}

/**
 * A step of spending the card in play: Standard's best few next steps (by the board
 * one step on, dice averaged), each played, the card's rest spent as Standard would,
 * and the round played out on a few determinisations as for a card choice. A roll is
 * averaged over its outcomes rather than sampled, so a lucky face does not decide.
 */
function spendChoice(
  G: GameState,
  ctx: Ctx,
  playerID: string,
  me: Power,
  rand: Rand,
  budget: HardBudget,
  w: Weights,
): MoveChoice | undefined {
  const choices = enumerate(G, ctx, playerID);
  if (budget.spendCandidates <= 1 || choices.length <= 1) return standardChoice(G, ctx, playerID, rand, w);
  const ranked = choices
    .map((c) => ({ c, v: expected(G, ctx, playerID, c, (S) => evaluate(S, me, w)) }))
    .sort((a, b) => b.v - a.v);
  const top = ranked.slice(0, budget.spendCandidates).map((x) => x.c);
  return bestOnAverage(top, dealt(G, playerID, rand, budget.spendDeals), rand, (D, c, diceSeed) => {
    let v = 0;
    for (const o of rolls(c) ? rollOutcomes(D, c) : [{ face: 3, weight: 1 }]) {
      const dice = seededRandom(diceSeed);
      const S = after(D, ctx, playerID, c, o.face);
      v +=
        o.weight *
        rollout(
          c.move === 'endPlay' || rolls(c) ? finishTurn(S, me) : spendSampled(S, ctx, playerID, me, w, dice),
          ctx,
          me,
          me,
          w,
          dice,
        );
    }
    return v;
  });
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
