// A turn-based match over days, on one SQLite file, over real sockets: the clocks are
// stored and survive two restarts; a seat whose time bank runs out is played by the
// computer, and its player takes it back mid-round by opening the match again; the other
// player ends a match as abandoned, and the result is stored. Time is a test clock.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { enumerate } from '../../src/game/enumerate';
import { MOVE_NAMES } from '../../src/game/moves';
import { startServer, type RunningServer } from '../../src/server/app';
import { gameEntry } from '../../src/server/entry';
import {
  api,
  GAME_NAME,
  gameClient,
  memoryLogger,
  readStored,
  stateOf,
  tempDir,
  waitFor,
  type GameClient,
  type LogLine,
} from './helpers';
import { TestClock } from './testClock';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface Status {
  actor: string | null;
  mode: string;
  over: boolean;
  bank?: {
    seat: string | null;
    deadline: number | null;
    msLeft: number;
    totalLeft: Record<string, number>;
    standIn: string[];
    computerMoves: Record<string, number>;
  };
  abandoned?: { by: string; absent: string[] };
}

const tmp = tempDir();
const dbPath = join(tmp.dir, 'matches.sqlite');
const clock = new TestClock(Date.UTC(2026, 11, 1, 9));
const lines: LogLine[] = [];
let server: RunningServer | undefined;
const clients: Record<string, GameClient | undefined> = {};

async function start(): Promise<string> {
  const { logger, lines: own } = memoryLogger();
  server = await startServer({
    entry: gameEntry(),
    ...{ botDelayMs: 0, dbPath, logger, port: 0, clock },
    staticDir: join(tmp.dir, 'no-client'),
  });
  // One list across restarts: each server's lines are copied as they come.
  const push = own.push.bind(own);
  own.push = (...items: LogLine[]) => (lines.push(...items), push(...items));
  return server.url;
}

async function stop(): Promise<void> {
  for (const seat of Object.keys(clients)) leave(seat);
  await server?.close();
  server = undefined;
}

function leave(seat: string): void {
  clients[seat]?.stop();
  clients[seat] = undefined;
}

async function status(url: string, matchID: string): Promise<Status> {
  const r = await api(url, `/api/match/${matchID}/status`);
  expect(r.status).toBe(200);
  return r.body as unknown as Status;
}

/** Makes one legal move for `seat` through its client, once it must act; resolves on the acknowledgement. */
async function move(seat: string): Promise<void> {
  const c = clients[seat];
  if (c === undefined) throw new Error(`seat ${seat} is not connected`);
  const s = await waitFor(
    () => {
      const st = stateOf(c);
      return st !== null && st.ctx.phase === 'actions' && st.ctx.currentPlayer === seat ? st : undefined;
    },
    10_000,
    `seat ${seat} to act`,
  );
  const choice = enumerate(s.G, s.ctx, seat)[0];
  if (choice === undefined) throw new Error('no legal move');
  c.moves[choice.move]?.(...choice.args);
  await waitFor(() => ((stateOf(c)?._stateID ?? 0) > s._stateID ? true : undefined), 10_000, 'acknowledgement');
}

/** Plays `seat`'s moves until another seat must act; resolves to the status then. */
async function playTurn(url: string, matchID: string, seat: string): Promise<Status> {
  let s = await until(url, matchID, (x) => x.actor !== null, 'someone to act');
  while (s.actor === seat) {
    await move(seat);
    s = await until(url, matchID, (x) => x.actor !== null, 'someone to act');
  }
  return s;
}

/** Asks the server's status until it satisfies `probe` (each ask is a real request; the test clock stands still). */
async function until(url: string, matchID: string, probe: (s: Status) => boolean, what: string): Promise<Status> {
  let last: Status | undefined;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    last = await status(url, matchID);
    if (probe(last)) return last;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
}

afterAll(async () => {
  await stop();
  tmp.remove();
});

describe('a turn-based match over days', () => {
  let url = '';
  let matchID = '';
  const creds: Record<string, string> = {};

  it('is created with a move bank and a total bank, and its clock starts when both seats are taken', async () => {
    url = await start();
    const bad = await api(url, `/games/${GAME_NAME}/create`, {
      numPlayers: 2,
      setupData: { scenario: 'classroom-quick', players: 2, online: { moveBankSeconds: 86400, turnSeconds: 60 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('malformed');
    const r = await api(url, `/games/${GAME_NAME}/create`, {
      numPlayers: 2,
      setupData: {
        scenario: 'classroom-quick',
        players: 2,
        online: { moveBankSeconds: 86400, totalBankSeconds: 3 * 86400 },
      },
    });
    expect(r.status).toBe(200);
    matchID = String(r.body.matchID);
    for (const seat of ['0', '1']) {
      const j = await api(url, `/games/${GAME_NAME}/${matchID}/join`, { playerID: seat, playerName: `p${seat}` });
      creds[seat] = String(j.body.playerCredentials);
      clients[seat] = gameClient(url, matchID, seat, creds[seat]);
    }
    const s = await until(url, matchID, (x) => x.bank?.seat === '0', 'the first clock');
    expect(s.mode).toBe('turn');
    expect(s.bank?.deadline).toBe(clock.now() + DAY);
    expect(s.bank?.totalLeft).toEqual({ '0': 3 * DAY, '1': 3 * DAY });
  });

  it('keeps every clock across two restarts while the seats move a day apart', async () => {
    for (let restart = 0; restart < 2; restart++) {
      // Each seat thinks for ten hours before each of its moves.
      for (let i = 0; i < 2; i++) {
        const seat = (await status(url, matchID)).actor ?? '0';
        clock.advance(10 * HOUR);
        await move(seat);
      }
      const before = await until(url, matchID, (x) => x.actor !== null && x.bank?.seat === x.actor, 'a running clock');
      await stop();
      clock.advance(2 * HOUR);
      url = await start();
      const after = await status(url, matchID);
      // The same turn, the same deadline: the restart gave nobody a fresh day.
      expect(after.bank?.seat).toBe(before.bank?.seat);
      expect(after.bank?.deadline).toBe(before.bank?.deadline);
      expect(after.bank?.msLeft).toBe((before.bank?.msLeft ?? 0) - 2 * HOUR);
      const running = before.bank?.seat ?? '';
      for (const seat of ['0', '1'])
        expect(after.bank?.totalLeft[seat]).toBe(
          (before.bank?.totalLeft[seat] ?? 0) - (seat === running ? 2 * HOUR : 0),
        );
      for (const seat of ['0', '1']) clients[seat] = gameClient(url, matchID, seat, creds[seat]);
    }
    const s = await status(url, matchID);
    // Four moves of ten hours' thought and two restarts of two hours have been spent between the seats.
    expect((s.bank?.totalLeft['0'] ?? 0) + (s.bank?.totalLeft['1'] ?? 0)).toBe(6 * DAY - 4 * 10 * HOUR - 2 * 2 * HOUR);
  });

  it('hands an empty bank to the computer, and the seat back the moment its player returns', async () => {
    // Russia's player closes the browser on their turn; China stays.
    let s = await playTurn(url, matchID, '1');
    expect(s.actor).toBe('0');
    leave('0');
    clock.advance(DAY);
    s = await until(
      url,
      matchID,
      (x) => (x.bank?.computerMoves['0'] ?? 0) > 0 && x.actor === '1',
      'the computer to stand in',
    );
    expect(s.bank?.standIn).toEqual(['0']);
    expect(lines.some((l) => l.event === 'bank-empty' && l.matchID === matchID && l.seat === '0')).toBe(true);
    // The computer keeps Russia's seat for the next turn too, with no clock of its own.
    const first = s.bank?.computerMoves['0'] ?? 0;
    while ((s.bank?.computerMoves['0'] ?? 0) === first) {
      await move('1');
      s = await until(url, matchID, (x) => x.actor === '1' || x.over, 'China to act again');
    }
    expect(s.over).toBe(false);
    const byComputer = s.bank?.computerMoves['0'] ?? 0;
    // Russia's player comes back mid-round.
    clients['0'] = gameClient(url, matchID, '0', creds['0']);
    await until(url, matchID, (x) => x.bank?.standIn.length === 0, 'the hand-back');
    expect(lines.some((l) => l.event === 'hand-back' && l.matchID === matchID && l.seat === '0')).toBe(true);
    s = await playTurn(url, matchID, '1');
    // Russia's own turn: nobody plays it for them, their own move is taken.
    expect(s.actor).toBe('0');
    expect(s.bank?.deadline).not.toBeNull();
    await move('0');
    s = await status(url, matchID);
    expect(s.bank?.computerMoves['0']).toBe(byComputer);
    const stood = lines.filter((l) => l.event === 'computer' && l.matchID === matchID && l.why === 'standIn');
    expect(stood.length).toBe(byComputer);
    expect(stood.every((l) => l.seat === '0')).toBe(true);
  });

  it('lets the others end the match as abandoned, stores the result, and refuses moves after', async () => {
    const absentNone = await api(url, `/api/match/${matchID}/abandon`, { playerID: '1', credentials: creds['1'] });
    expect(absentNone.status).toBe(409);
    expect(absentNone.body.code).toBe('notAbsent');
    const wrong = await api(url, `/api/match/${matchID}/abandon`, { playerID: '1', credentials: 'nope' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('wrongCredentials');
    const extra = await api(url, `/api/match/${matchID}/abandon`, { playerID: '1', credentials: creds['1'], why: 1 });
    expect(extra.body.code).toBe('malformed');
    expect(JSON.parse(readStored(dbPath, matchID)?.metadata ?? '{}')).not.toHaveProperty('abandoned');
    // Russia goes again and their bank runs out.
    await playTurn(url, matchID, '0');
    leave('0');
    let s = await playTurn(url, matchID, '1');
    expect(s.actor).toBe('0');
    clock.advance(DAY);
    await until(url, matchID, (x) => x.bank?.standIn.includes('0') === true, 'the computer to stand in');
    const ok = await api(url, `/api/match/${matchID}/abandon`, { playerID: '1', credentials: creds['1'] });
    expect(ok.status).toBe(200);
    const stored = JSON.parse(readStored(dbPath, matchID)?.metadata ?? '{}') as Record<string, unknown>;
    expect(stored.abandoned).toMatchObject({ by: '1', absent: ['0'], at: clock.now() });
    expect(stored.gameover).toEqual({ abandoned: true, absent: ['0'] });
    s = await status(url, matchID);
    expect(s.over).toBe(true);
    expect(s.actor).toBeNull();
    const again = await api(url, `/api/match/${matchID}/abandon`, { playerID: '1', credentials: creds['1'] });
    expect(again.body.code).toBe('abandoned');
    // A move after the end is refused with the code, and the state stays.
    const socket = (clients['1'] as unknown as { transport: { socket: Socket } }).transport.socket;
    const before = readStored(dbPath, matchID)?.stateID;
    const answer = new Promise<{ code: string }>((resolve) => socket.once('refused', resolve));
    const action = {
      type: 'MAKE_MOVE',
      payload: { type: MOVE_NAMES[0], args: [], playerID: '1', credentials: creds['1'] },
    };
    socket.emit('update', action, before, matchID, '1');
    expect((await answer).code).toBe('abandoned');
    expect(readStored(dbPath, matchID)?.stateID).toBe(before);
  });
});
