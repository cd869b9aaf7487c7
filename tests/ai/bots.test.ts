import type { Ctx, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { BOT_LEVELS, BOTS, PLAYER_LEVELS } from '../../src/ai/bots';
import { heuristicBot } from '../../src/ai/heuristicBot';
import { randomBot } from '../../src/ai/randomBot';
import { redeal } from '../../src/ai/redeal';
import { seededRandom } from '../../src/ai/rng';
import { actingSeat, makeMove, playOne, seededGame } from '../../src/ai/selfplay';
import { wilson } from '../../src/ai/simulate';
import { enumerate } from '../../src/game/enumerate';
import { HIDDEN, playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';

/** Play random legal moves from the start until `stop` holds; returns that full state. */
function reach(seed: string, players: 2 | 3, stop: (s: State<GameState>) => boolean): State<GameState> {
  const game = seededGame(seed);
  let s = InitializeGame({ game, numPlayers: players, setupData: { players } }) as State<GameState>;
  const reducer = CreateGameReducer({ game, isClient: false });
  const rand = seededRandom(seed);
  for (let i = 0; i < 2000 && !stop(s); i++) {
    const seat = actingSeat(s.ctx);
    const c = randomBot(playerView(s.G, seat), s.ctx, seat, rand);
    if (c === undefined) break;
    s = reducer(s, makeMove(c.move, c.args, seat)) as State<GameState>;
  }
  if (!stop(s)) throw new Error('position not reached');
  return s;
}

/** The same public position with every secret dealt differently: hands, deck order, news to come, policy hand. */
function reshuffled(G: GameState, seat: string): GameState {
  const other: GameState = structuredClone(G);
  const hidden = (['russia', 'china'] as const).filter((p) =>
    seat === '0' ? p !== 'russia' : seat === '1' ? p !== 'china' : true,
  );
  const pool = [...hidden.flatMap((p) => other.hands[p]), ...other.deck].reverse();
  for (const p of hidden) other.hands[p] = pool.splice(0, other.hands[p].length);
  other.deck = pool;
  other.newsDeck = [...other.newsDeck].reverse();
  if (seat !== '2') other.policyHand = [...other.policyHand].reverse();
  return other;
}

describe('computer opponents', () => {
  it('offers Easy, Standard and Hard to players, and random for the sim', () => {
    expect(PLAYER_LEVELS).toEqual(['easy', 'standard', 'hard']);
    expect(BOT_LEVELS).toContain('random');
  });

  it('the Standard bot beats the random bot from either side', () => {
    const results: string[] = [];
    for (let i = 0; i < 2; i++) {
      const asRussia = playOne({ seed: `std-r-${i}`, setup: {}, bots: [BOTS.standard, BOTS.random] });
      const asChina = playOne({ seed: `std-c-${i}`, setup: {}, bots: [BOTS.random, BOTS.standard] });
      expect(asRussia.error).toBeNull();
      expect(asChina.error).toBeNull();
      const r = asRussia.state.G.result;
      const c = asChina.state.G.result;
      results.push(r !== null && 'winner' in r ? r.winner : 'draw', c !== null && 'winner' in c ? c.winner : 'draw');
    }
    expect(results).toEqual(['russia', 'china', 'russia', 'china']);
  });

  it('every level plays a legal move for every role', () => {
    const positions: [State<GameState>, string][] = [
      [reach('legal-r', 2, (s) => s.ctx.phase === 'actions' && s.ctx.currentPlayer === '0'), '0'],
      [
        reach('legal-c', 2, (s) => s.ctx.phase === 'actions' && s.ctx.currentPlayer === '1' && s.G.pending === null),
        '1',
      ],
      [reach('legal-p', 2, (s) => s.G.pending !== null && s.G.pending.action === null), ''],
      [reach('legal-k', 3, (s) => s.ctx.phase === 'kazakhstan' && s.G.policyHand.length > 0), '2'],
    ];
    for (const [s, given] of positions) {
      const seat = given === '' ? actingSeat(s.ctx) : given;
      for (const level of BOT_LEVELS) {
        const choice = BOTS[level](s.G, s.ctx, seat, seededRandom(level));
        expect(enumerate(s.G, s.ctx, seat), `${level} for seat ${seat}`).toContainEqual(choice);
      }
    }
  });

  it("never depends on the opponent's hidden hand, the deck order, the news to come or another seat's secrets", () => {
    const positions: [State<GameState>, string][] = [
      [InitializeGame({ game: seededGame('fair'), numPlayers: 2 }) as State<GameState>, '0'],
      [
        reach(
          'fair-c',
          2,
          (s) => s.ctx.phase === 'actions' && s.ctx.currentPlayer === '1' && s.G.pending === null && s.G.round >= 2,
        ),
        '1',
      ],
      [reach('fair-k', 3, (s) => s.ctx.phase === 'kazakhstan' && s.G.policyHand.length > 0), '2'],
      // Mid-card: Hard searches its next step of spending on re-dealt hands as well.
      [
        reach(
          'fair-p',
          2,
          (s) => s.G.pending !== null && s.G.pending.action === null && s.G.pending.opsLeft >= 2 && s.G.round >= 2,
        ),
        '',
      ],
    ];
    // The first position is before the deal: deal it so hands and deck exist.
    const first = positions[0];
    if (first !== undefined) first[0] = reach('fair', 2, (s) => s.ctx.phase === 'actions');
    for (const [s, given] of positions) {
      const seat = given === '' ? actingSeat(s.ctx) : given;
      const other = reshuffled(s.G, seat);
      const role = seat === '0' ? 'china' : 'russia';
      expect(other.hands[role]).not.toEqual(s.G.hands[role]);
      expect(other.deck).not.toEqual(s.G.deck);
      for (const level of BOT_LEVELS) {
        // Handed the full state (as a careless caller might), and handed the seat's view.
        const a = BOTS[level](s.G, s.ctx as Ctx, seat, seededRandom('same'));
        const b = BOTS[level](other, s.ctx as Ctx, seat, seededRandom('same'));
        const c = BOTS[level](playerView(other, seat), s.ctx as Ctx, seat, seededRandom('same'));
        expect(b, `${level} for seat ${seat}`).toEqual(a);
        expect(c, `${level} for seat ${seat}, from its view`).toEqual(a);
      }
    }
    // Twelve Hard decisions, each a search over re-dealt hands; an own event's operations make the
    // rollouts longer, so on a loaded machine this takes more than the default minute.
  }, 240_000);

  it('re-deals only what the seat cannot see, from cards it has not seen', () => {
    const s = reach('redeal', 2, (x) => x.ctx.phase === 'actions' && x.G.round >= 2);
    const guess = redeal(s.G, '0', seededRandom(3));
    expect(guess.hands.russia).toEqual(s.G.hands.russia);
    expect(guess.hands.china).toHaveLength(s.G.hands.china.length);
    expect(guess.hands.china).not.toContain(HIDDEN);
    expect(guess.newsDeck).toHaveLength(s.G.newsDeck.length);
    const seen = new Set([...s.G.hands.russia, ...s.G.discard, ...s.G.removed]);
    for (const c of [...guess.hands.china, ...guess.deck]) expect(seen.has(c), c).toBe(false);
    const all = [...guess.hands.russia, ...guess.hands.china, ...guess.deck];
    expect(new Set(all).size).toBe(all.length);
    expect({ ...guess, hands: null, deck: null, newsDeck: null, policyHand: null }).toEqual({
      ...s.G,
      hands: null,
      deck: null,
      newsDeck: null,
      policyHand: null,
    });
  });

  it('the old Standard entry point still answers from a view', () => {
    const s = reach('legacy', 2, (x) => x.ctx.phase === 'actions');
    expect(enumerate(s.G, s.ctx, '0')).toContainEqual(heuristicBot(playerView(s.G, '0'), s.ctx, '0', seededRandom(1)));
  });

  it('gives Wilson intervals that contain the rate and stay inside 0..1', () => {
    expect(wilson(50, 100)).toEqual([0.404, 0.596]);
    expect(wilson(0, 10)[0]).toBe(0);
    expect(wilson(10, 10)[1]).toBe(1);
  });
});
