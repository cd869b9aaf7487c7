import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { enumerate } from '../../src/game/enumerate';
import { HIDDEN } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import {
  countMatches,
  GAME_NAME,
  gameClient,
  inProcessServer,
  playOneMove,
  readStored,
  rng,
  seatedMatch,
  waitFor,
  type Seated,
  type TestServer,
} from './helpers';

interface SyncInfo {
  state: State<GameState>;
  initialState: State<GameState>;
  log: unknown[];
  filteredMetadata: Record<string, unknown>[];
}

function raw(url: string, origin?: string): Socket {
  return io(`${url}/${GAME_NAME}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(origin === undefined ? {} : { extraHeaders: { origin } }),
  });
}

function connected(s: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (s.connected) return resolve();
    s.once('connect', () => resolve());
    s.once('connect_error', (e) => reject(e));
  });
}

/** Emits and resolves with the reason of the next refusal. */
function refused(s: Socket, event: string, ...args: unknown[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no refusal for ${event}`)), 5_000);
    s.once('refused', (r: { reason: string }) => {
      clearTimeout(timer);
      resolve(r.reason);
    });
    s.emit(event, ...args);
  });
}

function synced(s: Socket, matchID: string, playerID: string | null, credentials?: string): Promise<SyncInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no sync')), 5_000);
    s.once('sync', (_m: string, info: SyncInfo) => {
      clearTimeout(timer);
      resolve(info);
    });
    s.once('refused', (r: { reason: string }) => reject(new Error(r.reason)));
    s.emit('sync', matchID, playerID, credentials, 2);
  });
}

const move = (type: string, args: unknown, playerID: string, credentials: string) => ({
  type: 'MAKE_MOVE',
  payload: { type, args, playerID, credentials },
});

describe('hardened sockets', () => {
  let t: TestServer;
  let m: Seated;
  let other: Seated;
  let s0: Socket;
  let stateID = 0;
  let sync0: SyncInfo;

  beforeAll(async () => {
    t = await inProcessServer();
    m = await seatedMatch(t.url);
    other = await seatedMatch(t.url);
    s0 = raw(t.url);
    await connected(s0);
    sync0 = await synced(s0, m.matchID, '0', m.credentials['0']);
    stateID = sync0.state._stateID;
  });
  afterAll(async () => {
    s0.close();
    await t.close();
  });

  /** Runs an attack, then checks the stored match did not change and other matches still play. */
  async function unchangedAfter(attack: () => Promise<string>, reason: RegExp): Promise<void> {
    // Seats connecting and leaving change metadata; the match itself must not change.
    const game = () => {
      const s = readStored(t.dbPath, m.matchID);
      return { stateID: s?.stateID, state: s?.state, logRows: s?.logRows };
    };
    const before = game();
    expect(await attack()).toMatch(reason);
    await t.server.transport.drain();
    expect(game()).toEqual(before);
  }

  it('sends no secret on sync: no seed, no other hand, a filtered initial state', () => {
    const text = JSON.stringify(sync0);
    expect(text).not.toMatch(/"seed"|prngstate/);
    expect(sync0.state.G.hands.china.every((c) => c === HIDDEN)).toBe(true);
    expect(sync0.state.G.hands.russia.some((c) => c !== HIDDEN)).toBe(true);
    expect(sync0.initialState.G.deck.every((c) => c === HIDDEN)).toBe(true);
    expect(text).not.toContain(m.credentials['0']);
  });

  it('refuses wrong credentials, on sync and on a move', async () => {
    const s = raw(t.url);
    await connected(s);
    await unchangedAfter(() => refused(s, 'sync', m.matchID, '1', 'not-the-key', 2), /wrong credentials/);
    s.close();
    const choice = enumerate(sync0.state.G, sync0.state.ctx, '0')[0];
    await unchangedAfter(
      () =>
        refused(s0, 'update', move(choice?.move ?? 'playOps', choice?.args ?? [], '0', 'bad'), stateID, m.matchID, '0'),
      /wrong credentials/,
    );
  });

  it('refuses a move for the other seat', async () => {
    const c0 = m.credentials['0'] ?? '';
    await unchangedAfter(
      () => refused(s0, 'update', move('endPlay', [], '1', c0), stateID, m.matchID, '0'),
      /another seat/,
    );
    await unchangedAfter(
      () => refused(s0, 'update', move('endPlay', [], '1', m.credentials['1'] ?? ''), stateID, m.matchID, '1'),
      /sync with this match and seat/,
    );
    // China, properly seated, cannot move on Russia's turn: the rules' own reason comes back.
    const s1 = raw(t.url);
    await connected(s1);
    await synced(s1, m.matchID, '1', m.credentials['1']);
    const why = await refused(
      s1,
      'update',
      move('endPlay', [], '1', m.credentials['1'] ?? ''),
      stateID,
      m.matchID,
      '1',
    );
    expect(why.length).toBeGreaterThan(3);
    s1.close();
  });

  it('refuses forged action types and game events', async () => {
    const c0 = m.credentials['0'] ?? '';
    for (const type of ['UPDATE', 'SYNC', 'RESET', 'PLUGIN', 'STRIP_TRANSIENTS'])
      await unchangedAfter(
        () =>
          refused(
            s0,
            'update',
            { type, state: { G: {}, ctx: {} }, payload: { playerID: '0', credentials: c0 } },
            stateID,
            m.matchID,
            '0',
          ),
        /not allowed from a client/,
      );
    for (const event of ['endGame', 'endTurn', 'endPhase', 'setPhase'])
      await unchangedAfter(
        () =>
          refused(
            s0,
            'update',
            { type: 'GAME_EVENT', payload: { type: event, args: [], playerID: '0', credentials: c0 } },
            stateID,
            m.matchID,
            '0',
          ),
        /not allowed/,
      );
  });

  it('refuses move names that are not the game own, inherited ones included', async () => {
    const c0 = m.credentials['0'] ?? '';
    for (const name of ['toString', 'hasOwnProperty', 'constructor', '__proto__', 'valueOf', 'nope'])
      await unchangedAfter(
        () => refused(s0, 'update', move(name, [], '0', c0), stateID, m.matchID, '0'),
        /unknown move/,
      );
  });

  it('refuses malformed and oversized payloads with a clear reason', async () => {
    const c0 = m.credentials['0'] ?? '';
    await unchangedAfter(
      () => refused(s0, 'update', move('endPlay', 'x', '0', c0), stateID, m.matchID, '0'),
      /malformed action/,
    );
    await unchangedAfter(
      () => refused(s0, 'update', move('endPlay', [], '0', c0), 'one', m.matchID, '0'),
      /malformed update/,
    );
    await unchangedAfter(
      () => refused(s0, 'update', move('endPlay', [], '0', c0), stateID, '../x', '0'),
      /malformed update/,
    );
    await unchangedAfter(() => refused(s0, 'update', null), /malformed update/);
    await unchangedAfter(() => refused(s0, 'sync', 42), /malformed sync/);
    await unchangedAfter(
      () => refused(s0, 'update', move('playOps', ['x'.repeat(20_000)], '0', c0), stateID, m.matchID, '0'),
      /payload over/,
    );
    await unchangedAfter(() => refused(s0, 'chat', m.matchID, { id: 'x', sender: '0', payload: 'hi' }, c0), /chat/);
    await unchangedAfter(() => refused(s0, 'whatever', 1), /unknown event/);
  });

  it('drops a payload beyond the transport limit and keeps serving', async () => {
    const s = raw(t.url);
    await connected(s);
    const gone = new Promise<void>((resolve) => s.once('disconnect', () => resolve()));
    s.emit('update', 'y'.repeat(200_000));
    await gone;
    s.close();
    expect(readStored(t.dbPath, m.matchID)?.stateID).toBe(stateID);
  });

  it('creates nothing for a sync with an unknown match ID', async () => {
    const before = countMatches(t.dbPath);
    const s = raw(t.url);
    await connected(s);
    expect(await refused(s, 'sync', 'no-such-match', null, undefined, 2)).toMatch(/no such match/);
    expect(await refused(s, 'sync', 'no-such-match-2', '0', 'x', 2)).toMatch(/no such match/);
    s.close();
    expect(countMatches(t.dbPath)).toBe(before);
  });

  it('enforces socket origins', async () => {
    const evil = raw(t.url, 'http://evil.example');
    await expect(connected(evil)).rejects.toBeTruthy();
    evil.close();
    const own = raw(t.url, t.url);
    await connected(own);
    own.close();
    expect(t.lines.some((l) => l.reason === 'origin not allowed')).toBe(true);
  });

  it('lets the seat to move undo and redo an undoable move, and nobody else', async () => {
    const fresh = await seatedMatch(t.url);
    const a = raw(t.url);
    const b = raw(t.url);
    await Promise.all([connected(a), connected(b)]);
    const start = await synced(a, fresh.matchID, '0', fresh.credentials['0']);
    await synced(b, fresh.matchID, '1', fresh.credentials['1']);
    const card = start.state.G.hands.russia[0];
    const next = (s: Socket) =>
      new Promise<State<GameState>>((resolve) => s.once('update', (_m: string, st: State<GameState>) => resolve(st)));
    const c0 = fresh.credentials['0'] ?? '';
    const id = start.state._stateID;
    let got = next(a);
    a.emit('update', move('playOps', [card], '0', c0), id, fresh.matchID, '0');
    expect((await got)._stateID).toBe(id + 1);
    expect(
      await refused(
        b,
        'update',
        { type: 'UNDO', payload: { type: null, args: null, playerID: '1', credentials: fresh.credentials['1'] } },
        id + 1,
        fresh.matchID,
        '1',
      ),
    ).toMatch(/undo not allowed/);
    got = next(a);
    a.emit(
      'update',
      { type: 'UNDO', payload: { type: null, args: null, playerID: '0', credentials: c0 } },
      id + 1,
      fresh.matchID,
      '0',
    );
    const undone = await got;
    expect(undone._stateID).toBe(id + 2);
    expect(undone.G.hands.russia).toContain(card);
    got = next(a);
    a.emit(
      'update',
      { type: 'REDO', payload: { type: null, args: null, playerID: '0', credentials: c0 } },
      id + 2,
      fresh.matchID,
      '0',
    );
    expect((await got).G.hands.russia).not.toContain(card);
    await t.server.transport.drain();
    expect(readStored(t.dbPath, fresh.matchID)?.stateID).toBe(id + 3);
    a.close();
    b.close();
  });

  it('still takes a legal move on this match and plays other matches, and logs each refusal', async () => {
    const choice = enumerate(sync0.state.G, sync0.state.ctx, '0')[0];
    if (choice === undefined) throw new Error('no legal move');
    const updated = new Promise<number>((resolve) =>
      s0.once('update', (_m: string, st: State) => resolve(st._stateID)),
    );
    s0.emit('update', move(choice.move, choice.args, '0', m.credentials['0'] ?? ''), stateID, m.matchID, '0');
    expect(await updated).toBe(stateID + 1);
    await waitFor(() => readStored(t.dbPath, m.matchID)?.stateID === stateID + 1, 2_000, 'the write');

    const clients = {
      '0': gameClient(t.url, other.matchID, '0', other.credentials['0']),
      '1': gameClient(t.url, other.matchID, '1', other.credentials['1']),
    };
    try {
      const rand = rng(3);
      for (let i = 0; i < 5; i++) expect(await playOneMove(clients, rand)).toBe(i + 1);
    } finally {
      for (const c of Object.values(clients)) c.stop();
    }
    const refusals = t.lines.filter((l) => l.event === 'refused');
    expect(refusals.length).toBeGreaterThan(20);
    for (const r of refusals) expect(typeof r.reason).toBe('string');
    expect(JSON.stringify(t.lines)).not.toContain(m.credentials['1']);
    expect(t.lines.some((l) => l.level === 60 || l.event === 'unhandledRejection')).toBe(false);
  });
});
