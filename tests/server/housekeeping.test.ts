// Housekeeping of ordinary matches: one address holds at most 50 unstarted matches (300
// creations in one burst leave 50 stored, each refusal coded); a match nobody joined is
// purged after a day and a finished one after the retention period, with every row of
// its log (SQLite and PostgreSQL). Time is a test clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { api, countMatches, GAME_NAME, inProcessServer, readStored, type TestServer } from './helpers';
import { dropSchema, PG_URL, runName, servicesMissing } from './services';
import { TestClock } from './testClock';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Rows = (matchID: string) => Promise<string[]>;

function sqliteRows(path: string): Rows {
  return async (matchID) => {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return ['matches', 'log', 'game_log'].flatMap((t) =>
        db
          .prepare<[string], unknown>(`SELECT match_id FROM "${t}" WHERE match_id = ?`)
          .all(matchID)
          .map((r) => `${t}:${JSON.stringify(r)}`),
      );
    } finally {
      db.close();
    }
  };
}

function pgRows(schema: string): Rows {
  return async (matchID) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const out: string[] = [];
      for (const t of ['matches', 'log', 'game_log']) {
        const r = await client.query(`SELECT match_id FROM "${schema}"."${t}" WHERE match_id = $1`, [matchID]);
        out.push(...r.rows.map((row) => `${t}:${JSON.stringify(row)}`));
      }
      return out;
    } finally {
      await client.end();
    }
  };
}

/** Asks until `probe` holds (each ask a real request or query; the test clock stands still). */
async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function create(url: string, setupData: Record<string, unknown>): Promise<string> {
  const r = await api(url, `/games/${GAME_NAME}/create`, { numPlayers: 2, setupData });
  if (r.status !== 200) throw new Error(`create failed: ${r.text}`);
  return String(r.body.matchID);
}

describe('at most 50 unstarted matches per address', () => {
  let t: TestServer;
  beforeAll(async () => {
    // The per-address rate limit is set above the burst: this is about the bound on stored matches.
    t = await inProcessServer({ clock: new TestClock(), rate: { burst: 1000, perMinute: 1000 } });
  });
  afterAll(() => t.close());

  it('keeps 50 of 300 creations in one burst and refuses the rest with a code; a started match frees a place', async () => {
    const body = { numPlayers: 2, setupData: { scenario: 'classroom-quick', players: 2 } };
    const replies = await Promise.all(
      Array.from({ length: 300 }, () => api(t.url, `/games/${GAME_NAME}/create`, body)),
    );
    const ok = replies.filter((r) => r.status === 200);
    const refused = replies.filter((r) => r.status !== 200);
    expect(ok.length).toBe(50);
    expect(refused.length).toBe(250);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(r.body).toMatchObject({ code: 'matchLimit', params: { max: 50 } });
    }
    expect(countMatches(t.dbPath)).toBe(50);
    // The address is stored only as a hash.
    const stored = readStored(t.dbPath, String(ok[0]?.body.matchID))?.metadata ?? '';
    expect(stored).not.toContain('127.0.0.1');
    // Both seats of one taken: it has started, and one more may be created.
    const id = String(ok[0]?.body.matchID);
    for (const seat of ['0', '1'])
      expect(
        (await api(t.url, `/games/${GAME_NAME}/${id}/join`, { playerID: seat, playerName: `p${seat}` })).status,
      ).toBe(200);
    expect((await api(t.url, `/games/${GAME_NAME}/create`, body)).status).toBe(200);
    expect((await api(t.url, `/games/${GAME_NAME}/create`, body)).body.code).toBe('matchLimit');
    expect(countMatches(t.dbPath)).toBe(51);
  }, 60_000);
});

function purgeSuite(
  name: string,
  setup: () => Promise<{ t: TestServer; clock: TestClock; rows: Rows; done?: () => Promise<void> }>,
) {
  describe(name, () => {
    let t: TestServer;
    let clock: TestClock;
    let rows: Rows;
    let done: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      ({ t, clock, rows, done } = await setup());
    });
    afterAll(async () => {
      await t.close();
      await done?.();
    });

    it('purges an unjoined match after a day and a finished one after the retention period, rows and logs', async () => {
      const unjoined = await create(t.url, { scenario: 'classroom-quick', players: 2 });
      // A turn-based match against the computer: Ana never comes, her bank runs out, the computer plays it to the end.
      const finished = await create(t.url, {
        scenario: 'classroom-quick',
        players: 2,
        online: { bots: { '1': 'random' }, moveBankSeconds: 12 * 3600 },
      });
      expect(
        (await api(t.url, `/games/${GAME_NAME}/${finished}/join`, { playerID: '0', playerName: 'Ana' })).status,
      ).toBe(200);
      clock.advance(13 * HOUR);
      await until(async () => (await api(t.url, `/api/match/${finished}/status`)).body.over === true, 'the end');
      expect((await rows(finished)).some((r) => r.startsWith('game_log'))).toBe(true);
      expect((await rows(unjoined)).length).toBeGreaterThan(0);
      // Not yet a day: nothing goes.
      expect(await t.server.purge.run()).toBe(0);
      clock.advance(12 * HOUR);
      expect(await t.server.purge.run()).toBe(1);
      expect(await rows(unjoined)).toEqual([]);
      expect((await rows(finished)).length).toBeGreaterThan(1);
      // The finished match stays for the retention period, then goes with its log.
      clock.advance(29 * DAY);
      expect(await t.server.purge.run()).toBe(0);
      clock.advance(2 * DAY);
      expect(await t.server.purge.run()).toBe(1);
      expect(await rows(finished)).toEqual([]);
      expect((await api(t.url, `/api/match/${finished}/status`)).body.code).toBe('noMatch');
      expect(t.lines.filter((l) => l.event === 'purge' && l.why !== undefined).map((l) => l.why)).toEqual([
        'unjoined',
        'finished',
      ]);
    }, 90_000);
  });
}

purgeSuite('the purge in SQLite', async () => {
  const clock = new TestClock();
  const t = await inProcessServer({ clock });
  return { t, clock, rows: sqliteRows(t.dbPath) };
});

const missing = await servicesMissing(false);
describe.skipIf(missing !== null)('the purge in PostgreSQL', () => {
  purgeSuite('the same on PostgreSQL', async () => {
    const clock = new TestClock();
    const schema = runName('matchpurge');
    const t = await inProcessServer({ clock, databaseUrl: PG_URL, databaseSchema: schema });
    return { t, clock, rows: pgRows(schema), done: () => dropSchema(schema) };
  });
});
