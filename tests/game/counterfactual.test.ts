// The counterfactual replays a stored game exactly: in the real world it reproduces the
// game move for move; in the realist world it is deterministic and values change nothing.
import { describe, expect, it } from 'vitest';
import { BOTS } from '../../src/ai/bots';
import { playOne } from '../../src/ai/selfplay';
import { counterfactual, effectiveMoves, replay, setupOf, type StoredGame } from '../../src/game/counterfactual';
import { logEntries } from '../../src/game/log';

function stored(seed: string, players: 2 | 3 = 2): StoredGame {
  const bots = players === 3 ? [BOTS.standard, BOTS.standard, BOTS.standard] : [BOTS.standard, BOTS.standard];
  const r = playOne({ seed, setup: { scenario: 'belt-and-road-2013', players }, bots });
  expect(r.error).toBeNull();
  return { seed, setup: setupOf(r.state.G), actions: r.actions };
}

describe('the counterfactual replay', () => {
  it('replays a stored game exactly in the real world', () => {
    const seed = 'cf-exact';
    const r = playOne({ seed, setup: {}, bots: [BOTS.standard, BOTS.standard] });
    const again = replay({ seed, setup: setupOf(r.state.G), actions: r.actions }, 'real');
    expect(again.dropped).toEqual([]);
    expect(again.filled).toBe(0);
    expect(again.state.G).toEqual(r.state.G);
  });

  it('is deterministic in the realist world, and no value changes anything there', () => {
    const game = stored('cf-det');
    const a = counterfactual(game);
    const b = counterfactual(game);
    expect(b.realist.state.G).toEqual(a.realist.state.G);
    expect(b.realist.dropped).toEqual(a.realist.dropped);
    expect(a.realist.state.G.world).toBe('realist');
    expect(a.realist.state.ctx.gameover).toBeDefined();
    // No value modifier ever moved the rope in the realist world.
    const valueRope = logEntries(a.realist.state.G).filter((e) => e.kind === 'rope' && e.note === 'values');
    expect(valueRope).toEqual([]);
    expect(a.winnerChanged).toBe(a.realWinner !== a.realistWinner);
  });

  it('finishes a three-player game too', () => {
    const cf = counterfactual(stored('cf-three', 3));
    expect(cf.realist.state.ctx.gameover).toBeDefined();
    expect(cf.real.dropped).toEqual([]);
  });

  it("drops a refused spending step but keeps the card in play for the seat's next steps", () => {
    const seed = 'cf-step';
    const r = playOne({ seed, setup: {}, bots: [BOTS.standard, BOTS.standard] });
    // The first card played for operations whose next stored move is a point by the same seat.
    const at = r.actions.findIndex(
      (a, i) =>
        a.move === 'playOps' &&
        r.actions[i + 1]?.move === 'placeInfluence' &&
        r.actions[i + 1]?.playerID === a.playerID,
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const seat = r.actions[at]?.playerID ?? '0';
    const bogus = { type: 'MAKE_MOVE' as const, move: 'placeInfluence', args: ['nowhere'], playerID: seat };
    const actions = [...r.actions.slice(0, at + 1), bogus, ...r.actions.slice(at + 1)];
    const again = replay({ seed, setup: setupOf(r.state.G), actions }, 'real');
    // Only the refused step is dropped; the card was not ended early, so the game is the same.
    expect(again.dropped).toEqual([{ index: at + 1, move: 'placeInfluence', seat }]);
    expect(again.filled).toBe(0);
    expect(again.state.G).toEqual(r.state.G);
  });

  it('replays only the moves that stood after undo and redo', () => {
    const m = (move: string) => ({ type: 'MAKE_MOVE' as const, move, args: [], playerID: '0' });
    const u = { type: 'UNDO' as const, playerID: '0' };
    const r = { type: 'REDO' as const, playerID: '0' };
    expect(effectiveMoves([m('a'), m('b'), u, m('c')]).map((x) => x.move)).toEqual(['a', 'c']);
    expect(effectiveMoves([m('a'), m('b'), u, u, r]).map((x) => x.move)).toEqual(['a']);
    expect(effectiveMoves([m('a'), m('b'), u, r]).map((x) => x.move)).toEqual(['a', 'b']);
  });
});
