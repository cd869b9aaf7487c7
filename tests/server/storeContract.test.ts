// One storage contract, run against every match store: SQLite (a real file) and
// PostgreSQL (a real server, in a schema of its own that is dropped afterwards).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Server, State } from 'boardgame.io';
import { StaleWriteError, type MatchStore } from '../../src/server/matchStore';
import { PgStore } from '../../src/server/pgStore';
import { SqliteStore } from '../../src/server/store';
import { tempDir } from './helpers';
import { dropSchema, PG_URL, runName, servicesMissing } from './services';

function state(id: number, G: unknown = {}): State {
  return { G, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: id } as unknown as State;
}

function metadata(updatedAt: number, gameover?: unknown): Server.MatchData {
  return {
    gameName: 'g',
    players: { 0: { id: 0, name: 'a', credentials: 'c0' }, 1: { id: 1 } },
    createdAt: 1,
    updatedAt,
    ...(gameover === undefined ? {} : { gameover }),
  } as Server.MatchData;
}

const entry = (id: number) =>
  ({ action: { type: 'MAKE_MOVE', payload: { type: 'm', args: [id] } }, _stateID: id, turn: 1, phase: 'p' }) as never;

interface Harness {
  open(): Promise<MatchStore>;
  cleanup(): Promise<void>;
}

const missing = await servicesMissing(false);

const harnesses: [string, () => Harness][] = [
  [
    'SQLite',
    () => {
      const tmp = tempDir();
      let n = 0;
      return {
        open: () => Promise.resolve(new SqliteStore({ path: join(tmp.dir, `m${n++}.sqlite`) })),
        cleanup: () => Promise.resolve(tmp.remove()),
      };
    },
  ],
  [
    'PostgreSQL',
    () => {
      const schemas: string[] = [];
      return {
        async open() {
          const schema = runName('contract');
          schemas.push(schema);
          const s = new PgStore({ url: PG_URL, schema, poolSize: 4 });
          await s.connect();
          return s;
        },
        async cleanup() {
          for (const s of schemas) await dropSchema(s);
        },
      };
    },
  ],
];

for (const [name, make] of harnesses) {
  describe.skipIf(name === 'PostgreSQL' && missing !== null)(`match store contract: ${name}`, () => {
    let h: Harness;
    let s: MatchStore;
    beforeAll(async () => {
      h = make();
      s = await h.open();
    });
    afterAll(async () => {
      await s.close();
      await h.cleanup();
    });

    it('creates and fetches a match: state, initial state, metadata, log', async () => {
      await s.createMatch('m1', { initialState: state(0, { n: 0 }), metadata: metadata(10) });
      await s.setState('m1', state(1, { n: 1 }), [entry(0)]);
      await s.setState('m1', state(2, { n: 2 }), [entry(1), entry(11)]);
      await s.setState('m1', state(3, { n: 3 }));
      const r = await s.fetch('m1', { state: true, initialState: true, metadata: true, log: true });
      expect(r.state._stateID).toBe(3);
      expect(r.state.G).toEqual({ n: 3 });
      expect(r.initialState.G).toEqual({ n: 0 });
      expect(r.metadata.updatedAt).toBe(10);
      expect(r.metadata.players[0]?.name).toBe('a');
      expect(r.log.map((e) => e._stateID)).toEqual([0, 1, 11]);
      const only = await s.fetch('m1', { metadata: true });
      expect((only as { state?: unknown }).state).toBeUndefined();
      expect(only.metadata?.gameName).toBe('g');
      const none = await s.fetch('nope', { state: true, metadata: true, log: true });
      expect(none.state).toBeUndefined();
      expect(none.metadata).toBeUndefined();
      expect(none.log).toEqual([]);
    });

    it('stores class sessions with a version: a compare-and-set write wins once', async () => {
      expect(await s.insertClass('ABCDEF', '{"n":0}', 1)).toBe(true);
      expect(await s.insertClass('ABCDEF', '{"n":99}', 2)).toBe(false);
      expect(await s.readClass('ABCDEF')).toEqual({ version: 1, record: '{"n":0}' });
      expect(await s.readClass('NOPE23')).toBeUndefined();
      // Two writers from the same version: exactly one is kept.
      const both = await Promise.all([
        s.writeClass('ABCDEF', 1, '{"n":1}', 3),
        s.writeClass('ABCDEF', 1, '{"n":2}', 3),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      const now = await s.readClass('ABCDEF');
      expect(now?.version).toBe(2);
      expect(now?.record).toBe(both[0] === true ? '{"n":1}' : '{"n":2}');
      expect(await s.writeClass('ABCDEF', 1, '{"n":3}', 4)).toBe(false);
      expect(await s.writeClass('NOPE23', 1, '{}', 4)).toBe(false);
    });

    it('merges fields into a match metadata and removes those set to null', async () => {
      await s.createMatch('mp', { initialState: state(0), metadata: metadata(7) });
      const after = (await s.patchMetadata('mp', { classHold: 'paused' })) as Server.MatchData & { classHold?: string };
      expect(after.classHold).toBe('paused');
      await s.setConnected('mp', '0', true);
      const read = (await s.fetch('mp', { metadata: true })).metadata as Server.MatchData & { classHold?: string };
      expect(read.classHold).toBe('paused');
      expect(read.players[0]?.isConnected).toBe(true);
      expect(read.updatedAt).toBe(7);
      await s.patchMetadata('mp', { classHold: null });
      const cleared = (await s.fetch('mp', { metadata: true })).metadata as Server.MatchData & { classHold?: string };
      expect(cleared.classHold).toBeUndefined();
      expect(cleared.players[0]?.isConnected).toBe(true);
      expect(await s.patchMetadata('missing', { classHold: 'x' })).toBeUndefined();
    });

    it('refuses a stale, repeated or orphan state write and keeps what is stored', async () => {
      await s.createMatch('m2', { initialState: state(0), metadata: metadata(1) });
      await s.setState('m2', state(1, { v: 'first' }), [entry(0)]);
      await expect(s.setState('m2', state(1, { v: 'second' }), [entry(0)])).rejects.toBeInstanceOf(StaleWriteError);
      const skipped = s.setState('m2', state(5), [entry(4)]);
      await expect(skipped).rejects.toBeInstanceOf(StaleWriteError);
      await expect(skipped).rejects.toMatchObject({ expected: 4, found: 1 });
      await expect(s.setState('missing', state(1))).rejects.toBeInstanceOf(StaleWriteError);
      const r = await s.fetch('m2', { state: true, log: true });
      expect(r.state.G).toEqual({ v: 'first' });
      expect(r.log).toHaveLength(1);
    });

    it('lets exactly one of two concurrent writes of the same next state through', async () => {
      await s.createMatch('m3', { initialState: state(0), metadata: metadata(1) });
      const results = await Promise.allSettled([
        s.setState('m3', state(1, { by: 'a' }), [entry(0)]),
        s.setState('m3', state(1, { by: 'b' }), [entry(0)]),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(StaleWriteError);
      const r = await s.fetch('m3', { state: true, log: true });
      expect(r.log).toHaveLength(1);
      expect(['a', 'b']).toContain((r.state.G as { by: string }).by);
    });

    it('sees a write made through another handle on the same database', async () => {
      const other = await (name === 'SQLite'
        ? Promise.resolve(new SqliteStore({ path: (s as SqliteStore).path }))
        : reopenPg(s as PgStore));
      try {
        await s.createMatch('m4', { initialState: state(0), metadata: metadata(1) });
        expect((await s.fetch('m4', { state: true })).state._stateID).toBe(0);
        await other.setState('m4', state(1, { by: 'other' }), [entry(0)]);
        expect((await s.fetch('m4', { state: true })).state.G).toEqual({ by: 'other' });
        await expect(s.setState('m4', state(1, { by: 'me' }))).rejects.toBeInstanceOf(StaleWriteError);
      } finally {
        await other.close();
      }
    });

    it('sets one seat presence and merges move metadata without undoing the other', async () => {
      await s.createMatch('m5', { initialState: state(0), metadata: metadata(1) });
      const after = await s.setConnected('m5', '0', true);
      expect(after?.players[0]?.isConnected).toBe(true);
      await s.touch('m5', 50, undefined);
      await s.setConnected('m5', '1', true);
      await s.setConnected('m5', '0', false);
      const m = (await s.fetch('m5', { metadata: true })).metadata;
      expect(m?.players[0]).toMatchObject({ name: 'a', credentials: 'c0', isConnected: false });
      expect(m?.players[1]?.isConnected).toBe(true);
      expect(m?.updatedAt).toBe(50);
      expect(m?.gameover).toBeUndefined();
      expect(await s.setConnected('m5', '7', true)).toBeUndefined();
      expect(await s.setConnected('none', '0', true)).toBeUndefined();
      await s.touch('m5', 60, { winner: '1' });
      expect(await s.listMatches({ gameName: 'g', where: { isGameover: true, updatedAfter: 55 } })).toEqual(['m5']);
      expect((await s.fetch('m5', { metadata: true })).metadata?.gameover).toEqual({ winner: '1' });
    });

    it('lists matches by game, game over and update time, and wipes one whole', async () => {
      const t = await h.open();
      try {
        await t.createMatch('a', { initialState: state(0), metadata: metadata(100) });
        await t.createMatch('b', { initialState: state(0), metadata: metadata(200, { winner: '0' }) });
        await t.createMatch('c', { initialState: state(0), metadata: { ...metadata(300), gameName: 'other' } });
        expect(await t.listMatches()).toEqual(['a', 'b', 'c']);
        expect(await t.listMatches({ gameName: 'g' })).toEqual(['a', 'b']);
        expect(await t.listMatches({ where: { isGameover: true } })).toEqual(['b']);
        expect(await t.listMatches({ where: { isGameover: false } })).toEqual(['a', 'c']);
        expect(await t.listMatches({ where: { updatedAfter: 100, updatedBefore: 300 } })).toEqual(['b']);
        expect(await t.listMatches({ gameName: 'g', where: { isGameover: false, updatedBefore: 150 } })).toEqual(['a']);
        await t.setMetadata('a', metadata(400, { draw: true }));
        expect(await t.listMatches({ where: { isGameover: true } })).toEqual(['b', 'a']);
        await t.setState('a', state(1), [entry(0)]);
        await t.wipe('a');
        expect(await t.listMatches()).toEqual(['b', 'c']);
        expect((await t.fetch('a', { log: true, state: true })).log).toEqual([]);
        expect((await t.fetch('a', { state: true })).state).toBeUndefined();
        // A wiped match can be created again, with a log starting afresh.
        await t.createMatch('a', { initialState: state(0), metadata: metadata(500) });
        await t.setState('a', state(1), [entry(0)]);
        expect((await t.fetch('a', { log: true })).log).toHaveLength(1);
        await t.ping();
      } finally {
        await t.close();
      }
    });

    if (name === 'PostgreSQL') {
      it('records its migrations, applies them once, and answers list filters from an index', async () => {
        const p = s as PgStore;
        const applied = await p.migrations();
        expect(applied).toEqual([
          '0001_matches_and_log',
          '0002_list_indexes',
          '0003_state_lz4',
          '0004_class_sessions',
          '0005_game_log',
        ]);
        // A second instance on the same schema finds nothing to do.
        const again = await reopenPg(p);
        expect(await again.migrations()).toEqual(applied);
        await again.close();
        const plan = await p.explainList('g', false, 0);
        expect(plan).toMatch(/Index (Only )?Scan using matches_by_game/);
      });
    }
  });
}

async function reopenPg(p: PgStore): Promise<PgStore> {
  const again = new PgStore({ url: PG_URL, schema: p.schema, poolSize: 2 });
  await again.connect();
  return again;
}
