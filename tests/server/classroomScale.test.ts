// The classroom on two server processes sharing a real PostgreSQL schema and a real Redis
// key prefix (both dropped afterwards): forty students joining through either instance get
// forty seats, a pause set through one instance stops moves sent through the other, a
// teacher's live dashboard on one instance shows a move made through the other, and a
// restart of both keeps the session.
import { afterAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/online/classroom';
import { childServer, rng, stopChild, type ChildServer } from './helpers';
import { classSocket, createClass, firstToAct, join, me, RawSeat, teacher } from './classHelpers';
import { dropKeys, dropSchema, PG_URL, REDIS_URL, runName, servicesMissing } from './services';

const missing = await servicesMissing(true);

describe.skipIf(missing !== null)('classroom on two instances (PostgreSQL and Redis)', () => {
  const schema = runName('class');
  const prefix = `${schema}:`;
  const children: ChildServer[] = [];
  const closers: { close(): void }[] = [];
  const env = {
    PORT: '0',
    DATABASE_URL: PG_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    BOT_DELAY_MS: '0',
  };
  async function start(): Promise<ChildServer> {
    const c = await childServer(env);
    children.push(c);
    return c;
  }

  afterAll(async () => {
    for (const s of closers) s.close();
    for (const c of children) await stopChild(c, 'SIGTERM');
    await dropSchema(schema);
    await dropKeys(prefix);
  });

  it('joins, pairs, pauses, injects, ends and shows moves across instances, and survives a restart', async () => {
    let [a, b] = [await start(), await start()];
    const c = await createClass(a.url, { players: 2 });
    // Forty joins at once, half through each instance.
    const joined = await Promise.all(
      Array.from({ length: 40 }, (_, i) => join(i % 2 === 0 ? a.url : b.url, c.code, `Pupil ${i + 1}`)),
    );
    expect(new Set(joined.map((j) => j.studentId)).size).toBe(40);
    const d0 = (await teacher(b.url, c, 'dashboard')).body as unknown as Dashboard;
    expect(new Set(d0.students.map((s) => s.id))).toEqual(new Set(joined.map((j) => j.studentId)));
    expect((await teacher(b.url, c, 'pair', { auto: true }, 'wrong-key')).status).toBe(403);
    // A waiting student's live socket on A shows as connected on B's dashboard.
    const waiting = await classSocket(a.url, { code: c.code, token: joined[5]?.token ?? '' });
    closers.push(waiting);
    const connectedOnB = async (): Promise<string[]> =>
      ((await teacher(b.url, c, 'dashboard')).body as unknown as Dashboard).students
        .filter((s) => s.connected)
        .map((s) => s.id);
    await expect.poll(connectedOnB, { timeout: 10_000 }).toEqual([joined[5]?.studentId]);
    waiting.close();
    await expect.poll(connectedOnB, { timeout: 10_000 }).toEqual([]);

    const live = await classSocket(b.url, { code: c.code, teacherKey: c.teacherKey });
    closers.push(live);
    const dashboards: Dashboard[] = [];
    live.on('dashboard', (d: Dashboard) => dashboards.push(d));

    const d = (await teacher(a.url, c, 'pair', { auto: true })).body as unknown as Dashboard;
    expect(d.matches).toHaveLength(20);
    const mines = await Promise.all(joined.map((j) => me(b.url, c.code, j.token)));
    const target = d.matches[0]?.matchID ?? '';
    const inTarget = mines
      .filter((m) => m.match?.matchID === target)
      .map((m) => m.match as NonNullable<typeof m.match>);
    expect(inTarget).toHaveLength(2);
    // One seat on each instance.
    const seats = [
      await RawSeat.open(a.url, inTarget[0] as (typeof inTarget)[number]),
      await RawSeat.open(b.url, inTarget[1] as (typeof inTarget)[number]),
    ];
    closers.push(...seats);
    const rand = rng(11);
    const actor = async (): Promise<RawSeat> => {
      const newest = Math.max(...seats.map((s) => s.state?._stateID ?? 0));
      await Promise.all(seats.map((s) => s.until((st) => st._stateID >= newest, 'catch up')));
      return firstToAct(seats, rand);
    };

    // A move through A appears on B's teacher dashboard (moves are played until A's seat has
    // moved; after it nothing else moves, so only A's notice over Redis can refresh B).
    let mover = await actor();
    let start0 = 0;
    for (let i = 0; i < 50; i++) {
      start0 = mover.state?._stateID ?? 0;
      mover.move(mover.choice(rand) as NonNullable<ReturnType<RawSeat['choice']>>);
      await mover.until((s) => s._stateID > start0, 'a move');
      if (mover === seats[0]) break;
      mover = await actor();
    }
    expect(mover).toBe(seats[0]);
    const moved = mover.state?._stateID ?? 0;
    await expect
      .poll(() => dashboards.some((x) => (x.matches.find((m) => m.matchID === target)?.stateID ?? 0) >= moved), {
        timeout: 10_000,
      })
      .toBe(true);

    // Paused through A: a move sent through either instance is refused, with the reason.
    await teacher(a.url, c, 'pause', { matches: [target] });
    mover = await actor();
    const stateBefore = mover.state?._stateID ?? 0;
    const choice = mover.choice(rand) as NonNullable<ReturnType<RawSeat['choice']>>;
    mover.move(choice);
    await expect.poll(() => mover.refusals[0], { timeout: 10_000 }).toBe('the teacher has paused the match');
    const stored = (await teacher(b.url, c, 'dashboard')).body as unknown as Dashboard;
    expect(stored.matches.find((m) => m.matchID === target)?.stateID).toBe(stateBefore);
    expect(stored.matches.find((m) => m.matchID === target)?.paused).toBe(true);

    // Both instances killed; one started again: students, matches and the pause are kept.
    for (const s of seats) s.close();
    await stopChild(a, 'SIGKILL');
    await stopChild(b, 'SIGKILL');
    [a, b] = [await start(), await start()];
    const after = (await teacher(a.url, c, 'dashboard')).body as unknown as Dashboard;
    expect(after.students).toHaveLength(40);
    expect(after.matches).toHaveLength(20);
    expect(after.matches.find((m) => m.matchID === target)?.paused).toBe(true);
    expect((await me(a.url, c.code, joined[0]?.token ?? '')).match).toEqual(mines[0]?.match);

    // Resumed through B: the refused move now goes through A.
    await teacher(b.url, c, 'resume', { matches: [target] });
    const again = await RawSeat.open(
      a.url,
      inTarget.find((m) => m.playerID === mover.playerID) as (typeof inTarget)[number],
    );
    closers.push(again);
    again.move(choice);
    await again.until((s) => s._stateID > stateBefore, 'the move after resume');
    expect(again.refusals).toEqual([]);

    // Injected through B into every match, stored: A then finds it already waiting.
    const events = (await teacher(b.url, c, 'events')).body as unknown as { id: string }[];
    const logged = new Set(
      (again.state?.G.log.flat(2) ?? []).filter((e) => e.kind === 'news').map((e) => (e as { event: string }).event),
    );
    const event = events.find((e) => !logged.has(e.id))?.id;
    const injected = (await teacher(b.url, c, 'inject', { event })).body.results as {
      matchID: string;
      ok: boolean;
      reason?: string;
    }[];
    expect(injected).toHaveLength(20);
    expect(injected.find((r) => r.matchID === target)).toEqual({ matchID: target, ok: true });
    const repeat = (await teacher(a.url, c, 'inject', { event, matches: [target] })).body.results as {
      ok: boolean;
      reason?: string;
    }[];
    expect(repeat[0]?.ok).toBe(false);
    expect(repeat[0]?.reason).toMatch(/already waiting/);

    // Ended through B: a move through A is refused with the session's reason.
    await teacher(b.url, c, 'end', {});
    const other = await RawSeat.open(
      b.url,
      inTarget.find((m) => m.playerID !== mover.playerID) as (typeof inTarget)[number],
    );
    closers.push(other);
    const endedAt = Math.max(again.state?._stateID ?? 0, other.state?._stateID ?? 0);
    const both = [again, other];
    const last = await firstToAct(both, rand);
    expect(last).toBeDefined();
    last?.move(last.choice(rand) as NonNullable<ReturnType<RawSeat['choice']>>);
    await expect.poll(() => last?.refusals[0], { timeout: 10_000 }).toBe('the class session has ended');
    const final = (await teacher(a.url, c, 'dashboard')).body as unknown as Dashboard;
    expect(final.status).toBe('ended');
    expect(final.matches.find((m) => m.matchID === target)?.stateID).toBe(endedAt);
  }, 120_000);
});
