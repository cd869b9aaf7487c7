// Per-seat deltas over real sockets: full games through the server in every scenario,
// with two and three players, each seat and a spectator on boardgame.io's client with
// the delta transport. After every move each of them must hold exactly the view a fresh
// sync gives its seat, every delta must have been applied to the right base (none
// refused, none waiting), and no delta may carry a string that the seat's full view does
// not show (a hidden card id, say).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { State } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { enumerate } from '../../src/game/enumerate';
import { NewGreatGame } from '../../src/game/game';
import type { GameState } from '../../src/game/state';
import { DeltaSocketIO, type DeltaOutcome } from '../../src/client/deltaSocket';
import type { SeatDelta } from '../../src/online/delta';
import { SCENARIOS } from '../../src/content/scenarios';
import { api, GAME_NAME, inProcessServer, rng, type GameClient, type TestServer } from './helpers';
import { TestClock } from './testClock';

let t: TestServer;
beforeAll(async () => {
  t = await inProcessServer({ clock: new TestClock() });
});
afterAll(async () => {
  await t.close();
});

interface Observer {
  readonly seat: string | null;
  readonly client: GameClient;
  readonly outcomes: DeltaOutcome[];
  readonly deltas: SeatDelta[];
  /** Resolves waiters when the client's state changes. */
  readonly changed: Set<() => void>;
}

function observer(matchID: string, seat: string | null, credentials?: string): Observer {
  const outcomes: DeltaOutcome[] = [];
  const deltas: SeatDelta[] = [];
  const changed = new Set<() => void>();
  const client = Client<GameState>({
    game: NewGreatGame,
    multiplayer: DeltaSocketIO({
      server: t.url,
      socketOpts: { transports: ['websocket'] },
      onDelta: (outcome, delta) => {
        outcomes.push(outcome);
        deltas.push(delta);
      },
    }),
    matchID,
    ...(seat === null ? {} : { playerID: seat }),
    ...(credentials === undefined ? {} : { credentials }),
    debug: false,
  });
  client.subscribe(() => {
    for (const fn of [...changed]) fn();
  });
  client.start();
  return { seat, client, outcomes, deltas, changed };
}

function stateOf(o: Observer): State<GameState> | null {
  return (o.client.getState() as unknown as State<GameState> | null) ?? null;
}

/** Resolves once the observer holds at least this state id (woken by its own updates, no polling). */
function reach(o: Observer, id: number): Promise<State<GameState>> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const s = stateOf(o);
      if (s === null || s._stateID < id) return false;
      o.changed.delete(done);
      resolve(s);
      return true;
    };
    const done = (): void => void check();
    if (!check()) o.changed.add(done);
  });
}

/** A fresh sync of the seat's view on its own socket. */
function freshSync(socket: Socket, matchID: string, seat: string | null, credentials?: string): Promise<State> {
  return new Promise((resolve) => {
    socket.once('sync', (_m: string, info: { state: State }) => resolve(info.state));
    socket.emit('sync', matchID, seat, credentials, 2);
  });
}

function strings(x: unknown, out = new Set<string>()): Set<string> {
  if (typeof x === 'string') out.add(x);
  else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (typeof x === 'object' && x !== null)
    for (const [k, v] of Object.entries(x)) {
      out.add(k);
      strings(v, out);
    }
  return out;
}

const part = (s: State) =>
  JSON.parse(JSON.stringify({ G: s.G, ctx: s.ctx, plugins: s.plugins, id: s._stateID })) as unknown;

async function playChecked(scenario: string, players: 2 | 3, seed: number): Promise<number> {
  const created = await api(t.url, `/games/${GAME_NAME}/create`, {
    numPlayers: players,
    setupData: { players, scenario },
  });
  const matchID = String(created.body.matchID);
  const creds: Record<string, string> = {};
  for (let i = 0; i < players; i++) {
    const joined = await api(t.url, `/games/${GAME_NAME}/${matchID}/join`, {
      playerID: String(i),
      playerName: `p${i}`,
    });
    creds[String(i)] = String(joined.body.playerCredentials);
  }
  const seats = Object.keys(creds);
  const obs = [...seats.map((s) => observer(matchID, s, creds[s])), observer(matchID, null)];
  const probe = io(`${t.url}/${GAME_NAME}`, { transports: ['websocket'], forceNew: true, reconnection: false });
  const rand = rng(seed);
  let moves = 0;
  let deltaBytes = 0;
  let viewBytes = 0;
  try {
    let id = (await reach(obs[0] as Observer, 0))._stateID;
    await Promise.all(obs.map((o) => reach(o, id)));
    for (;;) {
      const now = stateOf(obs[0] as Observer) as State<GameState>;
      if (now.ctx.gameover !== undefined) break;
      const seat = now.ctx.phase === 'kazakhstan' ? '2' : now.ctx.currentPlayer;
      const mover = obs.find((o) => o.seat === seat) as Observer;
      const own = stateOf(mover) as State<GameState>;
      const choices = enumerate(own.G, own.ctx, seat);
      const choice = choices[Math.floor(rand() * choices.length)];
      if (choice === undefined) throw new Error(`no legal move in ${own.ctx.phase}`);
      mover.client.moves[choice.move]?.(...choice.args);
      id += 1;
      moves += 1;
      await Promise.all(obs.map((o) => reach(o, id)));
      for (const o of obs) {
        const fresh = await freshSync(probe, matchID, o.seat, o.seat === null ? undefined : creds[o.seat]);
        const mine = stateOf(o) as State<GameState>;
        expect(mine._stateID).toBe(id);
        expect(part(mine)).toEqual(part(fresh));
        // The delta that brought this state shows nothing the full view hides.
        const last = o.deltas[o.deltas.length - 1];
        expect(last?.s).toBe(id);
        const shown = strings(part(fresh));
        deltaBytes += JSON.stringify(last).length;
        viewBytes += JSON.stringify(part(fresh)).length;
        for (const s of strings([last?.p, last?.l]))
          expect(shown.has(s), `delta for ${o.seat} carries ${s}`).toBe(true);
      }
    }
    // What the deltas are for: a small fraction of the views they rebuild.
    expect(deltaBytes * 20).toBeLessThan(viewBytes);
    console.log(
      `${scenario} ${players}p: ${moves} moves, delta ${Math.round(deltaBytes / moves / obs.length)} B, view ${Math.round(viewBytes / moves / obs.length)} B per socket per move`,
    );
    for (const o of obs) {
      expect(o.outcomes.length).toBe(moves);
      expect(new Set(o.outcomes)).toEqual(new Set(['applied']));
    }
  } finally {
    probe.close();
    for (const o of obs) o.client.stop();
  }
  return moves;
}

describe('per-seat deltas over real sockets', () => {
  for (const scenario of Object.keys(SCENARIOS))
    for (const players of [2, 3] as const)
      it(`${scenario}, ${players} players: every seat and a spectator rebuild exactly the fresh view`, async () => {
        const moves = await playChecked(scenario, players, 7 + players);
        expect(moves).toBeGreaterThan(20);
      }, 240_000);
});
