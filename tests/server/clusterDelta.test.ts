// What crosses Redis for a move: the delta of the whole state, rebuilt on the other side
// into exactly the state the moving instance wrote, and refused (undefined: the receiver
// reads the store) when it is applied to another base or does not fit.
import { describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { randomBot } from '../../src/ai/randomBot';
import { seededRandom } from '../../src/ai/rng';
import { actingSeat, makeMove } from '../../src/ai/selfplay';
import { NewGreatGame } from '../../src/game/game';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import { SCENARIOS } from '../../src/content/scenarios';
import { applyStateDelta, stateDelta } from '../../src/server/clusterDelta';

const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const plain = (s: State) => wire({ ...s, deltalog: undefined });

describe('the delta another instance receives', () => {
  for (const scenario of Object.keys(SCENARIOS))
    it(`${scenario}: rebuilds every state of a whole game, undos included, from a fraction of its bytes`, () => {
      const game = {
        ...NewGreatGame,
        seed: scenario,
        setup: ({ ctx }: { ctx: unknown }) => NewGreatGame.setup?.({ ctx } as never, { scenario } as never),
      };
      let s = InitializeGame({ game: game as never, numPlayers: 2 }) as State<GameState>;
      const reducer = CreateGameReducer({ game: game as never, isClient: false });
      const rand = seededRandom(scenario);
      // The receiving instance starts from the state as it read it (parsed JSON).
      let remote = wire(s) as State;
      let deltaBytes = 0;
      let stateBytes = 0;
      while (s.ctx.gameover === undefined) {
        const seat = actingSeat(s.ctx);
        const choice = randomBot(playerView(s.G, seat), s.ctx, seat, rand);
        if (choice === undefined) break;
        const undo = s._undo.length > 1 && rand() < 0.15;
        const action = undo
          ? { type: 'UNDO', payload: { type: null, args: null, playerID: seat } }
          : makeMove(choice.move, choice.args, seat);
        const next = reducer(s, action as never) as State<GameState>;
        if (next._stateID === s._stateID) continue;
        const d = wire(stateDelta(s, next));
        deltaBytes += JSON.stringify(d).length;
        stateBytes += JSON.stringify(next).length;
        // Not onto another base, and not when the fingerprint disagrees.
        expect(applyStateDelta({ ...remote, _stateID: remote._stateID - 1 }, d)).toBeUndefined();
        expect(applyStateDelta(remote, { ...d, f: (d.f + 1) >>> 0 })).toBeUndefined();
        const rebuilt = applyStateDelta(remote, d);
        expect(rebuilt).toBeDefined();
        expect(plain(rebuilt as State)).toEqual(plain(next));
        remote = rebuilt as State;
        s = next;
      }
      expect(s.ctx.gameover).toBeDefined();
      expect(deltaBytes * 10).toBeLessThan(stateBytes);
    });
});
