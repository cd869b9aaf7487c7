// A reconnect storm over real sockets: 100 matches playing at once, each seat on
// boardgame.io's client with the delta transport, and connections dropped at random
// moments (some right after a move was sent, before its acknowledgement). Afterwards
// every client shows exactly the stored state through its seat's view, every move a
// mover saw acknowledged is in the stored log, and no delta was ever applied to a view
// it did not fit (a delta whose base or fingerprint does not match is refused and
// resynced; a fingerprint mismatch would mean a wrong base got through the id check).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { enumerate } from '../../src/game/enumerate';
import { NewGreatGame } from '../../src/game/game';
import type { GameState } from '../../src/game/state';
import { DeltaSocketIO, type DeltaOutcome } from '../../src/client/deltaSocket';
import { inProcessServer, rng, seatedMatch, waitFor, type GameClient, type TestServer } from './helpers';
import { TestClock } from './testClock';

const MATCHES = 100;
const MOVES = 8;

let t: TestServer;
beforeAll(async () => {
  t = await inProcessServer({ clock: new TestClock() });
});
afterAll(async () => {
  await t.close();
});

interface Seat {
  readonly id: string;
  readonly client: GameClient;
  readonly outcomes: DeltaOutcome[];
  /** The state ids of the moves the server refused as stale (another move came first). */
  readonly stale: Set<number>;
  drops: number;
  /** Syncs received: after a drop, the first sync shows whether the move in flight was stored. */
  syncs: number;
}

function seat(matchID: string, id: string, credentials: string): Seat {
  const outcomes: DeltaOutcome[] = [];
  const client = Client<GameState>({
    game: NewGreatGame,
    multiplayer: DeltaSocketIO({
      server: t.url,
      socketOpts: { transports: ['websocket'], reconnectionDelay: 5, reconnectionDelayMax: 20 },
      onDelta: (o) => void outcomes.push(o),
    }),
    matchID,
    playerID: id,
    credentials,
    debug: false,
  });
  client.start();
  const stale = new Set<number>();
  const socket = (client as unknown as { transport: { socket: { on(e: string, f: (p: unknown) => void): void } } })
    .transport.socket;
  const me: Seat = { id, client, outcomes, stale, drops: 0, syncs: 0 };
  socket.on('sync', () => void (me.syncs += 1));
  socket.on('refused', (p) => {
    const sent = (p as { params?: { sent?: unknown } }).params?.sent;
    if (typeof sent === 'number') stale.add(sent);
  });
  return me;
}

const stateOf = (s: Seat) => s.client.getState() as unknown as State<GameState> | null;
const connected = (s: Seat) => (s.client as unknown as { transport: { isConnected: boolean } }).transport.isConnected;

/** Drops the seat's connection as a network would; socket.io reconnects and the transport syncs again. */
function drop(s: Seat): void {
  const socket = (s.client as unknown as { transport: { socket: { io: { engine: { close(): void } } } | null } })
    .transport.socket;
  socket?.io.engine.close();
  s.drops += 1;
}

interface Acked {
  readonly from: number;
  readonly move: string;
  readonly seat: string;
}

async function storm(matchID: string, seats: Seat[], rand: () => number, acked: Acked[]): Promise<void> {
  // Every client is dropped at least once, at a moment of its own.
  const dropAt = seats.map(() => Math.floor(rand() * MOVES));
  for (let k = 0; k < MOVES; k++) {
    const st = await waitFor(
      () => {
        const states = seats.map(stateOf);
        if (!seats.every(connected) || states.some((s) => s === null)) return undefined;
        const ids = new Set(states.map((s) => s?._stateID));
        return ids.size === 1 ? (states[0] as State<GameState>) : undefined;
      },
      30_000,
      `match ${matchID} in sync`,
    );
    if (st.ctx.gameover !== undefined) return;
    const actor = st.ctx.phase === 'kazakhstan' ? '2' : st.ctx.currentPlayer;
    const mover = seats.find((s) => s.id === actor) as Seat;
    const own = stateOf(mover) as State<GameState>;
    const choices = enumerate(own.G, own.ctx, actor);
    const choice = choices[Math.floor(rand() * choices.length)];
    if (choice === undefined) throw new Error(`match ${matchID}: no legal move for seat ${actor}`);
    const drops = mover.drops;
    const syncs = mover.syncs;
    mover.client.moves[choice.move]?.(...choice.args);
    const r = rand();
    // Mid-move: the move was sent and its acknowledgement is on its way.
    if (r < 0.15) drop(mover);
    else if (r < 0.3) drop(seats[Math.floor(rand() * seats.length)] as Seat);
    seats.forEach((s, i) => dropAt[i] === k && drop(s));
    await waitFor(
      () => {
        const s = stateOf(mover);
        if (s !== null && s._stateID > st._stateID) return true;
        // The move was lost with the connection: the mover is back and its first sync since shows the
        // state the move was sent from (the server reads a sync behind every earlier message of the match).
        return mover.drops > drops && mover.syncs > syncs && s?._stateID === st._stateID ? true : undefined;
      },
      30_000,
      `match ${matchID}: the move or the reconnection`,
    );
    const after = stateOf(mover);
    if (mover.drops === drops && after !== null && after._stateID === st._stateID + 1)
      acked.push({ from: st._stateID, move: choice.move, seat: actor });
    // Between moves, now and then, a seat drops too.
    if (rand() < 0.1) drop(seats[Math.floor(rand() * seats.length)] as Seat);
  }
}

describe('a reconnect storm', () => {
  it(`${MATCHES} matches, connections dropped at random moments: every client ends on the stored state`, async () => {
    const matches = await Promise.all(
      Array.from({ length: MATCHES }, async () => {
        const m = await seatedMatch(t.url, 2);
        return { matchID: m.matchID, seats: ['0', '1'].map((id) => seat(m.matchID, id, m.credentials[id] ?? '')) };
      }),
    );
    const acked: Acked[][] = matches.map(() => []);
    try {
      await Promise.all(matches.map((m, i) => storm(m.matchID, m.seats, rng(100 + i), acked[i] as Acked[])));
      await t.server.transport.drain();
      const filter = getFilterPlayerView(NewGreatGame);
      let drops = 0;
      let applied = 0;
      for (const [i, m] of matches.entries()) {
        const { state, log } = await t.server.store.fetch(m.matchID, { state: true, log: true });
        for (const s of m.seats) {
          drops += s.drops;
          expect(s.drops).toBeGreaterThan(0);
          const mine = await waitFor(
            () => {
              const own = stateOf(s);
              return connected(s) && own !== null && own._stateID === state._stateID ? own : undefined;
            },
            30_000,
            'a client on the stored state',
          );
          const view = filter(s.id, { type: 'update', args: [m.matchID, state] });
          const fresh = (view.args as unknown[])[1] as State;
          const part = (x: State) => JSON.parse(JSON.stringify({ G: x.G, ctx: x.ctx, plugins: x.plugins })) as unknown;
          expect(part(mine)).toEqual(part(fresh));
          // A delta is applied only onto the view it was made from.
          expect(s.outcomes.filter((o) => o === 'fingerprint' || o === 'shape')).toEqual([]);
          applied += s.outcomes.filter((o) => o === 'applied').length;
        }
        // Every acknowledged move is in the stored log, made from the state it was sent from. (A mover
        // whose move was refused as stale saw the state another move made, a late copy of its own
        // earlier move after a reconnection, say: that is no acknowledgement.)
        const seatOf = (id: string) => m.seats.find((x) => x.id === id) as Seat;
        for (const a of (acked[i] as Acked[]).filter((x) => !seatOf(x.seat).stale.has(x.from)))
          expect(
            log.some(
              (e) => e._stateID === a.from && e.action.payload.type === a.move && e.action.payload.playerID === a.seat,
            ),
            `acknowledged ${a.move} from ${a.from} in ${m.matchID} seat ${a.seat}`,
          ).toBe(true);
      }
      expect(drops).toBeGreaterThan(MATCHES * 2);
      // Most moves still reach most clients as deltas.
      expect(applied).toBeGreaterThan(MATCHES * MOVES);
      expect(acked.flat().length).toBeGreaterThan(MATCHES * 3);
    } finally {
      for (const m of matches) for (const s of m.seats) s.client.stop();
    }
  }, 300_000);
});
