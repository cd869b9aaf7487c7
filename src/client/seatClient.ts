// What a match on this device (match.ts) and a match on the server (onlineMatch.ts)
// share: the face the table sees (TableMatch), the listeners told of every change, a
// seat's view read from its boardgame.io client, who must act now, and the undo that
// goes straight to the transport.
import type { Ctx } from 'boardgame.io';
import type { Client } from 'boardgame.io/client';
import { actingSeat } from '../game/actor';
import type { MoveName } from '../game/moves';
import type { GameState } from '../game/state';

export interface SeatState {
  readonly G: GameState;
  readonly ctx: Ctx;
  /** boardgame.io's state counter; a bot uses it to act once per position. */
  readonly stateID: number;
}

/** What the table needs of a match, on this device (Match) or on the server (OnlineMatch). */
export interface TableMatch {
  readonly seats: readonly string[];
  start(): void;
  stop(): void;
  onChange(fn: () => void): () => void;
  state(seat: string): SeatState | null;
  activeSeat(): string | null;
  isHuman(seat: string): boolean;
  act(seat: string, move: MoveName, args: readonly unknown[]): void;
  undo(seat: string): void;
}

export type SeatClient = ReturnType<typeof Client<GameState>>;

/** The functions told of every change of a match, until it stops. */
export class Listeners {
  private readonly fns = new Set<() => void>();

  /** Adds a listener; the returned function removes it. */
  add(fn: () => void): () => void {
    this.fns.add(fn);
    return () => this.fns.delete(fn);
  }

  emit(): void {
    for (const fn of this.fns) fn();
  }

  clear(): void {
    this.fns.clear();
  }
}

/** A client's current view, or null before the first sync. */
export function seatState(client: SeatClient | undefined): SeatState | null {
  const s = client?.getState();
  if (s === null || s === undefined) return null;
  const raw = s as unknown as { _stateID: number };
  return { G: s.G, ctx: s.ctx, stateID: raw._stateID };
}

/** The seat that must act in this view, or null before the first sync, while the rules run on their own, or when the game is over. */
export function activeSeatIn(s: SeatState | null): string | null {
  return s === null ? null : actingSeat(s.ctx);
}

/**
 * Asks the master to take back the seat's last step. boardgame.io's client would first
 * run the undo through its own reducer, on a view stripped of the undo history, and log
 * a spurious error before forwarding it; the action goes straight to the transport.
 */
export function sendUndo(client: SeatClient, seat: string): void {
  const s = client.getState();
  if (s === null || s === undefined) return;
  const transport = (client as unknown as { transport: { sendAction: (state: unknown, action: unknown) => void } })
    .transport;
  transport.sendAction(s, {
    type: 'UNDO',
    payload: { type: null, args: null, playerID: seat, credentials: client.credentials },
  });
}
