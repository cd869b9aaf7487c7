// Shared fixtures for the server tests: a server in this process or as a child process
// on a free loopback port with a temporary SQLite file, lobby calls over HTTP, and
// boardgame.io's own socket client driven by the rules' move list.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino, type Logger } from 'pino';
import type { State } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { enumerate } from '../../src/game/enumerate';
import { GAME_NAME, NewGreatGame } from '../../src/game/game';
import type { GameState } from '../../src/game/state';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/app';
import { gameEntry } from '../../src/server/entry';
import { logFromRows, logInRows, unpack } from '../../src/server/stateCodec';

export { GAME_NAME };
export type LogLine = Record<string, unknown>;
/** boardgame.io's client, whose class the package does not export by name. */
export type GameClient = ReturnType<typeof Client<GameState>>;

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ngg-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A logger that keeps its lines for the test to read. */
export function memoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
  return { logger, lines };
}

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dbPath: string;
  readonly lines: LogLine[];
  close(): Promise<void>;
}

export async function inProcessServer(extra: Partial<ServerOptions> = {}): Promise<TestServer> {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'matches.sqlite');
  const { logger, lines } = memoryLogger();
  const server = await startServer({
    entry: gameEntry(),
    botDelayMs: 0,
    dbPath,
    logger,
    port: 0,
    staticDir: join(tmp.dir, 'no-client'),
    ...extra,
  });
  return {
    server,
    url: server.url,
    dbPath,
    lines,
    close: async () => {
      await server.close();
      tmp.remove();
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  readonly proc: ChildProcess;
  readonly url: string;
  readonly output: string[];
}

/** Starts `node --import tsx src/server/main.ts` and waits for its URL line. */
export function childServer(env: Record<string, string>): Promise<ChildServer> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output.join('')}`)), 20_000);
    const onData = (b: Buffer) => {
      const text = b.toString();
      output.push(text);
      const m = /New Great Game: (http:\/\/\S+)/.exec(text);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ proc, url: m[1], output });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (b: Buffer) => output.push(b.toString()));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${output.join('')}`));
    });
  });
}

export function stopChild(child: ChildServer, signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) return resolve(child.proc.exitCode);
    child.proc.once('exit', (code) => resolve(code));
    child.proc.kill(signal);
  });
}

// ---- lobby over HTTP ----------------------------------------------------------

export interface Reply {
  status: number;
  body: Record<string, unknown>;
  text: string;
}

export async function api(
  url: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = {};
  }
  return { status: res.status, body: parsed, text };
}

export interface Seated {
  matchID: string;
  credentials: Record<string, string>;
}

/** Creates a match and seats a named player in each seat. */
export async function seatedMatch(url: string, players: 2 | 3 = 2): Promise<Seated> {
  const created = await api(url, `/games/${GAME_NAME}/create`, { numPlayers: players, setupData: { players } });
  if (created.status !== 200) throw new Error(`create failed: ${created.text}`);
  const matchID = String(created.body.matchID);
  const credentials: Record<string, string> = {};
  for (let seat = 0; seat < players; seat++) {
    const joined = await api(url, `/games/${GAME_NAME}/${matchID}/join`, {
      playerID: String(seat),
      playerName: `p${seat}`,
    });
    if (joined.status !== 200) throw new Error(`join failed: ${joined.text}`);
    credentials[String(seat)] = String(joined.body.playerCredentials);
  }
  return { matchID, credentials };
}

// ---- reading the store ------------------------------------------------------

export interface Stored {
  stateID: number;
  state: string;
  metadata: string;
  logRows: number;
}

/** Reads a match straight from the SQLite file, as another process would. */
export function readStored(dbPath: string, matchID: string): Stored | undefined {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[string], { state_id: number; state: string | Buffer; metadata: string }>(
        'SELECT state_id, state, metadata FROM matches WHERE match_id = ?',
      )
      .get(matchID);
    if (row === undefined) return undefined;
    // The row holds the state without its log (deflated); the state is rebuilt with the log's rows.
    const text = (b: string | Buffer) => (typeof b === 'string' ? b : inflateRawSync(b).toString());
    const packed = JSON.parse(text(row.state)) as Record<string, unknown>;
    const batches = db
      .prepare<[string], { round: number; idx: number; batch: string | Buffer }>(
        'SELECT round, idx, batch FROM game_log WHERE match_id = ? ORDER BY round, idx',
      )
      .all(matchID)
      .map((r): [number, number, unknown] => [r.round, r.idx, JSON.parse(text(r.batch))]);
    const state = JSON.stringify(logInRows(packed) ? unpack(packed, logFromRows(batches)) : packed);
    const logRows =
      db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM log WHERE match_id = ?').get(matchID)?.n ?? 0;
    return { stateID: row.state_id, state, metadata: row.metadata, logRows };
  } finally {
    db.close();
  }
}

export function countMatches(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM matches').get()?.n ?? 0;
  } finally {
    db.close();
  }
}

// ---- boardgame.io's socket client ----------------------------------------------

export function gameClient(url: string, matchID: string, playerID: string | null, credentials?: string): GameClient {
  const client = Client<GameState>({
    game: NewGreatGame,
    multiplayer: SocketIO({ server: url }),
    matchID,
    ...(playerID === null ? {} : { playerID }),
    ...(credentials === undefined ? {} : { credentials }),
    debug: false,
  });
  client.start();
  return client;
}

export async function waitFor<T>(
  probe: () => T | undefined | null | false,
  ms = 10_000,
  what = 'condition',
  stop?: () => boolean,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    if (stop?.() === true) throw new Error('stopped');
    const v = probe();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function stateOf(client: GameClient): State<GameState> | null {
  const s = client.getState();
  return s === null ? null : (s as unknown as State<GameState>);
}

/** The seat expected to move now. */
export function actingSeat(state: State<GameState>): string {
  return state.ctx.phase === 'kazakhstan' ? '2' : state.ctx.currentPlayer;
}

/** A small seeded generator, so a failing run can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

/**
 * Makes one legal move for whichever seat must act, through that seat's client, and
 * waits until the client has seen the resulting state (the server's acknowledgement).
 * Returns the acknowledged _stateID, or null when the match is over.
 */
export async function playOneMove(
  clients: Record<string, GameClient>,
  rand: () => number,
  ms = 10_000,
  stop?: () => boolean,
): Promise<number | null> {
  if (Object.values(clients).length === 0) throw new Error('no clients');
  // The most recent state any client holds: with several server instances one client may
  // already hold a state that reaches another a moment later.
  const state = await waitFor(
    () => {
      const known = Object.values(clients).map(stateOf);
      if (known.some((s) => s === null)) return undefined;
      return (known as State<GameState>[]).reduce((a, b) => (b._stateID > a._stateID ? b : a));
    },
    ms,
    'a synced state',
    stop,
  );
  if (state.ctx.gameover !== undefined) return null;
  const seat = actingSeat(state);
  const client = clients[seat];
  if (client === undefined) throw new Error(`no client for seat ${seat}`);
  const own = await waitFor(
    () => {
      const s = stateOf(client);
      return s !== null && s._stateID === state._stateID ? s : undefined;
    },
    ms,
    `seat ${seat} to catch up`,
    stop,
  );
  const choices = enumerate(own.G, own.ctx, seat);
  const choice = choices[Math.floor(rand() * choices.length)];
  if (choice === undefined) throw new Error(`seat ${seat} has no legal move in ${own.ctx.phase}`);
  const move = client.moves[choice.move];
  if (move === undefined) throw new Error(`client has no move ${choice.move}`);
  move(...choice.args);
  const next = await waitFor(
    () => {
      const s = stateOf(client);
      return s !== null && s._stateID > own._stateID ? s : undefined;
    },
    ms,
    `acknowledgement of ${choice.move}`,
    stop,
  );
  return next._stateID;
}
