// Computer seats, the turn timer and their refusals, over real sockets with boardgame.io's
// own client and a real SQLite file; one test restarts a child server process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { enumerate } from '../../src/game/enumerate';
import { HIDDEN } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import type { TimerMessage } from '../../src/server/timer';
import {
  api,
  childServer,
  countMatches,
  freePort,
  GAME_NAME,
  gameClient,
  inProcessServer,
  readStored,
  rng,
  stateOf,
  stopChild,
  tempDir,
  waitFor,
  type ChildServer,
  type GameClient,
  type TestServer,
} from './helpers';
import { TestClock } from './testClock';

const socketOf = (c: GameClient): Socket => (c as unknown as { transport: { socket: Socket } }).transport.socket;

async function create(url: string, setupData: Record<string, unknown>): Promise<string> {
  const players = setupData.players === 3 ? 3 : 2;
  const r = await api(url, `/games/${GAME_NAME}/create`, { numPlayers: players, setupData });
  if (r.status !== 200) throw new Error(`create failed: ${r.text}`);
  return String(r.body.matchID);
}

async function joinSeat(url: string, matchID: string, playerID: string, name: string): Promise<string> {
  const r = await api(url, `/games/${GAME_NAME}/${matchID}/join`, { playerID, playerName: name });
  if (r.status !== 200) throw new Error(`join failed: ${r.text}`);
  return String(r.body.playerCredentials);
}

/** Plays `seat`'s moves (random legal ones) whenever it must act, until the game ends or `until` holds. */
async function playSeat(
  client: GameClient,
  seat: string,
  rand: () => number,
  until: () => boolean = () => false,
): Promise<number> {
  let moves = 0;
  for (;;) {
    const s = await waitFor(
      () => {
        const st = stateOf(client);
        if (st === null) return undefined;
        if (st.ctx.gameover !== undefined || until()) return st;
        return st.ctx.currentPlayer === seat && (st.ctx.phase === 'actions' || st.ctx.phase === 'kazakhstan')
          ? st
          : undefined;
      },
      30_000,
      `seat ${seat} to act`,
    );
    if (s.ctx.gameover !== undefined || until()) return moves;
    const choices = enumerate(s.G, s.ctx, seat);
    const choice = choices[Math.floor(rand() * choices.length)];
    if (choice === undefined) throw new Error('no legal move');
    client.moves[choice.move]?.(...choice.args);
    moves++;
    await waitFor(() => ((stateOf(client)?._stateID ?? 0) > s._stateID ? true : undefined), 10_000, 'acknowledgement');
  }
}

/** Sends a seat's sync again and resolves on the answer: every event the server sent that socket before it has arrived. */
function resynced(socket: Socket, matchID: string, seat: string, credentials: string): Promise<void> {
  return new Promise((resolve) => {
    socket.once('sync', () => resolve());
    socket.emit('sync', matchID, seat, credentials, 2);
  });
}

describe('computer seats and the turn timer', () => {
  let t: TestServer;
  // The turn clock runs on this clock: the test says when time passes.
  const clock = new TestClock();
  beforeAll(async () => {
    t = await inProcessServer({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses bad online settings with a reason and creates nothing', async () => {
    const before = countMatches(t.dbPath);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ players: 2, online: { bots: { '2': 'standard' } } }, /no seat 2 with 2 players/],
      [{ players: 2, online: { bots: { '1': 'genius' } } }, /unknown computer level/],
      [
        { players: 2, online: { bots: { '0': 'standard', '1': 'standard' } } },
        /at least one seat must be left for a person/,
      ],
      [{ players: 2, online: { turnSeconds: 1 } }, /turnSeconds must be a whole number/],
      [{ players: 2, online: { turnSeconds: 'soon' } }, /turnSeconds must be a whole number/],
      [{ players: 2, online: { cheat: true } }, /online.cheat is not a setting/],
      [{ players: 2, online: [] }, /online must be an object/],
    ];
    for (const [setupData, reason] of cases) {
      const r = await api(t.url, `/games/${GAME_NAME}/create`, { numPlayers: 2, setupData });
      expect(r.status).toBe(400);
      expect(String(r.body.error)).toMatch(reason);
    }
    expect(countMatches(t.dbPath)).toBe(before);
  });

  it('a person plays a whole match against the server’s computer seat, which moves only from its own view', async () => {
    const matchID = await create(t.url, {
      scenario: 'classroom-quick',
      players: 2,
      online: { bots: { '1': 'standard' } },
    });
    // The computer's seat is taken at once: nobody can join it, and its credentials never leave the server.
    const got = await api(t.url, `/games/${GAME_NAME}/${matchID}`);
    const players = got.body.players as { id: number; name?: string; isConnected?: boolean; credentials?: string }[];
    expect(players[1]?.name).toBe('Computer (standard)');
    expect(players[1]?.isConnected).toBe(true);
    expect(got.text).not.toContain('credentials');
    const taken = await api(t.url, `/games/${GAME_NAME}/${matchID}/join`, { playerID: '1', playerName: 'intruder' });
    expect(taken.status).toBe(409);
    const creds = await joinSeat(t.url, matchID, '0', 'Ana');
    const human = gameClient(t.url, matchID, '0', creds);
    const spectator = gameClient(t.url, matchID, null);
    const seen: GameState[] = [];
    spectator.subscribe((s) => void (s !== null && seen.push(s.G)));
    try {
      const moves = await playSeat(human, '0', rng(11));
      const final = await waitFor(() => stateOf(human)?.ctx.gameover, 10_000, 'game over');
      expect(final).toBeDefined();
      expect(moves).toBeGreaterThan(5);
      const computerMoves = t.lines.filter((l) => l.event === 'computer' && l.matchID === matchID && l.why === 'seat');
      expect(computerMoves.length).toBeGreaterThan(5);
      expect(computerMoves.every((l) => l.seat === '1' && l.refused === undefined)).toBe(true);
      // The store has every move: the human's and the computer's, one state each.
      expect(readStored(t.dbPath, matchID)?.stateID).toBe(moves + computerMoves.length);
      // The human's client never saw the computer's hand, and the spectator saw no hand.
      expect(stateOf(human)?.G.hands.china.every((c) => c === HIDDEN)).toBe(true);
      for (const G of seen) expect(Object.values(G.hands).every((h) => h.every((c) => c === HIDDEN))).toBe(true);
    } finally {
      human.stop();
      spectator.stop();
    }
  });

  it('three players: the computer plays China and Kazakhstan while a person plays Russia, through a whole round', async () => {
    const matchID = await create(t.url, {
      scenario: 'classroom-quick',
      players: 3,
      online: { bots: { '1': 'standard', '2': 'random' } },
    });
    const human = gameClient(t.url, matchID, '0', await joinSeat(t.url, matchID, '0', 'Ana'));
    try {
      // One round is enough to see every seat act (the suite runs beside timing-sensitive tests).
      await playSeat(human, '0', rng(5), () => (stateOf(human)?.G.round ?? 1) >= 2);
      const moves = t.lines.filter((l) => l.event === 'computer' && l.matchID === matchID);
      expect(moves.some((l) => l.seat === '2' && l.botLevel === 'random' && l.move === 'kzPolicy')).toBe(true);
      expect(moves.some((l) => l.seat === '1' && l.botLevel === 'standard')).toBe(true);
      expect(moves.every((l) => l.refused === undefined)).toBe(true);
    } finally {
      human.stop();
    }
  });

  it('a dropped connection comes back to the same seat, and the opponent sees it go and come back', async () => {
    const matchID = await create(t.url, { scenario: 'classroom-quick', players: 2 });
    const a = gameClient(t.url, matchID, '0', await joinSeat(t.url, matchID, '0', 'Ana'));
    const b = gameClient(t.url, matchID, '1', await joinSeat(t.url, matchID, '1', 'Bo'));
    const seen: boolean[] = [];
    b.subscribe(() => {
      const ana = (b.matchData ?? []).find((p) => p.id === 0);
      if (ana?.isConnected !== undefined && seen[seen.length - 1] !== ana.isConnected) seen.push(ana.isConnected);
    });
    try {
      await waitFor(() => seen[seen.length - 1] === true, 5_000, 'Ana connected');
      const before = stateOf(a)?._stateID;
      // The network drops Ana's connection; socket.io reconnects and boardgame.io syncs again.
      (socketOf(a) as unknown as { io: { engine: { close: () => void } } }).io.engine.close();
      await waitFor(() => seen.includes(false) && seen[seen.length - 1] === true, 10_000, 'Ana gone and back');
      expect(seen.slice(-3)).toEqual([true, false, true]);
      // Still Russia, still able to move.
      const s = await waitFor(() => stateOf(a), 5_000, 'state after reconnect');
      expect(s._stateID).toBe(before);
      await playSeat(a, '0', rng(3), () => (stateOf(a)?._stateID ?? 0) > (before ?? 0));
      expect(readStored(t.dbPath, matchID)?.stateID).toBeGreaterThan(before ?? 0);
    } finally {
      a.stop();
      b.stop();
    }
  });

  it('refuses a move for the computer’s seat from a socket, and leaves the stored state as it was', async () => {
    // Russia (a person) moves first, so the computer's China seat is idle while the forgeries arrive.
    const matchID = await create(t.url, {
      scenario: 'classroom-quick',
      players: 2,
      online: { bots: { '1': 'standard' } },
    });
    const creds = await joinSeat(t.url, matchID, '0', 'Ana');
    const client = gameClient(t.url, matchID, '0', creds);
    try {
      await waitFor(() => stateOf(client), 5_000, 'sync');
      const before = readStored(t.dbPath, matchID);
      const sock = socketOf(client);
      const reasons: string[] = [];
      const codes: string[] = [];
      sock.on('refused', (r: { reason: string; code: string }) => {
        reasons.push(r.reason);
        codes.push(r.code);
      });
      const stateID = before?.stateID ?? 0;
      const forged = {
        type: 'MAKE_MOVE',
        payload: { type: 'playOps', args: ['x'], playerID: '1', credentials: creds },
      };
      // As seat 1 without having synced as it, and as seat 0 naming seat 1 in the action.
      sock.emit('update', forged, stateID, matchID, '1');
      sock.emit('update', forged, stateID, matchID, '0');
      sock.emit('timer', { matchID, seat: '1', msLeft: 0 });
      await waitFor(() => reasons.length >= 3, 5_000, 'three refusals');
      expect(reasons).toContain('sync with this match and seat before moving');
      expect(reasons).toContain('the action names another seat than the sender');
      expect(reasons).toContain('unknown event "timer"');
      // Each with the code a browser phrases in the player's language.
      expect([...codes].sort()).toEqual(['otherSeat', 'syncFirst', 'unknownEvent']);
      // The store is exactly as it was.
      expect(readStored(t.dbPath, matchID)).toEqual(before);
    } finally {
      client.stop();
    }
  });

  it('a timed turn that runs out is played by the standard computer, and both sides are told', async () => {
    const matchID = await create(t.url, { scenario: 'classroom-quick', players: 2, online: { turnSeconds: 2 } });
    const c0 = await joinSeat(t.url, matchID, '0', 'Ana');
    const a = gameClient(t.url, matchID, '0', c0);
    const heard: Record<string, TimerMessage[]> = { a: [], b: [] };
    const afterStop: GameClient[] = [];
    socketOf(a).on('timer', (m: TimerMessage) => heard.a?.push(m));
    try {
      const start = await waitFor(() => stateOf(a), 5_000, 'sync');
      const first = start.ctx.currentPlayer;
      // While a seat is free no clock runs, not even once a whole turn's time has passed.
      clock.advance(3_000);
      await resynced(socketOf(a), matchID, '0', c0);
      expect(heard.a).toEqual([]);
      const c1 = await joinSeat(t.url, matchID, '1', 'Bo');
      const b = gameClient(t.url, matchID, '1', c1);
      socketOf(b).on('timer', (m: TimerMessage) => heard.b?.push(m));
      afterStop.push(b);
      // Once the last seat is taken the clock starts; a socket that syncs later hears it too.
      await waitFor(() => (heard.a?.length ?? 0) > 0 && (heard.b?.length ?? 0) > 0, 5_000, 'timer on join and on sync');
      expect(heard.a?.[0]?.seat).toBe(first);
      expect(heard.a?.[0]?.seconds).toBe(2);
      expect(heard.a?.[0]?.msLeft).toBeLessThanOrEqual(2000);
      // Nobody moves: two seconds pass, the server plays the turn, and the other seat's clock starts.
      clock.advance(2_000);
      const next = await waitFor(
        () => {
          const s = stateOf(b);
          return s !== null && s.ctx.currentPlayer !== first ? s : undefined;
        },
        10_000,
        'the computer to finish the timed-out turn',
      );
      expect(next._stateID).toBeGreaterThan(start._stateID);
      for (const side of ['a', 'b'])
        expect(heard[side]?.some((m) => m.expired === true && m.seat === first)).toBe(true);
      await waitFor(
        () => heard.b?.some((m) => m.seat === next.ctx.currentPlayer && m.expired !== true),
        5_000,
        'the next clock',
      );
      expect(t.lines.some((l) => l.event === 'turn-timeout' && l.matchID === matchID && l.seat === first)).toBe(true);
      const played = t.lines.filter((l) => l.event === 'computer' && l.matchID === matchID && l.why === 'timer');
      expect(played.length).toBeGreaterThan(0);
      expect(played.every((l) => l.seat === first)).toBe(true);
      // The stored state is the one both clients see.
      expect(readStored(t.dbPath, matchID)?.stateID).toBe(stateOf(a)?._stateID);
      // A move in time keeps the turn: the second seat moves at once and is not taken over.
      const s = stateOf(b) as State<GameState>;
      const choice = enumerate(s.G, s.ctx, s.ctx.currentPlayer)[0];
      if (choice !== undefined) (s.ctx.currentPlayer === '1' ? b : a).moves[choice.move]?.(...choice.args);
      await waitFor(() => ((stateOf(a)?._stateID ?? 0) > s._stateID ? true : undefined), 5_000, 'the person’s move');
    } finally {
      a.stop();
      for (const c of afterStop) c.stop();
    }
  });
});

describe('computer seats survive a restart', () => {
  const tmp = tempDir();
  let child: ChildServer | undefined;
  afterAll(async () => {
    if (child !== undefined) await stopChild(child);
    tmp.remove();
  });

  it('a match whose computer must move goes on after the process is killed and started again', async () => {
    const env = { PORT: String(await freePort()), DB_PATH: join(tmp.dir, 'bots.sqlite') };
    // The first process waits a minute before a computer move, so the kill finds the move not yet made.
    child = await childServer({ ...env, BOT_DELAY_MS: '60000' });
    const matchID = await create(child.url, {
      scenario: 'classroom-quick',
      players: 2,
      online: { bots: { '0': 'standard' }, turnSeconds: 600 },
    });
    await joinSeat(child.url, matchID, '1', 'Bo');
    const before = readStored(env.DB_PATH, matchID);
    expect(before?.stateID).toBe(0);
    await stopChild(child, 'SIGKILL');
    child = await childServer({ ...env, BOT_DELAY_MS: '0' });
    await waitFor(
      () => ((readStored(env.DB_PATH, matchID)?.stateID ?? 0) > 0 ? true : undefined),
      15_000,
      'the computer to move after the restart',
    );
    // The settings came back from the store: the seat is still the computer's, the timer still set.
    const got = await api(child.url, `/games/${GAME_NAME}/${matchID}`);
    expect((got.body.players as { name?: string }[])[0]?.name).toBe('Computer (standard)');
    expect(got.body.setupData).toMatchObject({ online: { turnSeconds: 600 } });
  });
});
