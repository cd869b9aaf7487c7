// Two server processes sharing a real PostgreSQL schema and a real Redis key prefix
// (both dropped afterwards): players of one match on different instances play to the
// end, conflicting moves sent to both instances at once apply exactly once, and when
// one instance is killed its clients reconnect through the other and carry on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, connect as tcpConnect, type Server as TcpServer, type Socket as TcpSocket } from 'node:net';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { enumerate } from '../../src/game/enumerate';
import type { GameState } from '../../src/game/state';
import {
  actingSeat,
  api,
  childServer,
  GAME_NAME,
  gameClient,
  playOneMove,
  rng,
  seatedMatch,
  stateOf,
  stopChild,
  waitFor,
  type ChildServer,
  type GameClient,
} from './helpers';
import { dropKeys, dropSchema, PG_URL, REDIS_URL, runName, servicesMissing } from './services';

const missing = await servicesMissing(true);

describe.skipIf(missing !== null)('two instances on PostgreSQL and Redis', () => {
  const schema = runName('cluster');
  const prefix = `${schema}:`;
  const children: ChildServer[] = [];
  let db: pg.Client;

  const env = () => ({
    PORT: '0',
    DATABASE_URL: PG_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    LOBBY_RATE_BURST: '10000',
    LOBBY_RATE_PER_MINUTE: '10000',
  });
  async function start(): Promise<ChildServer> {
    const c = await childServer(env());
    children.push(c);
    return c;
  }

  beforeAll(async () => {
    db = new pg.Client({ connectionString: PG_URL });
    await db.connect();
  });
  afterAll(async () => {
    for (const c of children) await stopChild(c, 'SIGTERM');
    await db?.end();
    await dropSchema(schema);
    await dropKeys(prefix);
  });

  async function stored(
    matchID: string,
  ): Promise<{ stateID: number; logRows: number; metadata: Record<string, unknown> }> {
    const row = await db.query<{ state_id: number; metadata: Record<string, unknown> }>(
      `SELECT state_id, metadata FROM "${schema}".matches WHERE match_id = $1`,
      [matchID],
    );
    const log = await db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${schema}".log WHERE match_id = $1`, [
      matchID,
    ]);
    const r = row.rows[0];
    if (r === undefined) throw new Error(`match ${matchID} not stored`);
    return { stateID: r.state_id, logRows: Number(log.rows[0]?.n ?? 0), metadata: r.metadata };
  }

  it('plays a match to the end with the players on different instances, a spectator on either, presence shared', async () => {
    const [a, b] = [await start(), await start()];
    for (const c of [a, b]) {
      const h = await api(c.url, '/health');
      expect(h.status).toBe(200);
      expect(h.body).toMatchObject({
        status: 'ok',
        store: { kind: 'postgres', ok: true },
        redis: { kind: 'redis', ok: true },
      });
    }
    // Created and joined through A, listed through B: one lobby.
    const { matchID, credentials } = await seatedMatch(a.url, 2);
    const listed = await api(b.url, `/games/${GAME_NAME}`);
    expect((listed.body.matches as { matchID: string }[]).map((m) => m.matchID)).toContain(matchID);

    const clients: Record<string, GameClient> = {
      '0': gameClient(a.url, matchID, '0', credentials['0']),
      '1': gameClient(b.url, matchID, '1', credentials['1']),
    };
    const spectators = [gameClient(a.url, matchID, null), gameClient(b.url, matchID, null)];
    try {
      // Each instance's players see the other instance's player connected.
      await waitFor(
        () => {
          const seen = clients['0']?.matchData;
          return seen?.every((p) => p.isConnected === true) === true;
        },
        10_000,
        'both seats connected, seen from A',
      );
      await waitFor(
        () => clients['1']?.matchData?.every((p) => p.isConnected === true) === true,
        10_000,
        'both seats connected, seen from B',
      );

      const rand = rng(11);
      let moves = 0;
      while ((await playOneMove(clients, rand)) !== null) moves += 1;
      expect(moves).toBeGreaterThan(20);
      for (const c of [...Object.values(clients), ...spectators])
        await waitFor(() => stateOf(c)?.ctx.gameover, 10_000, 'every client sees the end');
      const s = await stored(matchID);
      expect(s.stateID).toBe(moves);
      expect(s.logRows).toBeGreaterThanOrEqual(moves);
      expect(s.metadata).toHaveProperty('gameover');

      // Seat 1 leaves B; seat 0 on A sees it disconnected, and the store says so.
      clients['1']?.stop();
      await waitFor(
        () => clients['0']?.matchData?.find((p) => p.id === 1)?.isConnected === false,
        10_000,
        'seat 1 disconnected, seen from A',
      );
      const players = (await stored(matchID)).metadata.players as Record<string, { isConnected?: boolean }>;
      expect(players['0']?.isConnected).toBe(true);
      expect(players['1']?.isConnected).toBe(false);
    } finally {
      for (const c of [clients['0'], ...spectators]) c?.stop();
    }
  }, 180_000);

  it('applies exactly one of two conflicting moves sent to both instances at once, refuses the other and loses nothing', async () => {
    const [a, b] = [children[0] ?? (await start()), children[1] ?? (await start())];
    const { matchID, credentials } = await seatedMatch(b.url, 2);
    // Each seat has a socket on each instance.
    const seats: Record<string, RawSeat[]> = {};
    for (const seat of ['0', '1'])
      seats[seat] = await Promise.all(
        [a.url, b.url].map((u) => RawSeat.open(u, matchID, seat, credentials[seat] ?? '')),
      );
    const all = Object.values(seats).flat();
    try {
      const before = await stored(matchID);
      for (let round = 0; round < 8; round++) {
        const shared = (all[0] as RawSeat).state as State<GameState>;
        const s = shared._stateID;
        const actor = actingSeat(shared);
        const [onA, onB] = seats[actor] as [RawSeat, RawSeat];
        // The legal moves as the acting seat itself sees them.
        const state = onA.state as State<GameState>;
        const choices = enumerate(state.G, state.ctx, actor);
        const first = choices[0];
        const last = choices[choices.length - 1];
        if (first === undefined || last === undefined) throw new Error('no legal move');
        for (const r of all) r.refusals.length = 0;
        onA.move(first, s);
        onB.move(last, s);
        await Promise.all(all.map((r) => r.atLeast(s + 1)));
        await waitFor(() => onA.refusals.length + onB.refusals.length >= 1, 10_000, 'a refusal');
        // A round trip through each socket's own instance: whatever that instance had queued
        // for the match (a second, wrongful application included) reaches the socket first.
        await Promise.all(all.map((r) => r.resynced()));
        const refused = [onA, onB].filter((r) => r.refusals.length > 0);
        expect(refused).toHaveLength(1);
        expect(refused[0]?.refusals[0]).toMatch(/stale state|another move reached this match first/);
        // Every socket, on both instances, holds the one applied state, and so does the store.
        expect(new Set(all.map((r) => r.state?._stateID))).toEqual(new Set([s + 1]));
        expect(new Set(all.map((r) => JSON.stringify(r.state?.ctx)))).toHaveProperty('size', 1);
        expect((await stored(matchID)).stateID).toBe(s + 1);
      }
      const after = await stored(matchID);
      expect(after.stateID).toBe(before.stateID + 8);
      expect(after.logRows).toBeGreaterThanOrEqual(before.logRows + 8);
    } finally {
      for (const r of all) r.socket.close();
    }
  }, 120_000);

  it('when one instance is killed mid-match, its clients reconnect through the other and carry on', async () => {
    const [a, b] = [children[0] ?? (await start()), children[1] ?? (await start())];
    // A minimal load balancer: each new connection goes to the first instance that accepts it.
    const lb = await balancer([a.url, b.url]);
    const { matchID, credentials } = await seatedMatch(lb.url, 2);
    const clients: Record<string, GameClient> = {
      '0': gameClient(lb.url, matchID, '0', credentials['0']),
      '1': gameClient(b.url, matchID, '1', credentials['1']),
    };
    try {
      const rand = rng(5);
      let acked = 0;
      for (let i = 0; i < 6; i++) acked = (await playOneMove(clients, rand)) ?? acked;
      expect(lb.routed()[0]).toBeGreaterThan(0);
      await stopChild(a, 'SIGKILL');
      // Seat 0 drops and its client reconnects through the balancer, which now reaches B. (A
      // move made while disconnected is sent before the client's sync on reconnecting, and is
      // refused for that; a player moves once the client shows it is connected again.)
      const link = (clients['0'] as unknown as { transport: { isConnected: boolean } }).transport;
      await waitFor(() => !link.isConnected, 10_000, 'seat 0 to notice the lost instance');
      await waitFor(() => link.isConnected && (lb.routed()[1] ?? 0) > 0, 30_000, 'seat 0 back through B');
      let more = 0;
      for (; more < 10; more++) {
        const id = await playOneMove(clients, rand, 20_000);
        if (id === null) break;
        acked = id;
      }
      expect(more).toBeGreaterThan(0);
      expect((await stored(matchID)).stateID).toBe(acked);
      // Both players see the last move (the other instance's player a moment later).
      for (const seat of ['0', '1'])
        await waitFor(
          () => stateOf(clients[seat] as GameClient)?._stateID === acked,
          10_000,
          `seat ${seat} sees state ${acked}`,
        );
    } finally {
      await lb.close();
      for (const c of Object.values(clients)) stopQuietly(c);
    }
  }, 120_000);
});

/** Stops a client whose socket may be gone (boardgame.io's stop throws then). */
function stopQuietly(c: GameClient): void {
  try {
    c.stop();
  } catch {
    // Already disconnected.
  }
}

/** One seat's raw socket.io connection, speaking boardgame.io's wire protocol. */
class RawSeat {
  state: State | undefined;
  readonly refusals: string[] = [];
  private waiters: { min: number; done: () => void }[] = [];

  private constructor(
    readonly socket: Socket,
    readonly matchID: string,
    readonly playerID: string,
    readonly credentials: string,
  ) {
    socket.on('update', (_m: string, s: State) => this.take(s));
    socket.on('sync', (_m: string, info: { state: State }) => this.take(info.state));
    socket.on('refused', (r: { reason: string }) => this.refusals.push(r.reason));
  }

  static async open(url: string, matchID: string, playerID: string, credentials: string): Promise<RawSeat> {
    const socket = io(`${url}/${GAME_NAME}`, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const seat = new RawSeat(socket, matchID, playerID, credentials);
    socket.emit('sync', matchID, playerID, credentials, 2);
    await seat.atLeast(0);
    return seat;
  }

  move(choice: { move: string; args: unknown[] }, stateID: number): void {
    const action = {
      type: 'MAKE_MOVE',
      payload: { type: choice.move, args: choice.args, playerID: this.playerID, credentials: this.credentials },
    };
    this.socket.emit('update', action, stateID, this.matchID, this.playerID);
  }

  /** Syncs again and resolves on the answer, which follows every event the instance sent this socket before. */
  resynced(): Promise<void> {
    return new Promise((done) => {
      this.socket.once('sync', () => done());
      this.socket.emit('sync', this.matchID, this.playerID, this.credentials, 2);
    });
  }

  atLeast(min: number): Promise<void> {
    if (this.state !== undefined && this.state._stateID >= min) return Promise.resolve();
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`seat ${this.playerID}: no state ${min}`)), 10_000);
      this.waiters.push({ min, done: () => (clearTimeout(timer), done()) });
    });
  }

  private take(s: State): void {
    if (this.state !== undefined && s._stateID < this.state._stateID) return;
    this.state = s;
    const ready = this.waiters.filter((w) => s._stateID >= w.min);
    this.waiters = this.waiters.filter((w) => s._stateID < w.min);
    for (const w of ready) w.done();
  }
}

/** A TCP balancer on a free loopback port: each connection to the first backend that accepts. */
function balancer(urls: string[]): Promise<{ url: string; routed: () => number[]; close: () => Promise<void> }> {
  const targets = urls.map((u) => new URL(u));
  const counts = targets.map(() => 0);
  const open = new Set<TcpSocket>();
  const server: TcpServer = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.pause();
    const attempt = (i: number): void => {
      const t = targets[i];
      if (t === undefined) return void client.destroy();
      const upstream = tcpConnect(Number(t.port), t.hostname);
      let connected = false;
      upstream.once('connect', () => {
        connected = true;
        counts[i] = (counts[i] ?? 0) + 1;
        open.add(upstream);
        upstream.on('close', () => {
          open.delete(upstream);
          client.destroy();
        });
        client.on('close', () => upstream.destroy());
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.once('error', () => {
        if (!connected) attempt(i + 1);
      });
    };
    attempt(0);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        routed: () => [...counts],
        close: () =>
          new Promise((done) => {
            for (const s of open) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
