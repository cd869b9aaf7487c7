// The server bench: our server (SQLite store, guarded sockets) and boardgame.io's stock
// server with a game that costs nothing (server.baseline.*), each in its own child
// process, driven from here over loopback sockets at 1, 50 and 200 concurrent
// matches. A move's round trip is from emitting it to the mover receiving the new
// state, which our server sends only after the write committed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { enumerate } from '../../src/game/enumerate';
import { GAME_NAME } from '../../src/game/game';
import type { GameState } from '../../src/game/state';
import { COUNTER_GAME } from './counterGame';
import { DELTA_QUERY } from '../../src/client/deltaSocket';
import { applySeatDelta, type SeatDelta, type View } from '../../src/online/delta';
import type { Metric } from './metric';
import { wireBytes } from './wire';
import { storeBytes } from './store';
import { percentile, post, seeded } from './util';

export { percentile, post, seeded };

const LEVELS = [1, 50, 200] as const;
const SECONDS: Record<number, number> = { 1: 3, 50: 4, 200: 5 };

export interface Child {
  proc: ChildProcess;
  url: string;
}

export function spawnServer(entry: string, env: Record<string, string>, ready: RegExp): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start`)), 30_000);
    proc.stdout?.on('data', (b: Buffer) => {
      const m = ready.exec(b.toString());
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ proc, url: m[1] });
      }
    });
    proc.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
  });
}

export function stop(child: Child): Promise<void> {
  return new Promise((resolve) => {
    if (child.proc.exitCode !== null) return resolve();
    child.proc.once('exit', () => resolve());
    child.proc.kill('SIGTERM');
  });
}

/** CPU time a process has used so far (user + system), in ms, from /proc (Linux); undefined elsewhere. */
export function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Resident memory of a process, from /proc (Linux); undefined elsewhere. */
function rssOf(pid: number | undefined): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] === undefined ? undefined : Number(m[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** One seat's socket and the latest state it was sent. */
export class Seat {
  state: State | undefined;
  /** Fingerprints of the views' parts: views rebuilt here are copy-on-write and never mutated. */
  private readonly hashes = new WeakMap<object, number>();
  private waiters: { min: number; done: (s: State) => void; fail: (e: Error) => void }[] = [];
  constructor(
    readonly socket: Socket,
    readonly playerID: string,
    readonly credentials: string | undefined,
  ) {
    const take = (_m: string, s: State) => this.take(s);
    socket.on('update', take);
    // Deltas, as the browser's transport reads them (only our server sends them).
    socket.on('delta', (_m: string, d: SeatDelta) => {
      if (this.state !== undefined) this.take(applySeatDelta(this.state as View, d, this.hashes) as unknown as State);
    });
    socket.on('sync', (_m: string, info: { state: State }) => this.take(info.state));
    socket.on('refused', (r: { reason: string }) => this.failAll(new Error(`refused: ${r.reason}`)));
    socket.on('disconnect', () => this.failAll(new Error('disconnected')));
  }
  private take(s: State): void {
    this.state = s;
    const ready = this.waiters.filter((w) => s._stateID >= w.min);
    this.waiters = this.waiters.filter((w) => s._stateID < w.min);
    for (const w of ready) w.done(s);
  }
  private failAll(e: Error): void {
    const all = this.waiters;
    this.waiters = [];
    for (const w of all) w.fail(e);
  }
  /** Resolves once this seat holds a state at least this recent. */
  atLeast(min: number, ms = 15_000): Promise<State> {
    if (this.state !== undefined && this.state._stateID >= min) return Promise.resolve(this.state);
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no state ${min} within ${ms} ms`)), ms);
      this.waiters.push({
        min,
        done: (s) => (clearTimeout(timer), done(s)),
        fail: (e) => (clearTimeout(timer), fail(e)),
      });
    });
  }
}

export interface Match {
  readonly matchID: string;
  readonly seats: Seat[];
}

export interface GameDriver {
  readonly name: string;
  open(url: string, index: number): Promise<Match>;
  /** The seat to act, or null when the match is over. */
  actor(state: State): string | null;
  /** A move for that seat, chosen from what the seat itself sees. */
  choose(own: State, seat: string, rand: () => number): { type: string; args: unknown[] } | null;
}

export function connect(url: string, game: string): Promise<Socket> {
  const s = io(`${url}/${game}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    query: DELTA_QUERY,
  });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

async function seatsFor(url: string, game: string, matchID: string, creds: (string | undefined)[]): Promise<Seat[]> {
  const seats = await Promise.all(creds.map(async (c, i) => new Seat(await connect(url, game), String(i), c)));
  for (const s of seats) s.socket.emit('sync', matchID, s.playerID, s.credentials, seats.length);
  await Promise.all(seats.map((s) => s.atLeast(0)));
  return seats;
}

export const ours: GameDriver = {
  name: 'server',
  async open(url) {
    const created = await post(`${url}/games/${GAME_NAME}/create`, { numPlayers: 2, setupData: { players: 2 } });
    const matchID = String(created.matchID);
    const creds: string[] = [];
    for (const p of ['0', '1'])
      creds.push(
        String(
          (await post(`${url}/games/${GAME_NAME}/${matchID}/join`, { playerID: p, playerName: `bench${p}` }))
            .playerCredentials,
        ),
      );
    return { matchID, seats: await seatsFor(url, GAME_NAME, matchID, creds) };
  },
  actor: (state) =>
    state.ctx.gameover !== undefined ? null : state.ctx.phase === 'kazakhstan' ? '2' : state.ctx.currentPlayer,
  choose(own, seat, rand) {
    const choices = enumerate(own.G as GameState, own.ctx, seat);
    const c = choices[Math.floor(rand() * choices.length)];
    return c === undefined ? null : { type: c.move, args: c.args };
  },
};

let baselineRun = 0;
const baseline: GameDriver = {
  name: 'server.baseline',
  async open(url, index) {
    const matchID = `b${baselineRun}-${index}`;
    return { matchID, seats: await seatsFor(url, COUNTER_GAME, matchID, [undefined, undefined]) };
  },
  actor: (state) => state.ctx.currentPlayer,
  choose: () => ({ type: 'inc', args: [] }),
};

/** Plays one match for a while; a finished match is replaced by a new one. */
export async function drive(
  driver: GameDriver,
  url: string,
  first: Match,
  index: number,
  until: number,
  rtts: number[],
  rand: () => number,
): Promise<number> {
  let match = first;
  let moves = 0;
  while (Date.now() < until) {
    const latest = Math.max(...match.seats.map((s) => s.state?._stateID ?? 0));
    const actor = driver.actor(await (match.seats[0] as Seat).atLeast(latest));
    const seat = actor === null ? undefined : match.seats[Number(actor)];
    const before = await seat?.atLeast(latest);
    const step = seat === undefined || before === undefined ? null : driver.choose(before, seat.playerID, rand);
    if (seat === undefined || before === undefined || step === null) {
      // Over (or no seat can move): a new match takes its place.
      for (const s of match.seats) s.socket.close();
      match = await driver.open(url, index + 10_000 * (moves + 1));
      continue;
    }
    const action = {
      type: 'MAKE_MOVE',
      payload: { type: step.type, args: step.args, playerID: seat.playerID, credentials: seat.credentials },
    };
    const t0 = performance.now();
    seat.socket.emit('update', action, before._stateID, match.matchID, seat.playerID);
    await seat.atLeast(before._stateID + 1);
    rtts.push(performance.now() - t0);
    moves += 1;
  }
  for (const s of match.seats) s.socket.close();
  return moves;
}

async function runLevels(driver: GameDriver, child: Child, out: Metric[]): Promise<void> {
  const round = (x: number) => Math.round(x * 100) / 100;
  // Warm the server's code paths before the first measured level.
  const warm = await driver.open(child.url, -1);
  await drive(driver, child.url, warm, -1, Date.now() + 1000, [], seeded(1));
  for (const n of LEVELS) {
    baselineRun += 1;
    const rssBefore = rssOf(child.proc.pid);
    const matches = await Promise.all(Array.from({ length: n }, (_, i) => driver.open(child.url, i)));
    const rssOpen = rssOf(child.proc.pid);
    const rtts: number[] = [];
    const cpu0 = cpuMsOf(child.proc.pid);
    const t0 = performance.now();
    const until = Date.now() + (SECONDS[n] ?? 3) * 1000;
    const moves = await Promise.all(matches.map((m, i) => drive(driver, child.url, m, i, until, rtts, seeded(i + 7))));
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuMsOf(child.proc.pid);
    const total = moves.reduce((a, b) => a + b, 0);
    if (n === 200 && cpu0 !== undefined && cpu1 !== undefined && total > 0)
      out.push({ name: `${driver.name}.cpuMsPerMove.m${n}`, value: round((cpu1 - cpu0) / total), unit: 'ms' });
    rtts.sort((a, b) => a - b);
    out.push({ name: `${driver.name}.rttP50Ms.m${n}`, value: round(percentile(rtts, 0.5)), unit: 'ms' });
    out.push({ name: `${driver.name}.rttP99Ms.m${n}`, value: round(percentile(rtts, 0.99)), unit: 'ms' });
    out.push({
      name: `${driver.name}.movesPerSecond.m${n}`,
      value: round(moves.reduce((a, b) => a + b, 0) / seconds),
      unit: 'moves/s',
    });
    if (n === 200 && driver === ours && rssBefore !== undefined && rssOpen !== undefined)
      out.push({ name: 'server.rssBytesPerMatch', value: Math.round((rssOpen - rssBefore) / n), unit: 'bytes' });
  }
}

export async function benchServer(): Promise<Metric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ngg-bench-'));
  const out: Metric[] = [];
  const env = { NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: '0' };
  const bytes = await storeBytes();
  out.push({ name: 'server.writeBytesPerMove.p50', value: bytes.writeP50, unit: 'bytes' });
  out.push({ name: 'server.writeBytesPerMove.p99', value: bytes.writeP99, unit: 'bytes' });
  out.push({ name: 'server.storedBytesPerMatch', value: bytes.storedPerMatch, unit: 'bytes' });
  try {
    const server = await spawnServer(
      'src/server/main.ts',
      {
        ...env,
        DB_PATH: join(dir, 'bench.sqlite'),
        LOBBY_RATE_BURST: '100000',
        LOBBY_RATE_PER_MINUTE: '100000',
        MATCHES_PER_ADDRESS: '100000',
      },
      /New Great Game: (\S+)/,
    );
    try {
      await runLevels(ours, server, out);
      const wire = await wireBytes(server.url);
      out.push({ name: 'server.bytesPerMovePerSeat.p50', value: wire.p50, unit: 'bytes' });
      out.push({ name: 'server.bytesPerMovePerSeat.p99', value: wire.p99, unit: 'bytes' });
    } finally {
      await stop(server);
    }
    const base = await spawnServer('scripts/bench/baselineServer.ts', env, /Baseline server: (\S+)/);
    try {
      await runLevels(baseline, base, out);
    } finally {
      await stop(base);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
