// The round's automatic parts, run as phase hooks: the deal (decks built and
// shuffled after setup, so no secret is in the initial state), the news, Kazakhstan's
// hedge and policy, and scoring.
import { ERA_START, eraOfYear } from '../content/eras';
import { ERAS, POWERS, type CardId, type EventId } from '../content/ids';
import { CARDS, EVENT_BY_ID, WORLD_EVENTS } from '../content/index';
import { FINAL_YEAR, roundSpans, SCENARIOS } from '../content/scenarios';
import { writable } from './clone';
import { applyEffects } from './effects';
import { adoptPolicy, automatonPolicy, dealPolicyHand, hedge } from './kazakhstan';
import type { Rng } from './random';
import { finalScoring, payProjectIncome, roundScoring } from './scoring';
import { controlledTiles } from './selectors';
import { HIDDEN, type GameState, type Hidden } from './state';
import { record } from './log';
import { resolveInjected } from './inject';

export { ERA_START, eraOfYear };

/** Historical mode: for each round one event from its own years. Alternate history: any from its era. */
export function buildNewsDeck(G: GameState, random: Rng): EventId[] {
  const years = SCENARIOS[G.scenario].years;
  const spans = roundSpans(years);
  const used = new Set<string>();
  const deck: EventId[] = [];
  for (let i = 0; i < years.length; i++) {
    const [from, to] = spans[i] ?? [FINAL_YEAR, FINAL_YEAR];
    const unused = WORLD_EVENTS.filter((e) => !used.has(e.id));
    const era = eraOfYear(from);
    const pools =
      G.newsMode === 'historical'
        ? [
            unused.filter((e) => e.history.year >= from && e.history.year <= to),
            unused.filter((e) => e.era === era),
            unused,
          ]
        : [unused.filter((e) => e.era === era), unused];
    const pool = pools.find((p) => p.length > 0);
    if (pool === undefined) break;
    const pick = random.Shuffle(pool.map((e) => e.id))[0];
    if (pick === undefined) break;
    used.add(pick);
    deck.push(pick);
  }
  return deck;
}

/** Bring the cards of every era the game has reached into the deck, and shuffle. */
function addEras(G: GameState, random: Rng): void {
  const years = SCENARIOS[G.scenario].years;
  const firstYear = years[0] ?? ERA_START.early;
  const [, lastYearOfRound] = roundSpans(years)[G.round - 1] ?? [FINAL_YEAR, FINAL_YEAR];
  const fresh = ERAS.filter((e) => ERA_START[e] <= lastYearOfRound && !G.erasAdded.includes(e));
  if (fresh.length === 0) return;
  for (const era of fresh) {
    writable(G, 'erasAdded').push(era);
    // History that happened before the scenario begins is already on its board.
    for (const c of CARDS)
      if (c.era === era && !(c.once && c.history !== undefined && c.history.year < firstYear))
        writable(G, 'deck').push(c.id);
  }
  G.deck = random.Shuffle(G.deck);
}

function draw(G: GameState, random: Rng): CardId | Hidden | undefined {
  if (G.deck.length === 0 && G.discard.length > 0) {
    G.deck = random.Shuffle(G.discard);
    G.discard = [];
  }
  return G.deck.length === 0 ? undefined : writable(G, 'deck').pop();
}

export function deal(G: GameState, random: Rng): void {
  G.newsDeck = buildNewsDeck(G, random);
  addEras(G, random);
}

/** Start of a round: new cards, refilled hands, any injected events, the news. */
export function beginRound(G: GameState, random: Rng): void {
  const years = SCENARIOS[G.scenario].years;
  G.year = years[G.round - 1] ?? G.year;
  G.played = { russia: 0, china: 0 };
  addEras(G, random);
  for (const p of POWERS) {
    const hand = [...G.hands[p]];
    while (hand.length < G.handSize) {
      const c = draw(G, random);
      if (c === undefined) break;
      hand.push(c);
    }
    if (hand.length !== G.hands[p].length) writable(G, 'hands')[p] = hand;
  }
  // Classroom: a teacher's injected events resolve first, in addition to the scheduled news.
  resolveInjected(G);
  if (G.result !== null) {
    G.news = null;
    return;
  }
  const next = G.newsDeck.length === 0 ? null : (writable(G, 'newsDeck').shift() ?? null);
  // The rules' own state holds no hidden id (only a seat's view does).
  const news = next === HIDDEN ? null : next;
  G.news = news;
  const def = news === null ? undefined : EVENT_BY_ID[news];
  if (news !== null && def !== undefined) {
    record(G, { kind: 'news', round: G.round, event: news });
    applyEffects(G, def.effects, null, { type: 'event', id: news });
  }
}

/** A power is done for the round when it has played its cards or has none left. */
export function doneActing(G: GameState, power: 'russia' | 'china'): boolean {
  return G.played[power] >= G.playsPerRound || (G.hands[power].length === 0 && G.pending?.power !== power);
}

export function beginKazakhstan(G: GameState, random: Rng): void {
  hedge(G);
  if (G.result !== null) return;
  if (G.players === 3) dealPolicyHand(G, random);
  else adoptPolicy(G, automatonPolicy(G, random), 'automaton');
}

export function scoreRound(G: GameState): void {
  payProjectIncome(G);
  const news = G.news === null ? undefined : EVENT_BY_ID[G.news];
  roundScoring(G, news?.scores ?? null);
  writable(G, 'history').push({
    round: G.round,
    year: G.year,
    rope: G.rope,
    values: { ...G.values },
    control: { russia: controlledTiles(G, 'russia').length, china: controlledTiles(G, 'china').length },
  });
  if (G.result !== null) return;
  if (G.round >= G.rounds) {
    finalScoring(G);
    if (G.result === null) G.result = finalResult(G);
    return;
  }
  G.round += 1;
}

/** Three-player Kazakhstan wins on its own goal: a sovereign Qazaqstan that neither power owns. */
export const KZ_GOAL = { ropeBand: 5, reformPlusIdentity: 12, maxControlledTiles: 5 } as const;

export function kazakhstanGoalMet(G: GameState): boolean {
  return (
    Math.abs(G.rope) <= KZ_GOAL.ropeBand &&
    G.values.reform + G.values.identity >= KZ_GOAL.reformPlusIdentity &&
    POWERS.every((p) => controlledTiles(G, p, 'kazakhstan').length < KZ_GOAL.maxControlledTiles)
  );
}

export function finalResult(G: GameState): NonNullable<GameState['result']> {
  if (G.players === 3 && kazakhstanGoalMet(G)) return { winner: 'kazakhstan', reason: 'kazakhstanGoal' };
  if (G.rope > 0) return { winner: 'china', reason: 'final' };
  if (G.rope < 0) return { winner: 'russia', reason: 'final' };
  return { draw: true, reason: 'final' };
}
