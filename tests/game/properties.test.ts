import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actingSeat, makeMove, seededGame } from '../../src/ai/selfplay';
import { PROJECT_KINDS, SCENARIO_IDS, TILE_IDS, VALUES } from '../../src/content/ids';
import { enumerate } from '../../src/game/enumerate';
import { explainMove, MOVE_NAMES, SOFT_TARGETS } from '../../src/game/moves';
import type { GameState } from '../../src/game/state';

type S = State<GameState>;

function invariants(G: GameState): void {
  for (const t of TILE_IDS) {
    expect(G.influence[t].russia).toBeGreaterThanOrEqual(0);
    expect(G.influence[t].china).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(G.influence[t].russia + G.influence[t].china)).toBe(true);
  }
  for (const v of VALUES) {
    expect(G.values[v]).toBeGreaterThanOrEqual(0);
    expect(G.values[v]).toBeLessThanOrEqual(10);
  }
  expect(G.rope).toBeGreaterThanOrEqual(-20);
  expect(G.rope).toBeLessThanOrEqual(20);
}

/** An argument drawn from a broad pool: real ids, near misses and junk. */
function argFrom(s: S, k: number): unknown {
  const hand = [...s.G.hands.russia, ...s.G.hands.china];
  const pool: unknown[] = [
    ...TILE_IDS,
    ...PROJECT_KINDS,
    ...SOFT_TARGETS,
    ...hand,
    ...s.G.policyHand,
    'russia',
    'china',
    1,
    -1,
    2,
    'mars',
    '',
    null,
    {},
    [],
    'toString',
    99,
  ];
  return pool[k % pool.length];
}

describe('properties: random legal and illegal moves', () => {
  it('influence never negative, values in 0..10, rope in -20..20, every game ends, illegal moves change nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_IDS),
        fc.constantFrom(2 as const, 3 as const),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(100), fc.nat(20), fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(3)), {
          minLength: 20,
          maxLength: 120,
        }),
        (scenario, players, seed, script) => {
          const game = seededGame(seed);
          let s = InitializeGame({ game, numPlayers: players, setupData: { scenario, players } }) as S;
          const reducer = CreateGameReducer({ game, isClient: false });
          const step = (move: string, args: unknown[], seat: string): S => reducer(s, makeMove(move, args, seat)) as S;
          for (const [roll, m, a0, a1, a2, seatShift] of script) {
            if (s.ctx.gameover !== undefined) break;
            const acting = actingSeat(s.ctx);
            if (roll < 60) {
              // A legal move, as a player would choose it.
              const legal = enumerate(s.G, s.ctx, acting);
              const choice = legal[a0 % Math.max(1, legal.length)];
              expect(choice).toBeDefined();
              if (choice === undefined) return;
              const next = step(choice.move, choice.args, acting);
              expect(next._stateID).toBe(s._stateID + 1);
              s = next;
              invariants(s.G);
            } else {
              // Anything at all, from any seat: refused unless the rules' own check accepts it.
              const seat = String((Number(acting) + seatShift) % players);
              const move = MOVE_NAMES[m % MOVE_NAMES.length] ?? 'endPlay';
              const args = [argFrom(s, a0), argFrom(s, a1), argFrom(s, a2)].slice(0, a2 % 4);
              const reason = explainMove(s.G, s.ctx, seat, move, args);
              const next = step(move, args, seat);
              if (reason === null) {
                expect(next._stateID).toBe(s._stateID + 1);
                s = next;
                invariants(s.G);
              } else {
                expect(next.G).toEqual(s.G);
                expect(next._stateID).toBe(s._stateID);
              }
            }
          }
          // Whatever happened, the game still runs to its end on legal moves.
          for (let guard = 0; guard < 4000 && s.ctx.gameover === undefined; guard++) {
            const acting = actingSeat(s.ctx);
            const legal = enumerate(s.G, s.ctx, acting);
            const choice = legal[guard % Math.max(1, legal.length)];
            if (choice === undefined) break;
            s = step(choice.move, choice.args, acting);
            invariants(s.G);
          }
          expect(s.ctx.gameover).toBeDefined();
        },
      ),
      { numRuns: 25, seed: 20131907 },
    );
  });
});
