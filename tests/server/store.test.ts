import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Server, State } from 'boardgame.io';
import { SqliteStore, StaleWriteError } from '../../src/server/store';
import { tempDir } from './helpers';

function state(id: number, G: unknown = {}): State {
  return { G, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: id } as unknown as State;
}

function metadata(updatedAt: number, gameover?: unknown): Server.MatchData {
  return { gameName: 'g', players: { 0: { id: 0 } }, createdAt: 1, updatedAt, ...(gameover === undefined ? {} : { gameover }) };
}

describe('SQLite match store', () => {
  it('keeps the initial state, state, metadata and an appended log across reopening', async () => {
    const tmp = tempDir();
    const path = join(tmp.dir, 'nested', 'm.sqlite');
    try {
      const a = new SqliteStore({ path });
      await a.createMatch('m1', { initialState: state(0, { n: 0 }), metadata: metadata(10) });
      await a.setState('m1', state(1, { n: 1 }), [{ action: { type: 'MAKE_MOVE' }, _stateID: 0, turn: 1, phase: 'p' } as never]);
      await a.setState('m1', state(2, { n: 2 }), [{ action: { type: 'MAKE_MOVE' }, _stateID: 1, turn: 1, phase: 'p' } as never]);
      a.close();
      const b = new SqliteStore({ path });
      const r = await b.fetch('m1', { state: true, initialState: true, metadata: true, log: true });
      expect(r.state._stateID).toBe(2);
      expect(r.initialState.G).toEqual({ n: 0 });
      expect(r.metadata.updatedAt).toBe(10);
      expect(r.log.map((e) => e._stateID)).toEqual([0, 1]);
      const none = await b.fetch('nope', { state: true, metadata: true, log: true });
      expect(none.state).toBeUndefined();
      expect(none.metadata).toBeUndefined();
      b.close();
    } finally {
      tmp.remove();
    }
  });

  it('refuses a stale or repeated state write and keeps the stored state', async () => {
    const tmp = tempDir();
    try {
      const s = new SqliteStore({ path: join(tmp.dir, 'm.sqlite') });
      await s.createMatch('m', { initialState: state(0), metadata: metadata(1) });
      await s.setState('m', state(1, { v: 'first' }), [{ action: { type: 'MAKE_MOVE' } } as never]);
      await expect(s.setState('m', state(1, { v: 'second' }), [{ action: { type: 'MAKE_MOVE' } } as never])).rejects.toBeInstanceOf(StaleWriteError);
      await expect(s.setState('m', state(5))).rejects.toBeInstanceOf(StaleWriteError);
      await expect(s.setState('missing', state(1))).rejects.toBeInstanceOf(StaleWriteError);
      const r = await s.fetch('m', { state: true, log: true });
      expect(r.state.G).toEqual({ v: 'first' });
      expect(r.log).toHaveLength(1);
      s.close();
    } finally {
      tmp.remove();
    }
  });

  it('lists matches by game, game over and update time, and wipes one whole', async () => {
    const tmp = tempDir();
    try {
      const s = new SqliteStore({ path: join(tmp.dir, 'm.sqlite') });
      await s.createMatch('a', { initialState: state(0), metadata: metadata(100) });
      await s.createMatch('b', { initialState: state(0), metadata: metadata(200, { winner: '0' }) });
      await s.createMatch('c', { initialState: state(0), metadata: { ...metadata(300), gameName: 'other' } });
      expect(await s.listMatches()).toEqual(['a', 'b', 'c']);
      expect(await s.listMatches({ gameName: 'g' })).toEqual(['a', 'b']);
      expect(await s.listMatches({ where: { isGameover: true } })).toEqual(['b']);
      expect(await s.listMatches({ where: { isGameover: false } })).toEqual(['a', 'c']);
      expect(await s.listMatches({ where: { updatedAfter: 100, updatedBefore: 300 } })).toEqual(['b']);
      await s.setMetadata('a', metadata(400, { draw: true }));
      expect(await s.listMatches({ where: { isGameover: true } })).toEqual(['b', 'a']);
      await s.setState('a', state(1), [{ action: { type: 'MAKE_MOVE' } } as never]);
      await s.wipe('a');
      expect(await s.listMatches()).toEqual(['b', 'c']);
      expect((await s.fetch('a', { log: true })).log).toEqual([]);
      s.close();
    } finally {
      tmp.remove();
    }
  });
});
