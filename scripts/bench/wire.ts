// server.bytesPerMovePerSeat.*: the bytes each socket (every seat and a spectator) is sent
// per committed move, over whole games in every scenario. Each socket reaches the server
// through its own loopback TCP relay that counts what flows to the client, so the figure
// is what the wire carries: WebSocket framing and per-message compression included, as
// a browser would negotiate it. The sockets read deltas as the browser's transport does,
// and every delta is applied and checked (base and fingerprint) on the way.
import { createServer, connect as tcp, type Server as TcpServer } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { enumerate } from '../../src/game/enumerate';
import { GAME_NAME } from '../../src/game/game';
import type { GameState } from '../../src/game/state';
import { SCENARIOS } from '../../src/content/scenarios';
import { applySeatDelta, type SeatDelta, type View } from '../../src/online/delta';
import { DELTA_QUERY } from '../../src/client/deltaSocket';
import { percentile, post, seeded } from './util';

interface Relay {
  readonly url: string;
  /** Bytes sent from the server to the client so far. */
  down: number;
  close(): void;
}

function relay(target: URL): Promise<Relay> {
  return new Promise((resolve) => {
    const r: Relay = { url: '', down: 0, close: () => server.close() };
    const server: TcpServer = createServer((client) => {
      const upstream = tcp(Number(target.port), target.hostname);
      client.pipe(upstream);
      upstream.on('data', (b: Buffer) => {
        r.down += b.length;
        client.write(b);
      });
      const end = (): void => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', end).on('error', end);
      upstream.on('close', end).on('error', end);
    });
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      resolve(Object.assign(r, { url: `http://127.0.0.1:${port}` }));
    });
  });
}

/** A socket that reads deltas and keeps the view they rebuild. */
class Reader {
  view: View | undefined;
  private waiting: { id: number; done: () => void }[] = [];
  constructor(
    readonly socket: Socket,
    readonly seat: string | null,
    readonly relay: Relay,
  ) {
    socket.on('sync', (_m: string, info: { state: View }) => this.take(info.state));
    socket.on('update', (_m: string, s: View) => this.take(s));
    socket.on('delta', (_m: string, d: SeatDelta) => {
      if (this.view === undefined) throw new Error('delta before sync');
      this.take(applySeatDelta(this.view, d));
    });
  }
  private take(v: View): void {
    this.view = v;
    const ready = this.waiting.filter((w) => v._stateID >= w.id);
    this.waiting = this.waiting.filter((w) => v._stateID < w.id);
    for (const w of ready) w.done();
  }
  reach(id: number): Promise<void> {
    if (this.view !== undefined && this.view._stateID >= id) return Promise.resolve();
    return new Promise((done) => this.waiting.push({ id, done }));
  }
}

async function reader(url: string, seat: string | null): Promise<Reader> {
  const r = await relay(new URL(url));
  const socket = io(`${r.url}/${GAME_NAME}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    query: DELTA_QUERY,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return new Reader(socket, seat, r);
}

/** Plays one whole game; pushes each socket's bytes per move. */
async function game(url: string, scenario: string, players: 2 | 3, rand: () => number, out: number[]): Promise<void> {
  const created = await post(`${url}/games/${GAME_NAME}/create`, {
    numPlayers: players,
    setupData: { players, scenario },
  });
  const matchID = String(created.matchID);
  const creds: string[] = [];
  for (let i = 0; i < players; i++)
    creds.push(
      String(
        (await post(`${url}/games/${GAME_NAME}/${matchID}/join`, { playerID: String(i), playerName: `w${i}` }))
          .playerCredentials,
      ),
    );
  const readers = await Promise.all([...creds.map((_c, i) => reader(url, String(i))), reader(url, null)]);
  readers.forEach((r) =>
    r.socket.emit('sync', matchID, r.seat, r.seat === null ? undefined : creds[Number(r.seat)], players),
  );
  await Promise.all(readers.map((r) => r.reach(0)));
  try {
    for (;;) {
      const view = readers[0]?.view as unknown as State<GameState>;
      if (view.ctx.gameover !== undefined) break;
      const seat = view.ctx.phase === 'kazakhstan' ? '2' : view.ctx.currentPlayer;
      const mover = readers[Number(seat)] as Reader;
      const own = mover.view as unknown as State<GameState>;
      const all = enumerate(own.G, own.ctx, seat);
      const pick = all[Math.floor(rand() * all.length)];
      if (pick === undefined) break;
      const before = readers.map((r) => r.relay.down);
      const action = {
        type: 'MAKE_MOVE',
        payload: { type: pick.move, args: pick.args, playerID: seat, credentials: creds[Number(seat)] },
      };
      mover.socket.emit('update', action, own._stateID, matchID, seat);
      await Promise.all(readers.map((r) => r.reach(own._stateID + 1)));
      readers.forEach((r, i) => out.push(r.relay.down - (before[i] ?? 0)));
    }
  } finally {
    for (const r of readers) {
      r.socket.close();
      r.relay.close();
    }
  }
}

/** Bytes per committed move per socket, p50 and p99, over whole games in every scenario (and one three-player game). */
export async function wireBytes(url: string): Promise<{ p50: number; p99: number; samples: number }> {
  const samples: number[] = [];
  const rand = seeded(11);
  for (const scenario of Object.keys(SCENARIOS)) await game(url, scenario, 2, rand, samples);
  await game(url, 'classroom-quick', 3, rand, samples);
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), samples: samples.length };
}
