// The sockets this instance has seated in matches (a seat, or a spectator's null), and
// delivery to them: each socket gets a broadcast through its own seat's view, never a
// state older than one it was already sent.
import type { Server, State } from 'boardgame.io';
import type { Master } from 'boardgame.io/master';
import type { getFilterPlayerView } from 'boardgame.io/internal';
import type { Socket } from 'socket.io';
import { seatDelta, type View } from '../online/delta';

export type Outbound = Parameters<Master['transportAPI']['sendAll']>[0];
export type Filter = ReturnType<typeof getFilterPlayerView>;
type Filtered = ReturnType<Filter>;

export interface Seat {
  readonly socket: Socket;
  readonly matchID: string;
  readonly playerID: string | null;
  readonly filter: Filter;
  /** The newest _stateID this socket was sent, so a late copy of an older one is not. */
  sent: number;
  /** The client reads deltas (it said so in its handshake). */
  readonly deltas: boolean;
  /** The last view this socket was sent (a delta's base), when it reads deltas. */
  view?: View;
}

/** Each object's fingerprint: states are copy-on-write and never mutated, so a part is hashed once. */
const hashes = new WeakMap<object, number>();

export class Rooms {
  private readonly seats = new Map<string, Seat>();
  private readonly rooms = new Map<string, Set<string>>();
  /** The newest whole state seen per match with sockets here: the base of the other instances' deltas. */
  private readonly states = new Map<string, State>();

  /** Called when the last socket of a match here leaves it. */
  constructor(private readonly emptied: (matchID: string) => void) {}

  get size(): number {
    return this.seats.size;
  }

  of(socketID: string): Seat | undefined {
    return this.seats.get(socketID);
  }

  has(matchID: string): boolean {
    return this.rooms.has(matchID);
  }

  seat(seat: Seat): void {
    // A resync of the same socket in the same match keeps its room (and the cluster subscription).
    if (this.seats.get(seat.socket.id)?.matchID === seat.matchID) {
      this.seats.set(seat.socket.id, seat);
      return;
    }
    this.unseat(seat.socket.id);
    this.seats.set(seat.socket.id, seat);
    let room = this.rooms.get(seat.matchID);
    if (room === undefined) this.rooms.set(seat.matchID, (room = new Set()));
    room.add(seat.socket.id);
  }

  unseat(socketID: string): void {
    const seat = this.seats.get(socketID);
    if (seat === undefined) return;
    this.seats.delete(socketID);
    const room = this.rooms.get(seat.matchID);
    room?.delete(socketID);
    if (room?.size === 0) {
      this.rooms.delete(seat.matchID);
      this.states.delete(seat.matchID);
      this.emptied(seat.matchID);
    }
  }

  /**
   * Sends a payload to this instance's sockets in the match, each through its seat's view.
   * A socket that reads deltas and holds a view gets the delta from that view to the new
   * one; the view and each delta are computed once per seat, however many sockets share it.
   */
  deliver(matchID: string, payload: Outbound): void {
    const stateID = stateIDOf(payload);
    if (payload.type === 'update') this.remember(matchID, (payload.args as unknown[])[1] as State);
    const views = new Map<string, Filtered>();
    const deltas = new Map<string, unknown>();
    for (const seat of this.inMatch(matchID)) {
      if (stateID !== undefined) {
        if (stateID <= seat.sent) continue;
        seat.sent = stateID;
      }
      const key = String(seat.playerID);
      let out = views.get(key);
      if (out === undefined) {
        out = seat.filter(seat.playerID, payload);
        views.set(key, out);
      }
      if (out.type !== 'update' || !seat.deltas) {
        seat.socket.emit(out.type, ...out.args);
        continue;
      }
      const next = (out.args as unknown[])[1] as View;
      const base = seat.view;
      seat.view = next;
      if (base === undefined) {
        seat.socket.emit(out.type, ...out.args);
        continue;
      }
      const dkey = `${key}\u0000${base._stateID}`;
      let delta = deltas.get(dkey);
      if (delta === undefined) deltas.set(dkey, (delta = seatDelta(base, next, hashes)));
      seat.socket.emit('delta', matchID, delta);
    }
  }

  /** Keeps a match's newest whole state (a sync's read, a committed move), while sockets here watch it. */
  remember(matchID: string, state: State): void {
    if (!this.rooms.has(matchID)) return;
    const known = this.states.get(matchID);
    if (known === undefined || known._stateID < state._stateID) this.states.set(matchID, state);
  }

  latest(matchID: string): State | undefined {
    return this.states.get(matchID);
  }

  /** Sends an event to this instance's sockets in a match (seats and spectators alike). */
  emit(matchID: string, event: string, payload: unknown): void {
    for (const seat of this.inMatch(matchID)) seat.socket.emit(event, payload);
  }

  private *inMatch(matchID: string): Iterable<Seat> {
    for (const id of this.rooms.get(matchID) ?? []) {
      const seat = this.seats.get(id);
      if (seat !== undefined) yield seat;
    }
  }
}

/** The state a broadcast carries ('update' and 'patch'), if any. */
function stateIDOf(payload: Outbound): number | undefined {
  const args = payload.args as unknown[];
  const state = payload.type === 'update' ? args[1] : payload.type === 'patch' ? args[3] : undefined;
  const id = typeof state === 'object' && state !== null ? (state as { _stateID?: unknown })._stateID : undefined;
  return typeof id === 'number' ? id : undefined;
}

/** Match metadata as every client may see it: no credentials. */
export function publicMetadata(metadata: Server.MatchData): Omit<Server.PlayerMetadata, 'credentials'>[] {
  return Object.values(metadata.players as Record<string, Server.PlayerMetadata>).map(
    ({ credentials: _hidden, ...rest }) => rest,
  );
}
