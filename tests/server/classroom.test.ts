// The classroom API against a real server (real sockets, a real SQLite file): teacher
// key checks, nickname rules, forty concurrent joins, pairing into real matches, pause,
// injected events, the end of a session, the live namespace, the exports, and a restart.
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/debrief/export';
import type { Dashboard } from '../../src/online/classroom';
import type { GameState } from '../../src/game/state';
import { api, childServer, inProcessServer, readStored, rng, stopChild, tempDir, type TestServer } from './helpers';
import { classSocket, createClass, join, me, RawSeat, teacher } from './classHelpers';
import { TestClock } from './testClock';

/**
 * Until the server is idle: no timer due on the test clock, no match work queued, and a few
 * turns of the event loop with neither (what a timer set off has had its chance to run).
 */
async function settled(t: TestServer, clock: TestClock): Promise<void> {
  for (let quiet = 0; quiet < 3;) {
    await new Promise((r) => setImmediate(r));
    await t.server.transport.drain();
    quiet = clock.due === 0 ? quiet + 1 : 0;
  }
}

/** Both seats of a two-player match play random legal moves until `done` holds. */
async function playUntil(seats: RawSeat[], done: () => boolean, rand: () => number, maxMoves = 400): Promise<void> {
  for (let i = 0; i < maxMoves && !done(); i++) {
    const newest = Math.max(...seats.map((s) => s.state?._stateID ?? 0));
    await Promise.all(seats.map((s) => s.until((st) => st._stateID >= newest, 'catch up')));
    const mover = seats.find((s) => s.choice(rand) !== undefined);
    if (mover === undefined) {
      // The rules are running an automatic phase: wait for the next state.
      await Promise.race(seats.map((s) => s.until((st) => st._stateID > newest, 'next state', 5_000))).catch(
        () => undefined,
      );
      continue;
    }
    const choice = mover.choice(rand);
    if (choice === undefined) continue;
    const before = mover.state?._stateID ?? 0;
    mover.move(choice);
    await mover.until((st) => st._stateID > before, `answer to ${choice.move}`);
  }
  if (!done()) throw new Error('condition not reached by playing');
}

describe('classroom sessions', () => {
  let t: TestServer;
  const sockets: { close(): void }[] = [];

  beforeAll(async () => {
    t = await inProcessServer();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('creates a session with a code, links and a key shown once', async () => {
    const r = await api(t.url, '/api/class', { players: 2, turnSeconds: null });
    expect(r.status).toBe(201);
    const code = String(r.body.code);
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(String(r.body.teacherKey).length).toBeGreaterThanOrEqual(32);
    expect(r.body.joinUrl).toBe(`/?class=${code}`);
    expect(r.body.teacherUrl).toBe(`/?teach=${code}#key=${String(r.body.teacherKey)}`);
    const info = await api(t.url, `/api/class/${code.toLowerCase()}`);
    expect(info.body).toEqual({
      code,
      scenario: 'classroom-quick',
      players: 2,
      language: 'en',
      status: 'waiting',
      students: 0,
    });
    const bad = await api(t.url, '/api/class', { players: 4 });
    expect(bad.status).toBe(400);
    expect(String(bad.body.error)).toMatch(/players/);
  });

  it('refuses a wrong or missing teacher key and changes nothing', async () => {
    const c = await createClass(t.url);
    await join(t.url, c.code, 'Ada');
    await join(t.url, c.code, 'Bo');
    // The last character changed to another one (a fixed replacement would sometimes be the same).
    const oneOff = `${c.teacherKey.slice(0, -1)}${c.teacherKey.endsWith('A') ? 'B' : 'A'}`;
    for (const key of ['', 'x'.repeat(43), oneOff]) {
      for (const [route, body] of [
        ['pair', { auto: true }],
        ['end', {}],
        ['pause', {}],
        ['extend', { minutes: 5 }],
        ['dashboard', undefined],
        ['export.csv', undefined],
      ] as const) {
        const r = await teacher(t.url, c, route, body, key);
        expect(r.status, `${route} with a wrong key`).toBe(403);
        expect(String(r.body.error)).toMatch(/teacher key/);
      }
    }
    const d = (await teacher(t.url, c, 'dashboard')).body as unknown as Dashboard;
    expect(d.status).toBe('waiting');
    expect(d.matches).toHaveLength(0);
    expect(d.waiting).toBe(2);
    expect(d.endsAt).toBeNull();
    // A student's token is not a teacher key either.
    const s = await join(t.url, c.code, 'Cy');
    expect((await teacher(t.url, c, 'dashboard', undefined, s.token)).status).toBe(403);
  });

  it('refuses a bad code and bad nicknames with reasons', async () => {
    const c = await createClass(t.url);
    expect((await api(t.url, '/api/class/ZZZZZZ')).status).toBe(404);
    const bad = await api(t.url, '/api/class/ZZZZZZ/join', { nickname: 'Ada' });
    expect(bad.status).toBe(404);
    expect(bad.body.error).toBe('no class session with code ZZZZZZ');
    expect(bad.body.code, 'the browser phrases the refusal by its code').toBe('classNotFound');
    expect((await api(t.url, '/api/class/<script>/join', { nickname: 'Ada' })).status).toBe(404);
    const cases: [unknown, RegExp, string][] = [
      ['', /empty/, 'nicknameEmpty'],
      ['   ', /empty/, 'nicknameEmpty'],
      ['x'.repeat(10_000), /too long/, 'nicknameLong'],
      ['x'.repeat(25), /too long/, 'nicknameLong'],
      ['<b>Ada</b>', /markup/, 'nicknameMarkup'],
      ['<img src=x onerror=alert(1)>', /markup/, 'nicknameMarkup'],
      ['Ada\u0007', /control/, 'nicknameChars'],
      ['Ada{}', /letters, digits/, 'nicknameChars'],
      [42, /text/, 'nicknameChars'],
    ];
    for (const [nickname, why, code] of cases) {
      const r = await api(t.url, `/api/class/${c.code}/join`, { nickname });
      expect(r.status, String(nickname).slice(0, 30)).toBe(400);
      expect(String(r.body.error)).toMatch(why);
      expect(r.body.code, String(nickname).slice(0, 30)).toBe(code);
    }
    expect((await join(t.url, c.code, '  Айгерим  ')).nickname).toBe('Айгерим');
    expect((await join(t.url, c.code, '小龙 7')).nickname).toBe('小龙 7');
    const taken = await api(t.url, `/api/class/${c.code}/join`, { nickname: 'айгерим' });
    expect(taken.status).toBe(400);
    expect(String(taken.body.error)).toMatch(/taken/);
    expect(taken.body.code).toBe('nicknameTaken');
    const extra = await api(t.url, `/api/class/${c.code}/join`, { nickname: 'Ada', seat: 1 });
    expect(extra.status).toBe(400);
    const suggested = await api(t.url, `/api/class/${c.code}/nickname`);
    expect(String(suggested.body.nickname)).toMatch(/^[A-Za-z]+( [A-Za-z]+)+ \d+$/);
    expect((await join(t.url, c.code, String(suggested.body.nickname))).nickname).toBe(suggested.body.nickname);
    expect((await api(t.url, `/api/class/${c.code}`)).body.students).toBe(3);
  });

  it('gives forty students joining at the same moment forty distinct seats', async () => {
    const c = await createClass(t.url);
    const joined = await Promise.all(Array.from({ length: 40 }, (_, i) => join(t.url, c.code, `Student ${i + 1}`)));
    expect(new Set(joined.map((j) => j.studentId)).size).toBe(40);
    expect(new Set(joined.map((j) => j.token)).size).toBe(40);
    const d = (await teacher(t.url, c, 'dashboard')).body as unknown as Dashboard;
    expect(d.students).toHaveLength(40);
    expect(new Set(d.students.map((s) => s.id))).toEqual(new Set(joined.map((j) => j.studentId)));
    expect(d.students.map((s) => s.nickname).sort()).toEqual(joined.map((j) => j.nickname).sort());
    // Paired: twenty matches, every student in exactly one seat.
    const paired = (await teacher(t.url, c, 'pair', { auto: true })).body as unknown as Dashboard;
    expect(paired.matches).toHaveLength(20);
    const seats = paired.matches.flatMap((m) =>
      m.seats.filter((s) => s.kind === 'person').map((s) => `${m.matchID}/${s.playerID}`),
    );
    expect(new Set(seats).size).toBe(40);
    for (const j of joined.slice(0, 5)) {
      const mine = await me(t.url, c.code, j.token);
      expect(mine.match).not.toBeNull();
      expect(paired.matches.some((m) => m.matchID === mine.match?.matchID)).toBe(true);
    }
  });

  it("forms the teacher's own groups of three, refuses bad groups, and pairs latecomers in a second call", async () => {
    const c = await createClass(t.url, { players: 3, fill: 'hard' });
    const [a, b, cc, dd] = await Promise.all(['A1', 'B2', 'C3', 'D4'].map((n) => join(t.url, c.code, n)));
    const ids = [a, b, cc, dd].map((x) => x?.studentId ?? '');
    for (const [groups, why] of [
      [[[ids[0], ids[1], ids[2], ids[3]]], /invalid request/],
      [[[ids[0], 'nobody']], /no student/],
      [[[ids[0], ids[1]], [ids[1]]], /two groups/],
    ] as const) {
      const r = await teacher(t.url, c, 'pair', { groups });
      expect(r.status).toBe(400);
      expect(String(r.body.error)).toMatch(why);
    }
    expect(((await teacher(t.url, c, 'dashboard')).body as unknown as Dashboard).matches).toHaveLength(0);
    const d = (await teacher(t.url, c, 'pair', { groups: [[ids[0], ids[1], ids[2]], [ids[3]]] }))
      .body as unknown as Dashboard;
    expect(d.matches).toHaveLength(2);
    const full = d.matches.find((m) => m.seats.every((s) => s.kind === 'person'));
    expect(full?.seats.map((s) => s.role).sort()).toEqual(['china', 'kazakhstan', 'russia']);
    const alone = d.matches.find((m) => m.seats.filter((s) => s.kind === 'computer').length === 2);
    expect(alone?.seats.filter((s) => s.kind === 'computer').every((s) => s.name === 'Computer (hard)')).toBe(true);
    expect((await teacher(t.url, c, 'pair', { auto: true })).status).toBe(409);
    expect((await teacher(t.url, c, 'pair', { groups: [[ids[0]]] })).status).toBe(409);
    const late = await join(t.url, c.code, 'Late');
    expect((await me(t.url, c.code, late.token)).match).toBeNull();
    const again = (await teacher(t.url, c, 'pair', { auto: true })).body as unknown as Dashboard;
    expect(again.matches).toHaveLength(3);
    expect((await me(t.url, c.code, late.token)).match).not.toBeNull();
  });

  it('pairs students into real matches, fills the odd seat with the computer, and the credentials play', async () => {
    const c = await createClass(t.url, { players: 2, fill: 'easy' });
    const students = [
      await join(t.url, c.code, 'Ada'),
      await join(t.url, c.code, 'Bo'),
      await join(t.url, c.code, 'Cy'),
    ];
    const live = await classSocket(t.url, { code: c.code, teacherKey: c.teacherKey });
    sockets.push(live);
    const dashboards: Dashboard[] = [];
    live.on('dashboard', (d: Dashboard) => dashboards.push(d));
    const studentLive = await classSocket(t.url, { code: c.code, token: students[0]?.token ?? '' });
    sockets.push(studentLive);
    const mes: { match: unknown }[] = [];
    studentLive.on('me', (m: { match: unknown }) => mes.push(m));

    const r = await teacher(t.url, c, 'pair', { auto: true });
    expect(r.status).toBe(200);
    const d = r.body as unknown as Dashboard;
    expect(d.status).toBe('running');
    expect(d.matches).toHaveLength(2);
    const kinds = d.matches
      .map((m) =>
        m.seats
          .map((s) => s.kind)
          .sort()
          .join(','),
      )
      .sort();
    expect(kinds).toEqual(['computer,person', 'person,person']);
    expect(
      d.matches.find((m) => m.seats.some((s) => s.kind === 'computer'))?.seats.find((s) => s.kind === 'computer')?.name,
    ).toBe('Computer (easy)');
    // The matches are in the store with the students' names in their seats.
    for (const m of d.matches) {
      const stored = readStored(t.dbPath, m.matchID);
      expect(stored).toBeDefined();
      const meta = JSON.parse(stored?.metadata ?? '{}') as {
        setupData: { class: string; players: number };
        players: Record<string, { name?: string }>;
      };
      expect(meta.setupData.class).toBe(c.code);
      expect(meta.setupData.players).toBe(2);
    }
    const mine = await Promise.all(students.map((s) => me(t.url, c.code, s.token)));
    for (const [i, m] of mine.entries()) {
      expect(m.match, `student ${i}`).not.toBeNull();
      const seat = d.matches
        .find((x) => x.matchID === m.match?.matchID)
        ?.seats.find((s) => s.playerID === m.match?.playerID);
      expect(seat?.name).toBe(students[i]?.nickname);
      expect(m.match?.role).toBe(['russia', 'china', 'kazakhstan'][Number(m.match?.playerID)]);
    }
    // A student of another session sees nothing here; a bad token is refused.
    expect((await api(t.url, `/api/class/${c.code}/me`, undefined, { authorization: 'Bearer nope' })).status).toBe(403);

    // The pair with two people plays a move over real sockets.
    const pairMatch = d.matches.find((m) => m.seats.every((s) => s.kind === 'person'));
    const pairMes = mine.filter((m) => m.match?.matchID === pairMatch?.matchID);
    expect(pairMes).toHaveLength(2);
    const seats = await Promise.all(pairMes.map((m) => RawSeat.open(t.url, m.match as NonNullable<typeof m.match>)));
    sockets.push(...seats);
    const rand = rng(7);
    const start = Math.max(...seats.map((s) => s.state?._stateID ?? 0));
    await playUntil(seats, () => (readStored(t.dbPath, pairMatch?.matchID ?? '')?.stateID ?? 0) > start, rand);
    expect(seats.every((s) => s.refusals.length === 0)).toBe(true);

    // The teacher's socket saw the pairing and the move; the student's socket its assignment.
    await expect
      .poll(
        () => dashboards.some((x) => x.matches.some((m) => m.matchID === pairMatch?.matchID && m.stateID > start)),
        { timeout: 5_000 },
      )
      .toBe(true);
    await expect.poll(() => mes.some((m) => m.match !== null), { timeout: 5_000 }).toBe(true);
    // A bad auth on the live namespace gets a reason.
    await expect(classSocket(t.url, { code: c.code, teacherKey: 'wrong' })).rejects.toThrow(/teacher key/);
    await expect(classSocket(t.url, { code: 'ZZZZZZ', token: 'x' })).rejects.toThrow(/no class session/);

    // Pause: a move is refused with the teacher's reason and the stored state is unchanged.
    const paused = (await teacher(t.url, c, 'pause', { matches: [pairMatch?.matchID] })).body as unknown as Dashboard;
    expect(paused.matches.find((m) => m.matchID === pairMatch?.matchID)?.paused).toBe(true);
    expect(paused.matches.find((m) => m.matchID !== pairMatch?.matchID)?.paused).toBe(false);
    expect(
      (
        await me(
          t.url,
          c.code,
          pairMes[0]?.match === null ? '' : (students[mine.indexOf(pairMes[0] as (typeof mine)[number])]?.token ?? ''),
        )
      ).paused,
    ).toBe(true);
    let mover = seats.find((s) => s.choice(rand) !== undefined);
    if (mover === undefined) {
      await Promise.race(
        seats.map((s) => s.until(() => seats.some((x) => x.choice(rand) !== undefined), 'a seat to act', 5_000)),
      ).catch(() => undefined);
      mover = seats.find((s) => s.choice(rand) !== undefined);
    }
    expect(mover).toBeDefined();
    const before = readStored(t.dbPath, pairMatch?.matchID ?? '');
    const choice = mover?.choice(rand);
    mover?.move(choice as NonNullable<typeof choice>);
    await expect.poll(() => mover?.refusals.length, { timeout: 5_000 }).toBe(1);
    expect(mover?.refusals[0]).toBe('the teacher has paused the match');
    const after = readStored(t.dbPath, pairMatch?.matchID ?? '');
    expect(after?.stateID).toBe(before?.stateID);
    expect(after?.state).toBe(before?.state);

    // Resume: the same move goes through.
    await teacher(t.url, c, 'resume', {});
    mover?.move(choice as NonNullable<typeof choice>);
    await mover?.until((s) => s._stateID > (before?.stateID ?? 0), 'the move after resume');
    expect(mover?.refusals).toHaveLength(1);

    // Inject: accepted per match, then shown in the log at the next news phase.
    const events = (await teacher(t.url, c, 'events')).body as unknown as { id: string; title: string }[];
    expect(events.length).toBeGreaterThan(5);
    const unknown = await teacher(t.url, c, 'inject', { event: 'no-such-event' });
    expect(unknown.status).toBe(400);
    const roundNow = seats[0]?.state?.G.round ?? 1;
    // An event that has fired in neither match (each match draws its own news), read from the store.
    const fired = new Set(
      d.matches.flatMap((m) =>
        (JSON.parse(readStored(t.dbPath, m.matchID)?.state ?? '{}') as { G: GameState }).G.log
          .flat(2)
          .filter((e) => e.kind === 'news')
          .map((e) => (e as { event: string }).event),
      ),
    );
    const event = events.find((e) => !fired.has(e.id));
    const injected = await teacher(t.url, c, 'inject', { event: event?.id });
    expect(injected.status).toBe(200);
    const results = injected.body.results as { matchID: string; ok: boolean; reason?: string }[];
    expect(results).toHaveLength(2);
    expect(results.every((x) => x.ok)).toBe(true);
    const twice = await teacher(t.url, c, 'inject', { event: event?.id, matches: [pairMatch?.matchID] });
    expect((twice.body.results as { ok: boolean; reason: string }[])[0]).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already waiting/),
    });
    const injectedLogged = (): boolean =>
      seats.every((s) =>
        (s.state?.G.log.flat(2) ?? []).some((e) => e.kind === 'news' && e.event === event?.id && e.injected === true),
      );
    await playUntil(seats, injectedLogged, rand);
    expect(seats[0]?.state?.G.round).toBe(roundNow + 1);
    const dash = (await teacher(t.url, c, 'dashboard')).body as unknown as Dashboard;
    // The dashboard names the latest world event of the match (the round's scheduled news resolves after the injected one).
    const news = (seats[0]?.state?.G.log.flat(2) ?? []).filter((e) => e.kind === 'news');
    const lastID = (news[news.length - 1] as { event: string } | undefined)?.event;
    expect(dash.matches.find((m) => m.matchID === pairMatch?.matchID)?.lastEvent).toBe(
      events.find((e) => e.id === lastID)?.title,
    );

    // A bodyless POST reads as {} (pause and resume everything).
    const bodyless = await fetch(`${t.url}/api/class/${c.code}/pause`, {
      method: 'POST',
      headers: { 'x-teacher-key': c.teacherKey },
    });
    expect(bodyless.status).toBe(200);
    expect(((await bodyless.json()) as Dashboard).matches.every((m) => m.paused)).toBe(true);
    expect((await teacher(t.url, c, 'resume', {})).status).toBe(200);

    // Extend moves endsAt.
    const ext = (await teacher(t.url, c, 'extend', { minutes: 10 })).body as unknown as Dashboard;
    expect(ext.endsAt).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect((await teacher(t.url, c, 'extend', { minutes: 500 })).status).toBe(400);

    // Exports: CSV with the documented columns, JSON with every match.
    const csv = await teacher(t.url, c, 'export.csv');
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.text).toContain(pairMatch?.matchID ?? '?');
    const json = await teacher(t.url, c, 'export.json');
    expect((json.body.matches as unknown[]).length).toBe(2);
    expect(json.body.format).toBe('new-great-game-debrief');
    // A student reads their own match's debrief, not another's.
    const own = pairMes[0]?.match?.matchID ?? '';
    const ownToken = students[mine.indexOf(pairMes[0] as (typeof mine)[number])]?.token ?? '';
    expect(
      (await api(t.url, `/api/class/${c.code}/debrief/${own}`, undefined, { authorization: `Bearer ${ownToken}` }))
        .status,
    ).toBe(200);
    const otherMatch = d.matches.find((m) => m.matchID !== own)?.matchID ?? '';
    expect(
      (
        await api(t.url, `/api/class/${c.code}/debrief/${otherMatch}`, undefined, {
          authorization: `Bearer ${ownToken}`,
        })
      ).status,
    ).toBe(403);

    // End: moves are refused with the session's reason; joining is closed.
    const ended = (await teacher(t.url, c, 'end', {})).body as unknown as Dashboard;
    expect(ended.status).toBe('ended');
    const endState = readStored(t.dbPath, pairMatch?.matchID ?? '');
    const refusedBefore = seats.reduce((n, s) => n + s.refusals.length, 0);
    await playUntil(seats, () => seats.reduce((n, s) => n + s.refusals.length, 0) > refusedBefore, rand, 20).catch(
      () => undefined,
    );
    expect(seats.flatMap((s) => s.refusals)).toContain('the class session has ended');
    expect(readStored(t.dbPath, pairMatch?.matchID ?? '')?.stateID).toBe(endState?.stateID);
    expect((await api(t.url, `/api/class/${c.code}/join`, { nickname: 'Late' })).status).toBe(409);
    expect((await me(t.url, c.code, students[0]?.token ?? '')).status).toBe('ended');
  }, 120_000);
});

describe('classroom pause and the server-side players', () => {
  let t: TestServer;
  // The turn clock and the computer's pauses run on this clock: the test says when time passes.
  const clock = new TestClock();
  beforeAll(async () => {
    t = await inProcessServer({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  it('neither the computer seat nor the turn clock moves a paused match; after resume it plays on and the clock runs out again', async () => {
    const c = await createClass(t.url, { players: 2, fill: 'easy', turnSeconds: 4 });
    const solo = await join(t.url, c.code, 'Solo');
    const d = (await teacher(t.url, c, 'pair', { auto: true })).body as unknown as Dashboard;
    const matchID = d.matches[0]?.matchID ?? '';
    const mine = (await me(t.url, c.code, solo.token)).match;
    expect(mine?.matchID).toBe(matchID);
    // Paused at once (the computer may have made its first move already): nobody connects for
    // the student, so only the computer seat or the student's clock could move the match now.
    await teacher(t.url, c, 'pause', {});
    await settled(t, clock);
    const held = readStored(t.dbPath, matchID);
    const timeouts = (): number => t.lines.filter((l) => l.event === 'turn-timeout' && l.matchID === matchID).length;
    const timeoutsBefore = timeouts();
    // Longer than a turn passes: neither the clock's computer nor the computer seat moves.
    clock.advance(5_500);
    await settled(t, clock);
    expect(readStored(t.dbPath, matchID)?.stateID).toBe(held?.stateID);
    expect(timeouts()).toBe(timeoutsBefore);
    await teacher(t.url, c, 'resume', {});
    // After resume the match goes on: once the computer has played up to the student's turn
    // and the student's clock runs, the turn's time passes and the turn is played for them.
    await expect
      .poll(() => t.server.computer?.timer.current(matchID)?.seat, { timeout: 20_000, interval: 20 })
      .toBe(mine?.playerID);
    clock.advance(4_000);
    await expect.poll(timeouts, { timeout: 20_000, interval: 20 }).toBeGreaterThan(timeoutsBefore);
    await expect
      .poll(() => readStored(t.dbPath, matchID)?.stateID ?? 0, { timeout: 20_000, interval: 20 })
      .toBeGreaterThan(held?.stateID ?? 0);
  }, 60_000);
});

describe('classroom sessions across a restart', () => {
  it('keeps students, matches and paused flags when the server is killed mid-session', async () => {
    const tmp = tempDir();
    const env = { PORT: '0', DB_PATH: joinPath(tmp.dir, 'matches.sqlite'), BOT_DELAY_MS: '0' };
    let child = await childServer(env);
    try {
      const c = await createClass(child.url, { players: 2 });
      const students = await Promise.all(['Ada', 'Bo', 'Cy', 'Di'].map((n) => join(child.url, c.code, n)));
      const d = (await teacher(child.url, c, 'pair', { auto: true })).body as unknown as Dashboard;
      expect(d.matches).toHaveLength(2);
      const target = d.matches[0]?.matchID ?? '';
      await teacher(child.url, c, 'pause', { matches: [target] });
      const mesBefore = await Promise.all(students.map((s) => me(child.url, c.code, s.token)));
      await stopChild(child, 'SIGKILL');

      child = await childServer(env);
      const after = (await teacher(child.url, c, 'dashboard')).body as unknown as Dashboard;
      expect(after.status).toBe('running');
      expect(after.students.map((s) => s.nickname).sort()).toEqual(['Ada', 'Bo', 'Cy', 'Di']);
      expect(after.matches.map((m) => m.matchID).sort()).toEqual(d.matches.map((m) => m.matchID).sort());
      expect(after.matches.find((m) => m.matchID === target)?.paused).toBe(true);
      expect(after.matches.find((m) => m.matchID !== target)?.paused).toBe(false);
      const mesAfter = await Promise.all(students.map((s) => me(child.url, c.code, s.token)));
      expect(mesAfter.map((m) => m.match)).toEqual(mesBefore.map((m) => m.match));
      // The paused match still refuses a move after the restart.
      const inTarget = mesAfter
        .filter((m) => m.match?.matchID === target)
        .map((m) => m.match as NonNullable<typeof m.match>);
      const seats = await Promise.all(inTarget.map((m) => RawSeat.open(child.url, m)));
      const rand = rng(3);
      const mover = seats.find((s) => s.choice(rand) !== undefined);
      expect(mover).toBeDefined();
      const choice = mover?.choice(rand);
      mover?.move(choice as NonNullable<typeof choice>);
      await expect.poll(() => mover?.refusals[0], { timeout: 5_000 }).toBe('the teacher has paused the match');
      for (const s of seats) s.close();
    } finally {
      await stopChild(child, 'SIGKILL');
      tmp.remove();
    }
  }, 90_000);
});
