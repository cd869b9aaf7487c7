// A match on the server: one boardgame.io SocketIO client for this browser's seat, or
// a spectator client with no seat. It offers the table the same face as the local Match
// (state, whose turn, act, undo), plus what only an online match has: who is connected
// (boardgame.io's matchData, kept by our server), the server's refusals, and the
// turn clock. boardgame.io's client ignores events it does not know, so the
// `refused` and `timer` events are read from its socket here.
import { Client } from 'boardgame.io/client';
import { DeltaSocketIO } from './deltaSocket';
import { z } from 'zod';
import { NewGreatGame } from '../game/game';
import type { MoveName } from '../game/moves';
import type { GameState } from '../game/state';
import { parsePayload } from '../net/http';
import { lobbyPlayersSchema, type LobbyPlayer } from '../net/lobbyApi';
import { readRefusal, type ServerRefusal } from '../online/reasons';
import { activeSeatIn, Listeners, seatState, sendUndo } from './seatClient';
import type { SeatClient, SeatState, TableMatch } from './seatClient';

export interface ClockInfo {
  readonly seat: string | null;
  /** Local time (performance.now) when the clock runs out. */
  readonly deadline: number;
  readonly seconds: number;
  readonly expired: boolean;
}

interface SocketLike {
  on(event: string, fn: (...args: unknown[]) => void): void;
}

/** The server's `refused` event ({on, reason, code, params?}); its code is read by readRefusal. */
const refusedSchema = z.looseObject({ reason: z.unknown().optional() });

/** The server's `timer` event: the turn clock of a match (zod requires a key typed unknown unless it is optional). */
const timerSchema = z.looseObject({
  matchID: z.unknown().optional(),
  seat: z.unknown().optional(),
  msLeft: z.number(),
  seconds: z.number(),
  expired: z.unknown().optional(),
});

/** The turn clock a `timer` event tells this match (`now` on performance.now's scale), or null when it is not for it. */
export function clockOf(payload: unknown, matchID: string, now: number): ClockInfo | null {
  const p = parsePayload(timerSchema, payload);
  if (p === null || p.matchID !== matchID) return null;
  return {
    seat: typeof p.seat === 'string' ? p.seat : null,
    deadline: now + p.msLeft,
    seconds: p.seconds,
    expired: p.expired === true,
  };
}

export interface OnlineEvents {
  /** The server's English sentence, and its code for the interface to phrase. */
  refused?: (reason: string, refusal: ServerRefusal | undefined) => void;
  clock?: (clock: ClockInfo) => void;
  /** A turn-based match's clocks (`bank`) or its end as abandoned (`abandoned`), as sent: checked by the caller. */
  turnBased?: (event: 'bank' | 'abandoned', payload: unknown) => void;
}

export class OnlineMatch implements TableMatch {
  readonly seats: readonly string[];
  private readonly client: SeatClient;
  private readonly listeners = new Listeners();
  private hooked: SocketLike | null = null;

  constructor(
    readonly matchID: string,
    readonly playerID: string | null,
    credentials: string | undefined,
    numPlayers: number,
    private readonly bots: Readonly<Partial<Record<string, string>>>,
    private readonly events: OnlineEvents = {},
  ) {
    this.seats = numPlayers === 3 ? ['0', '1', '2'] : ['0', '1'];
    this.client = Client<GameState>({
      game: NewGreatGame,
      numPlayers,
      multiplayer: DeltaSocketIO({
        server: window.location.origin,
        socketOpts: { transports: ['websocket', 'polling'] },
      }),
      matchID,
      ...(playerID === null ? {} : { playerID }),
      ...(credentials === undefined ? {} : { credentials }),
      debug: false,
    });
    this.client.subscribe(() => this.listeners.emit());
  }

  start(): void {
    this.client.start();
    this.hookSocket();
  }

  stop(): void {
    this.client.stop();
    this.listeners.clear();
  }

  onChange(fn: () => void): () => void {
    return this.listeners.add(fn);
  }

  /** The state this browser sees (its seat's view, or a spectator's); the seat argument does not widen it. */
  state(_seat: string): SeatState | null {
    return seatState(this.client);
  }

  activeSeat(): string | null {
    return activeSeatIn(this.state(''));
  }

  isHuman(seat: string): boolean {
    return this.bots[seat] === undefined;
  }

  act(seat: string, move: MoveName, args: readonly unknown[]): void {
    if (seat !== this.playerID) return;
    this.client.moves[move]?.(...args);
  }

  undo(seat: string): void {
    if (seat === this.playerID) sendUndo(this.client, seat);
  }

  /** Who sits where and whether they are connected, as the server last said. */
  players(): readonly LobbyPlayer[] {
    return parsePayload(lobbyPlayersSchema, this.client.matchData ?? []) ?? [];
  }

  /** True while this browser's socket is connected. */
  get online(): boolean {
    return (this.client as unknown as { transport: { isConnected: boolean } }).transport.isConnected;
  }

  private hookSocket(): void {
    const socket = (this.client as unknown as { transport: { socket: SocketLike | null } }).transport.socket;
    if (socket === null || socket === this.hooked) return;
    this.hooked = socket;
    socket.on('refused', (payload: unknown) => {
      const p = parsePayload(refusedSchema, payload);
      this.events.refused?.(p === null || p.reason === undefined ? 'refused' : String(p.reason), readRefusal(payload));
    });
    socket.on('timer', (payload: unknown) => {
      const clock = clockOf(payload, this.matchID, performance.now());
      if (clock !== null) this.events.clock?.(clock);
    });
    for (const event of ['bank', 'abandoned'] as const)
      socket.on(event, (payload: unknown) => this.events.turnBased?.(event, payload));
  }
}
