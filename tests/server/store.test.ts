import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Server, State } from 'boardgame.io';
import { SqliteStore } from '../../src/server/store';
import { tempDir } from './helpers';

function state(id: number, G: unknown = {}): State {
  return { G, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: id } as unknown as State;
}

function metadata(updatedAt: number, gameover?: unknown): Server.MatchData {
  return {
    gameName: 'g',
    players: { 0: { id: 0 } },
    createdAt: 1,
    updatedAt,
    ...(gameover === undefined ? {} : { gameover }),
  };
}

// What only the SQLite store does; the shared behaviour is in storeContract.test.ts.
describe('SQLite match store', () => {
  it('keeps the initial state, state, metadata and an appended log across reopening', async () => {
    const tmp = tempDir();
    const path = join(tmp.dir, 'nested', 'm.sqlite');
    try {
      const a = new SqliteStore({ path });
      await a.createMatch('m1', { initialState: state(0, { n: 0 }), metadata: metadata(10) });
      await a.setState('m1', state(1, { n: 1 }), [
        { action: { type: 'MAKE_MOVE' }, _stateID: 0, turn: 1, phase: 'p' } as never,
      ]);
      await a.setState('m1', state(2, { n: 2 }), [
        { action: { type: 'MAKE_MOVE' }, _stateID: 1, turn: 1, phase: 'p' } as never,
      ]);
      await a.close();
      const b = new SqliteStore({ path });
      const r = await b.fetch('m1', { state: true, initialState: true, metadata: true, log: true });
      expect(r.state._stateID).toBe(2);
      expect(r.initialState.G).toEqual({ n: 0 });
      expect(r.metadata.updatedAt).toBe(10);
      expect(r.log.map((e) => e._stateID)).toEqual([0, 1]);
      const none = await b.fetch('nope', { state: true, metadata: true, log: true });
      expect(none.state).toBeUndefined();
      expect(none.metadata).toBeUndefined();
      await b.close();
    } finally {
      tmp.remove();
    }
  });
});
