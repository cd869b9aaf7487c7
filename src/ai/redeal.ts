// Before any bot thinks, what its seat cannot see is dealt afresh from what is
// public, with the bot's own seeded random: the opponent's hand, the deck's order,
// the news to come and (for the powers) Kazakhstan's policy hand. A bot therefore
// cannot read a secret even when it is handed the full state: the secret is masked
// first (playerView) and the masked places are filled with a guess that depends only
// on public facts and the bot's random. The guess is also what a searching bot
// plays its rollouts on (a determinisation).
import { ERA_START } from '../content/eras';
import { POWERS, type CardId, type EventId, type Power } from '../content/ids';
import { CARDS, POLICIES, WORLD_EVENTS } from '../content/index';
import { FINAL_YEAR, roundSpans, SCENARIOS } from '../content/scenarios';
import { roleOfSeat } from '../game/moves';
import { HIDDEN, playerView } from '../game/playerView';
import type { GameState } from '../game/state';
import { logEntries } from '../game/log';
import type { Rand } from './rng';

function shuffle<T>(items: T[], rand: Rand): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

/** The cards that have joined this game's deck so far, in content order (public: eras are on the board). */
function cardsInGame(G: GameState): CardId[] {
  const firstYear = SCENARIOS[G.scenario].years[0] ?? ERA_START.early;
  return CARDS.filter(
    (c) => G.erasAdded.includes(c.era) && !(c.once && c.history !== undefined && c.history.year < firstYear),
  ).map((c) => c.id);
}

/** World events already seen this game (public: the news is read out). */
function newsSeen(G: GameState): Set<string> {
  const seen = new Set<string>();
  for (const e of logEntries(G)) if (e.kind === 'news') seen.add(e.event);
  if (G.news !== null) seen.add(G.news);
  return seen;
}

/** A guess at the news of the rounds to come, drawn like the real news deck from the unseen events. */
function guessNews(G: GameState, count: number, rand: Rand): EventId[] {
  const years = SCENARIOS[G.scenario].years;
  const spans = roundSpans(years);
  const used = newsSeen(G);
  const out: EventId[] = [];
  for (let i = years.length - count; i < years.length; i++) {
    const [from, to] = spans[i] ?? [FINAL_YEAR, FINAL_YEAR];
    const unused = WORLD_EVENTS.filter((e) => !used.has(e.id));
    const inYears = unused.filter((e) => e.history.year >= from && e.history.year <= to);
    const pool = inYears.length > 0 ? inYears : unused;
    const pick = pool[Math.floor(rand() * pool.length)];
    if (pick === undefined) break;
    used.add(pick.id);
    out.push(pick.id);
  }
  return out;
}

/**
 * The seat's view with every hidden place filled by a guess drawn from the public
 * facts with `rand`. Counts stay as they are; nothing secret is read (the state is
 * masked by playerView before anything else happens).
 */
export function redeal(full: GameState, playerID: string, rand: Rand): GameState {
  const G = playerView(full, playerID);
  const role = roleOfSeat(playerID);
  const hands = { ...G.hands };
  const known = new Set<string>([...G.discard, ...G.removed]);
  for (const p of POWERS) for (const c of G.hands[p]) if (c !== HIDDEN) known.add(c);
  const pool = shuffle(
    cardsInGame(G).filter((c) => !known.has(c)),
    rand,
  );
  for (const p of POWERS) {
    if (!G.hands[p].includes(HIDDEN)) continue;
    const n = G.hands[p].length;
    hands[p as Power] = [
      ...G.hands[p].filter((c) => c !== HIDDEN),
      ...pool.splice(0, n - G.hands[p].filter((c) => c !== HIDDEN).length),
    ];
  }
  const deck = pool.slice(0, G.deck.length);
  const newsDeck = guessNews(G, G.newsDeck.length, rand);
  const policyHand =
    role === 'kazakhstan' || !G.policyHand.includes(HIDDEN)
      ? G.policyHand
      : shuffle(
          POLICIES.map((p) => p.id),
          rand,
        ).slice(0, G.policyHand.length);
  return { ...G, hands, deck, newsDeck, policyHand };
}
