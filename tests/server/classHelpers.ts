// Fixtures for the classroom tests: the class API over HTTP, a seat's raw socket speaking
// boardgame.io's wire protocol (so refusals and their reasons are seen), and a live
// /class socket.
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { enumerate } from '../../src/game/enumerate';
import { GAME_NAME } from '../../src/game/game';
import type { GameState } from '../../src/game/state';
import { afterAll, beforeAll, describe } from 'vitest';
import { api, inProcessServer, rng, type Reply, type TestServer } from './helpers';
import { dropSchema, PG_URL, runName, servicesMissing } from './services';

export interface CreatedClass {
  code: string;
  teacherKey: string;
}

export async function createClass(url: string, body: Record<string, unknown> = {}): Promise<CreatedClass> {
  const r = await api(url, '/api/class', body);
  if (r.status !== 201) throw new Error(`class not created: ${r.text}`);
  return { code: String(r.body.code), teacherKey: String(r.body.teacherKey) };
}

export function teacher(
  url: string,
  c: CreatedClass,
  route: string,
  body?: unknown,
  key = c.teacherKey,
): Promise<Reply> {
  return api(url, `/api/class/${c.code}/${route}`, body, { 'x-teacher-key': key });
}

export async function join(
  url: string,
  code: string,
  nickname: string,
): Promise<{ studentId: string; token: string; nickname: string }> {
  const r = await api(url, `/api/class/${code}/join`, { nickname });
  if (r.status !== 201) throw new Error(`join failed: ${r.text}`);
  return r.body as { studentId: string; token: string; nickname: string };
}

export interface MeMatch {
  matchID: string;
  playerID: string;
  credentials: string;
  role: string;
}

export async function me(
  url: string,
  code: string,
  token: string,
): Promise<{ status: string; paused: boolean; match: MeMatch | null }> {
  const r = await api(url, `/api/class/${code}/me`, undefined, { authorization: `Bearer ${token}` });
  if (r.status !== 200) throw new Error(`me failed: ${r.text}`);
  return r.body as { status: string; paused: boolean; match: MeMatch | null };
}

/** One seat's raw socket: the latest state it was sent, and the refusals it received. */
export class RawSeat {
  state: State<GameState> | undefined;
  readonly refusals: string[] = [];
  private waiters: { test: (s: State<GameState>) => boolean; done: () => void }[] = [];

  private constructor(
    readonly socket: Socket,
    readonly matchID: string,
    readonly playerID: string,
    readonly credentials: string,
  ) {
    socket.on('update', (_m: string, s: State<GameState>) => this.take(s));
    socket.on('sync', (_m: string, info: { state: State<GameState> }) => this.take(info.state, true));
    socket.on('refused', (r: { reason: string }) => this.refusals.push(r.reason));
  }

  static async open(url: string, m: MeMatch): Promise<RawSeat> {
    const socket = io(`${url}/${GAME_NAME}`, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const seat = new RawSeat(socket, m.matchID, m.playerID, m.credentials);
    socket.emit('sync', m.matchID, m.playerID, m.credentials, 3);
    await seat.until(() => true, 'first sync');
    return seat;
  }

  /** A legal move of this seat from its current view, or undefined when it is not to act. */
  choice(rand: () => number): { move: string; args: unknown[] } | undefined {
    const s = this.state;
    if (s === undefined || s.ctx.gameover !== undefined) return undefined;
    const actor = s.ctx.phase === 'kazakhstan' ? '2' : s.ctx.currentPlayer;
    if ((s.ctx.phase !== 'actions' && s.ctx.phase !== 'kazakhstan') || actor !== this.playerID) return undefined;
    const choices = enumerate(s.G, s.ctx, this.playerID);
    return choices[Math.floor(rand() * choices.length)];
  }

  move(choice: { move: string; args: unknown[] }, stateID = this.state?._stateID ?? 0): void {
    const action = {
      type: 'MAKE_MOVE',
      payload: { type: choice.move, args: choice.args, playerID: this.playerID, credentials: this.credentials },
    };
    this.socket.emit('update', action, stateID, this.matchID, this.playerID);
  }

  until(test: (s: State<GameState>) => boolean, what: string, ms = 15_000): Promise<void> {
    if (this.state !== undefined && test(this.state)) return Promise.resolve();
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`seat ${this.playerID}: timed out waiting for ${what}`)), ms);
      this.waiters.push({ test, done: () => (clearTimeout(timer), done()) });
    });
  }

  close(): void {
    this.socket.disconnect();
  }

  private take(s: State<GameState>, sync = false): void {
    if (!sync && this.state !== undefined && s._stateID < this.state._stateID) return;
    this.state = s;
    const ready = this.waiters.filter((w) => w.test(s));
    this.waiters = this.waiters.filter((w) => !w.test(s));
    for (const w of ready) w.done();
  }
}

/** The first of these seats with a legal move, once one has (as their states arrive). */
export async function firstToAct(seats: readonly RawSeat[], rand: () => number): Promise<RawSeat> {
  const ready = (): RawSeat | undefined => seats.find((s) => s.choice(rand) !== undefined);
  await Promise.race(seats.map((s) => s.until(() => ready() !== undefined, 'a seat to act')));
  const found = ready();
  if (found === undefined) throw new Error('no seat to act');
  return found;
}

/** A /class socket; resolves once connected (rejects with the server's reason otherwise). */
export function classSocket(url: string, auth: Record<string, string>): Promise<Socket> {
  const s = io(`${url}/class`, { transports: ['websocket'], forceNew: true, reconnection: false, auth });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', (e) => {
      s.close();
      reject(e);
    });
  });
}

export interface Played {
  readonly c: CreatedClass;
  readonly ada: { studentId: string; token: string };
  readonly bo: { studentId: string; token: string };
  readonly matchID: string;
  /** The roles the pairing dealt them (each group's roles are shuffled), as each was told by /me. */
  readonly roles: { readonly ada: string; readonly bo: string };
}

/** Two students play their match to the end with random legal moves, then both answer. */
export async function playedLesson(url: string): Promise<Played> {
  const c = await createClass(url, { players: 2 });
  const ada = await join(url, c.code, 'Ada Bek');
  const bo = await join(url, c.code, 'Bo Lan');
  await teacher(url, c, 'pair', { groups: [[ada.studentId, bo.studentId]] });
  const seatsOf = await Promise.all([ada, bo].map((s) => me(url, c.code, s.token)));
  const seats = await Promise.all(seatsOf.map((m) => (m.match ? RawSeat.open(url, m.match) : Promise.reject())));
  const rand = rng(11);
  const over = (): boolean => seats.some((s) => s.state?.ctx.gameover !== undefined);
  for (let i = 0; i < 2000 && !over(); i++) {
    const mover = await Promise.race([firstToAct(seats, rand), ...seats.map((s) => s.until(over, 'the end'))]);
    if (mover === undefined || over()) break;
    const choice = mover.choice(rand);
    if (choice === undefined) continue;
    const before = mover.state?._stateID ?? 0;
    mover.move(choice);
    await mover.until((s) => s._stateID > before, 'the move');
  }
  for (const s of seats) s.close();
  if (!over()) throw new Error('the match did not end');
  const matchID = seatsOf[0]?.match?.matchID ?? '';
  const say = (token: string, text: string) =>
    api(url, `/api/class/${c.code}/answer`, { question: 'essay', text }, { authorization: `Bearer ${token}` });
  for (const [s, text] of [
    [ada, 'Trust moved the rope more than troops.'],
    [bo, 'Money, then "values", decided it.'],
  ] as const) {
    const r = await say(s.token, text);
    if (r.status !== 200) throw new Error(`answer refused: ${r.text}`);
  }
  const roles = { ada: seatsOf[0]?.match?.role ?? '', bo: seatsOf[1]?.match?.role ?? '' };
  return { c, ada, bo, matchID, roles };
}

/**
 * Declares `tests` twice: against a server on a SQLite file, and against one on a fresh
 * PostgreSQL schema (dropped afterwards; skipped with a printed reason where PostgreSQL is
 * missing, never under REQUIRE_SERVICES=1). `server()` is the suite's running server.
 */
export async function onBothStores(
  what: string,
  tag: string,
  tests: (server: () => TestServer) => void,
): Promise<void> {
  const suite = (name: string, start: () => Promise<{ t: TestServer; done?: () => Promise<void> }>): void => {
    describe(name, () => {
      let t: TestServer | undefined;
      let done: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        ({ t, done } = await start());
      });
      afterAll(async () => {
        await t?.close();
        await done?.();
      });
      tests(() => {
        if (t === undefined) throw new Error('the server did not start');
        return t;
      });
    });
  };
  suite(`${what} on SQLite`, async () => ({ t: await inProcessServer() }));
  const missing = await servicesMissing(false);
  describe.skipIf(missing !== null)(`${what} on PostgreSQL`, () => {
    suite('the same on PostgreSQL', async () => {
      const schema = runName(tag);
      const t = await inProcessServer({ databaseUrl: PG_URL, databaseSchema: schema });
      return { t, done: () => dropSchema(schema) };
    });
  });
}
