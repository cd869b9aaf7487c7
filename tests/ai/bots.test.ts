import type { State } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { heuristicBot } from '../../src/ai/heuristicBot';
import { randomBot } from '../../src/ai/randomBot';
import { seededRandom } from '../../src/ai/rng';
import { playOne, seededGame } from '../../src/ai/selfplay';
import { enumerate } from '../../src/game/enumerate';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';

describe('computer opponents', () => {
  it('the Standard bot beats the random bot from either side', () => {
    const results: string[] = [];
    for (let i = 0; i < 3; i++) {
      const asRussia = playOne({ seed: `std-r-${i}`, setup: {}, bots: [heuristicBot, randomBot] });
      const asChina = playOne({ seed: `std-c-${i}`, setup: {}, bots: [randomBot, heuristicBot] });
      expect(asRussia.error).toBeNull();
      expect(asChina.error).toBeNull();
      const r = asRussia.state.G.result;
      const c = asChina.state.G.result;
      results.push(r !== null && 'winner' in r ? r.winner : 'draw', c !== null && 'winner' in c ? c.winner : 'draw');
    }
    expect(results).toEqual(['russia', 'china', 'russia', 'china', 'russia', 'china']);
  });

  it('only chooses legal moves', () => {
    const s = InitializeGame({ game: seededGame('legal'), numPlayers: 2 }) as State<GameState>;
    const view = playerView(s.G, '0');
    const choice = heuristicBot(view, s.ctx, '0', seededRandom(1));
    expect(enumerate(s.G, s.ctx, '0')).toContainEqual(choice);
  });

  it("never depends on the opponent's hidden hand or the deck order", () => {
    const s = InitializeGame({ game: seededGame('fair'), numPlayers: 2 }) as State<GameState>;
    // The same public position with China's hand and the deck dealt differently.
    const other: GameState = structuredClone(s.G);
    const pool = [...other.hands.china, ...other.deck];
    pool.reverse();
    other.hands.china = pool.slice(0, other.hands.china.length);
    other.deck = pool.slice(other.hands.china.length);
    expect(other.hands.china).not.toEqual(s.G.hands.china);
    for (const bot of [heuristicBot, randomBot]) {
      const a = bot(playerView(s.G, '0'), s.ctx, '0', seededRandom('same'));
      const b = bot(playerView(other, '0'), s.ctx, '0', seededRandom('same'));
      expect(b).toEqual(a);
    }
  });
});
