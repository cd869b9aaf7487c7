// The initial state lives in its own table, out of the row every move rewrites; a row
// written before that (initial state in the matches row) still reads back whole.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Server, State } from 'boardgame.io';
import { SqliteStore } from '../../src/server/store';
import { tempDir } from './helpers';

const initial = { G: { n: 0 }, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: 0 } as unknown as State;
const meta: Server.MatchData = { gameName: 'g', players: { 0: { id: 0 } }, createdAt: 1, updatedAt: 1 };

describe('SQLite store: the initial state', () => {
  it('is stored outside the matches row and read back, and a move touch keeps the seats', async () => {
    const tmp = tempDir();
    const path = join(tmp.dir, 'm.sqlite');
    const store = new SqliteStore({ path });
    await store.createMatch('m', { initialState: initial, metadata: meta });
    await store.touch('m', 42, { winner: '0' });
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT initial_state FROM matches WHERE match_id = 'm'").get()).toEqual({ initial_state: '' });
    db.close();
    const again = new SqliteStore({ path });
    const { initialState, metadata } = await again.fetch('m', { initialState: true, metadata: true });
    expect(initialState).toEqual(initial);
    expect(metadata).toEqual({ ...meta, updatedAt: 42, gameover: { winner: '0' } });
    expect(await again.listMatches({ where: { isGameover: true } })).toEqual(['m']);
    await again.wipe('m');
    expect((await again.fetch('m', { initialState: true })).initialState).toBeUndefined();
    await again.close();
    tmp.remove();
  });

  it('of a row written before it had its own table is still read from the row', async () => {
    const tmp = tempDir();
    const path = join(tmp.dir, 'old.sqlite');
    const store = new SqliteStore({ path });
    await store.createMatch('m', { initialState: initial, metadata: meta });
    await store.close();
    const db = new Database(path);
    db.prepare("UPDATE matches SET initial_state = ? WHERE match_id = 'm'").run(JSON.stringify(initial));
    db.prepare("DELETE FROM initial_states WHERE match_id = 'm'").run();
    db.close();
    const again = new SqliteStore({ path });
    expect((await again.fetch('m', { initialState: true })).initialState).toEqual(initial);
    await again.close();
    tmp.remove();
  });
});
