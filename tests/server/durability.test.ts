import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import {
  childServer,
  freePort,
  GAME_NAME,
  gameClient,
  playOneMove,
  readStored,
  rng,
  seatedMatch,
  stateOf,
  stopChild,
  tempDir,
  waitFor,
  type ChildServer,
  type GameClient,
  type Seated,
} from './helpers';

const KILLS = 22;

describe('server process: crashes, attacks and shutdown', () => {
  const tmp = tempDir();
  const children: ChildServer[] = [];
  afterAll(async () => {
    for (const c of children) await stopChild(c);
    tmp.remove();
  });

  async function start(env: Record<string, string>): Promise<ChildServer> {
    const c = await childServer(env);
    children.push(c);
    return c;
  }

  it(`keeps every acknowledged move through ${KILLS} SIGKILLs at random moments, and the matches play on`, async () => {
    const port = String(await freePort());
    const env = { PORT: port, DB_PATH: join(tmp.dir, 'crash.sqlite') };
    const rand = rng(2024);
    let child = await start(env);
    const matches: Seated[] = [await seatedMatch(child.url), await seatedMatch(child.url)];
    const acked = new Map<string, number>();
    // The highest state any client of a match was sent: everything a client saw must be stored.
    const seen = new Map<string, number>();
    let played = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      let stopped = false;
      const stop = () => stopped;
      const clients = matches.map((m) => {
        const seats = {
          '0': gameClient(child.url, m.matchID, '0', m.credentials['0']),
          '1': gameClient(child.url, m.matchID, '1', m.credentials['1']),
        };
        for (const c of Object.values(seats))
          c.subscribe((st) => {
            if (st !== null) seen.set(m.matchID, Math.max(seen.get(m.matchID) ?? 0, st._stateID));
          });
        return seats;
      });
      // Each match is played by its own loop until the server dies under it.
      const loops = matches.map(async (m, i) => {
        const seats = clients[i] as Record<string, GameClient>;
        try {
          for (;;) {
            const id = await playOneMove(seats, rand, 10_000, stop);
            if (id === null) return;
            acked.set(m.matchID, Math.max(acked.get(m.matchID) ?? 0, id));
            played += 1;
          }
        } catch (err) {
          if (!stopped) throw err;
        }
      });
      // A random moment in the play: after a random number (0 to 5) of further acknowledged
      // moves, while the other match's move and this one's next are in flight.
      const target = played + Math.floor(rand() * 6);
      await waitFor(() => played >= target, 30_000, `${target - played} more moves before kill ${kill}`);
      await stopChild(child, 'SIGKILL');
      stopped = true;
      await Promise.all(loops);
      for (const seats of clients) for (const c of Object.values(seats)) c.stop();

      for (const m of matches) {
        const stored = readStored(env.DB_PATH, m.matchID);
        const a = acked.get(m.matchID) ?? 0;
        const s = seen.get(m.matchID) ?? 0;
        // Every acknowledged move is stored; at most the one move in flight went further.
        expect(stored?.stateID).toBeGreaterThanOrEqual(Math.max(a, s));
        expect(stored?.stateID).toBeLessThanOrEqual(s + 1);
        expect(stored?.logRows).toBeGreaterThanOrEqual(stored?.stateID ?? 0);
      }
      child = await start(env);
      // A finished match is replaced, so two matches are always in play.
      for (let i = 0; i < matches.length; i++) {
        const m = matches[i] as Seated;
        if (JSON.parse(readStored(env.DB_PATH, m.matchID)?.state ?? '{}').ctx?.gameover !== undefined)
          matches[i] = await seatedMatch(child.url);
      }
    }

    // After the last restart each match resumes from its stored state and takes moves.
    for (const m of matches) {
      const seats = {
        '0': gameClient(child.url, m.matchID, '0', m.credentials['0']),
        '1': gameClient(child.url, m.matchID, '1', m.credentials['1']),
      };
      try {
        const stored = readStored(env.DB_PATH, m.matchID)?.stateID;
        expect(await waitFor(() => stateOf(seats['0'])?._stateID, 10_000, 'resync')).toBe(stored);
        const id = await playOneMove(seats, rand);
        expect(id === null || id === (stored ?? 0) + 1).toBe(true);
      } finally {
        for (const c of Object.values(seats)) c.stop();
      }
    }
    expect(played).toBeGreaterThan(KILLS);
    expect(child.output.join('')).not.toMatch(/unhandledRejection|uncaughtException/);
  }, 180_000);

  it('survives inherited-property move names, then shuts down cleanly on SIGTERM with its data kept', async () => {
    const env = { PORT: '0', DB_PATH: join(tmp.dir, 'term.sqlite'), LOG_LEVEL: 'info' };
    const child = await start(env);
    const m = await seatedMatch(child.url);
    const s = io(`${child.url}/${GAME_NAME}`, { transports: ['websocket'], reconnection: false, forceNew: true });
    const reasons: string[] = [];
    s.on('refused', (r: { reason: string }) => reasons.push(r.reason));
    await new Promise<void>((resolve) =>
      s.once('sync', () => resolve()).emit('sync', m.matchID, '0', m.credentials['0'], 2),
    );
    for (const name of ['hasOwnProperty', 'toString', '__proto__', 'constructor'])
      s.emit(
        'update',
        { type: 'MAKE_MOVE', payload: { type: name, args: [], playerID: '0', credentials: m.credentials['0'] } },
        0,
        m.matchID,
        '0',
      );
    await waitFor(() => reasons.length >= 4, 5_000, 'four refusals');
    s.close();
    // Still alive and serving.
    const seats = {
      '0': gameClient(child.url, m.matchID, '0', m.credentials['0']),
      '1': gameClient(child.url, m.matchID, '1', m.credentials['1']),
    };
    try {
      expect(await playOneMove(seats, rng(5))).toBe(1);
    } finally {
      for (const c of Object.values(seats)) c.stop();
    }
    const code = await stopChild(child, 'SIGTERM');
    expect(code).toBe(0);
    const out = child.output.join('');
    expect(out).toMatch(/"event":"shutdown","done":true/);
    expect(out).not.toMatch(/unhandledRejection|uncaughtException/);
    expect(out.match(/"event":"refused"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(readStored(env.DB_PATH, m.matchID)?.stateID).toBe(1);
  }, 60_000);
});
