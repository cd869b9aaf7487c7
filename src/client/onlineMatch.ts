// A match on the server: one boardgame.io SocketIO client for this browser's seat, or
// a spectator client with no seat. It offers the table the same face as the local Match
// (state, whose turn, act, undo), plus what only an online match has: who is connected
// (boardgame.io's matchData, kept by our server), the server's refusals, and the
// turn clock. boardgame.io's client ignores events it does not know, so the
// `refused` and `timer` events are read from its socket here.
import type { Ctx } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { DeltaSocketIO } from './deltaSocket';
import { NewGreatGame } from '../game/game';
import type { MoveName } from '../game/moves';
import type { GameState } from '../game/state';
import type { LobbyPlayer } from '../net/lobbyApi';
import { readRefusal, type ServerRefusal } from '../online/reasons';
import type { SeatState, TableMatch } from './match';

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

type SeatClient = ReturnType<typeof Client<GameState>>;

export interface OnlineEvents {
  /** The server's English sentence, and its code for the interface to phrase. */
  refused?: (reason: string, refusal: ServerRefusal | undefined) => void;
  clock?: (clock: ClockInfo) => void;
}

export class OnlineMatch implements TableMatch {
  readonly seats: readonly string[];
  private readonly client: SeatClient;
  private readonly listeners = new Set<() => void>();
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
    this.client.subscribe(() => this.emit());
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
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  /** The state this browser sees (its seat's view, or a spectator's); the seat argument does not widen it. */
  state(_seat: string): SeatState | null {
    const s = this.client.getState();
    if (s === null || s === undefined) return null;
    const raw = s as unknown as { _stateID: number };
    return { G: s.G, ctx: s.ctx as Ctx, stateID: raw._stateID };
  }

  activeSeat(): string | null {
    const s = this.state('');
    if (s === null || s.ctx.gameover !== undefined) return null;
    if (s.ctx.phase !== 'actions' && s.ctx.phase !== 'kazakhstan') return null;
    return s.ctx.currentPlayer;
  }

  isHuman(seat: string): boolean {
    return this.bots[seat] === undefined;
  }

  act(seat: string, move: MoveName, args: readonly unknown[]): void {
    if (seat !== this.playerID) return;
    this.client.moves[move]?.(...args);
  }

  undo(seat: string): void {
    const s = this.client.getState();
    if (seat !== this.playerID || s === null || s === undefined) return;
    const transport = (
      this.client as unknown as { transport: { sendAction: (state: unknown, action: unknown) => void } }
    ).transport;
    transport.sendAction(s, {
      type: 'UNDO',
      payload: { type: null, args: null, playerID: seat, credentials: this.client.credentials },
    });
  }

  /** Who sits where and whether they are connected, as the server last said. */
  players(): readonly LobbyPlayer[] {
    return (this.client.matchData ?? []) as readonly LobbyPlayer[];
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
      const p = typeof payload === 'object' && payload !== null ? (payload as { reason?: unknown }) : {};
      this.events.refused?.(p.reason === undefined ? 'refused' : String(p.reason), readRefusal(payload));
    });
    socket.on('timer', (payload: unknown) => {
      if (typeof payload !== 'object' || payload === null) return;
      const p = payload as {
        matchID?: unknown;
        seat?: unknown;
        msLeft?: unknown;
        seconds?: unknown;
        expired?: unknown;
      };
      if (p.matchID !== this.matchID || typeof p.msLeft !== 'number' || typeof p.seconds !== 'number') return;
      this.events.clock?.({
        seat: typeof p.seat === 'string' ? p.seat : null,
        deadline: performance.now() + p.msLeft,
        seconds: p.seconds,
        expired: p.expired === true,
      });
    });
  }
}
