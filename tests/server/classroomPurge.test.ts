// Student data a school can sign off, against a real server: the teacher deletes a session
// and everything of it in one action, and a session with nothing happening in it for the
// retention period is purged by itself on the server's clock (a test clock here, so no
// test waits 30 days). Afterwards no row anywhere in the database holds the session's code,
// a student's nickname or one of its match ids, in SQLite and in PostgreSQL; the session's
// student tokens and teacher key, and its live sockets, are refused with a code. The
// needles include a student's written answer, so answers are proven gone too.
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/online/classroom';
import { DAY_MS, PURGE_EVERY_MS } from '../../src/server/classRetention';
import { api, inProcessServer, rng, type TestServer } from './helpers';
import { classSocket, createClass, join, me, RawSeat, teacher, type CreatedClass } from './classHelpers';
import { dropSchema, PG_URL, runName, servicesMissing } from './services';
import { TestClock } from './testClock';

/** Every row of every table, as text, for looking for what must be gone. */
type Dump = () => Promise<string[]>;

function sqliteDump(path: string): Dump {
  return async () => {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      return tables.flatMap((t) =>
        db
          .prepare(`SELECT * FROM "${t.name}"`)
          .all()
          .map((row) => JSON.stringify(row)),
      );
    } finally {
      db.close();
    }
  };
}

function pgDump(schema: string): Dump {
  return async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
        [schema],
      );
      const rows: string[] = [];
      for (const t of tables.rows) {
        const r = await client.query(`SELECT * FROM "${schema}"."${t.table_name}"`);
        rows.push(...r.rows.map((row) => JSON.stringify(row)));
      }
      return rows;
    } finally {
      await client.end();
    }
  };
}

interface Lesson {
  readonly c: CreatedClass;
  readonly students: { studentId: string; token: string; nickname: string }[];
  readonly matchIDs: string[];
  readonly reflection: string;
}

/** A session with four students in two matches, a few moves played (so the matches have logs). */
async function lesson(url: string, names: readonly string[]): Promise<Lesson> {
  const c = await createClass(url, { players: 2 });
  const students = [];
  for (const n of names) students.push(await join(url, c.code, n));
  const d = (await teacher(url, c, 'pair', { auto: true })).body as unknown as Dashboard;
  const first = (await me(url, c.code, students[0]?.token ?? '')).match;
  if (first === null) throw new Error('not seated');
  const mates = await Promise.all(students.map((s) => me(url, c.code, s.token)));
  const seats = await Promise.all(
    mates.filter((m) => m.match?.matchID === first.matchID).map((m) => RawSeat.open(url, m.match ?? first)),
  );
  const rand = rng(5);
  for (let i = 0; i < 3; i++) {
    const mover = seats.find((s) => s.choice(rand) !== undefined);
    const choice = mover?.choice(rand);
    if (mover === undefined || choice === undefined) break;
    const before = mover.state?._stateID ?? 0;
    mover.move(choice);
    await mover.until((s) => s._stateID > before, 'the move');
  }
  for (const s of seats) s.close();
  // A written reflection: an answer is the student's data too.
  const reflection = `What ${names[0]} thinks of the rope`;
  const answered = await api(
    url,
    `/api/class/${c.code}/answer`,
    { question: 'essay', text: reflection },
    {
      authorization: `Bearer ${students[0]?.token ?? ''}`,
    },
  );
  if (answered.status !== 200) throw new Error(`answer refused: ${answered.text}`);
  return { c, students, matchIDs: d.matches.map((m) => m.matchID), reflection };
}

/** The rows that still name anything of this lesson. */
async function traces(dump: Dump, l: Lesson): Promise<string[]> {
  const needles = [l.c.code, ...l.matchIDs, ...l.students.map((s) => s.nickname), l.reflection];
  return (await dump()).filter((row) => needles.some((n) => row.includes(n)));
}

async function expectRefused(url: string, l: Lesson): Promise<void> {
  const dash = await teacher(url, l.c, 'dashboard');
  expect(dash.status).toBe(404);
  expect(dash.body.code).toBe('classNotFound');
  for (const s of l.students) {
    const r = await api(url, `/api/class/${l.c.code}/me`, undefined, { authorization: `Bearer ${s.token}` });
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('classNotFound');
  }
  await expect(classSocket(url, { code: l.c.code, token: l.students[0]?.token ?? '' })).rejects.toMatchObject({
    data: { code: 'classNotFound' },
  });
  await expect(classSocket(url, { code: l.c.code, teacherKey: l.c.teacherKey })).rejects.toMatchObject({
    data: { code: 'classNotFound' },
  });
}

function suite(
  name: string,
  setup: () => Promise<{ t: TestServer; clock: TestClock; dump: Dump; done?: () => Promise<void> }>,
) {
  describe(name, () => {
    let t: TestServer;
    let clock: TestClock;
    let dump: Dump;
    let done: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      ({ t, clock, dump, done } = await setup());
    });
    afterAll(async () => {
      await t.close();
      await done?.();
    });

    it('deletes a session and everything of it when the teacher asks, and refuses its links', async () => {
      const l = await lesson(t.url, ['Ada Bek', 'Bo Lan', 'Cy Orr', 'Di Nur']);
      const kept = await lesson(t.url, ['Eva Sol', 'Fu Min']);
      expect(await traces(dump, l)).not.toEqual([]);
      const sockets: Socket[] = [
        await classSocket(t.url, { code: l.c.code, teacherKey: l.c.teacherKey }),
        await classSocket(t.url, { code: l.c.code, token: l.students[0]?.token ?? '' }),
      ];
      const told = sockets.map((s) => new Promise<unknown>((resolve) => s.once('deleted', resolve)));
      // Without its confirmation, or with a wrong key, nothing is deleted.
      expect((await teacher(t.url, l.c, 'delete', {})).status).toBe(400);
      expect((await teacher(t.url, l.c, 'delete', { confirm: true }, 'x'.repeat(43))).status).toBe(403);
      expect((await teacher(t.url, l.c, 'dashboard')).status).toBe(200);
      const r = await teacher(t.url, l.c, 'delete', { confirm: true });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ deleted: l.c.code, matches: 2 });
      expect(await Promise.all(told)).toEqual([{ code: l.c.code }, { code: l.c.code }]);
      expect(await traces(dump, l)).toEqual([]);
      await expectRefused(t.url, l);
      expect((await teacher(t.url, kept.c, 'delete', { confirm: true }, l.c.teacherKey)).status).toBe(403);
      // The other session is untouched.
      expect((await teacher(t.url, kept.c, 'dashboard')).status).toBe(200);
      expect((await traces(dump, kept)).length).toBeGreaterThan(0);
      for (const s of sockets) s.close();
    }, 60_000);

    it('purges a session by itself after the retention period, and keeps a newer one', async () => {
      const old = await lesson(t.url, ['Gul Aya', 'Hao Ren', 'Ivan Lis', 'Jan Ode']);
      await teacher(t.url, old.c, 'end', {});
      expect((await traces(dump, old)).length).toBeGreaterThan(0);
      clock.advance(20 * DAY_MS);
      const newer = await lesson(t.url, ['Kai Ros', 'Lin Tao']);
      clock.advance(11 * DAY_MS);
      // The purge runs every hour of the server's clock: let hours pass until it has run.
      await expect
        .poll(
          async () => {
            clock.advance(PURGE_EVERY_MS);
            return (await traces(dump, old)).length;
          },
          { timeout: 30_000, interval: 50 },
        )
        .toBe(0);
      await expectRefused(t.url, old);
      expect((await teacher(t.url, newer.c, 'dashboard')).status).toBe(200);
      expect((await traces(dump, newer)).length).toBeGreaterThan(0);
      expect(t.lines.some((x) => x.event === 'class' && x.action === 'purge')).toBe(true);
    }, 60_000);
  });
}

suite('student data in SQLite', async () => {
  const clock = new TestClock();
  const t = await inProcessServer({ clock, classRetentionDays: 30 });
  return { t, clock, dump: sqliteDump(t.dbPath) };
});

const missing = await servicesMissing(false);
describe.skipIf(missing !== null)('student data in PostgreSQL', () => {
  suite('the same on PostgreSQL', async () => {
    const clock = new TestClock();
    const schema = runName('purge');
    const t = await inProcessServer({ clock, classRetentionDays: 30, databaseUrl: PG_URL, databaseSchema: schema });
    return { t, clock, dump: pgDump(schema), done: () => dropSchema(schema) };
  });
});
