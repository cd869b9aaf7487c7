// The socket side of the server: boardgame.io's wire protocol (namespace per game,
// events 'sync' and 'update' in, 'sync', 'update', 'patch', 'matchData' out) with
// every inbound payload checked first (guards.ts), and boardgame.io's Master doing
// the rules. It replaces boardgame.io's SocketIO transport because that one trusts
// its clients; it extends it only so Server() accepts it.
// Two ordering choices matter: all work on one match runs in one queue, and a move
// is broadcast only after its write committed, so a client that saw a move (its
// acknowledgement) can count on it surviving a crash.
import type { Server as HttpServer } from 'node:http';
import { Server as IOServer, type Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { Game, Server, State } from 'boardgame.io';
import { SocketIO } from 'boardgame.io/server';
import { Master } from 'boardgame.io/master';
import { getFilterPlayerView } from 'boardgame.io/internal';
import {
  actionProblem,
  type ClientAction,
  credentialsMatch,
  MAX_PAYLOAD_BYTES,
  payloadBytes,
  seatOf,
  SyncArgs,
  UpdateArgs,
  zodReason,
} from './guards';
import type { SqliteStore } from './store';

/** Why a move would be refused, in the rules' own words; null when it is legal. */
export type ExplainMove = (state: State, playerID: string, move: string, args: readonly unknown[]) => string | null;

export interface GuardedTransportOptions {
  readonly store: SqliteStore;
  readonly logger: Logger;
  /** Origins allowed to open a socket from a browser (exact, e.g. 'http://127.0.0.1:8080'). */
  readonly origins: readonly string[];
  /** The game's own move names; nothing else reaches the master. */
  readonly moveNames: readonly string[];
  readonly explain?: ExplainMove;
  /** Called after work on a match; see TransportHooks. */
  readonly hooks?: TransportHooks;
}

/**
 * What other parts of the server (computer seats, the turn timer) hear from the
 * transport: every committed state, and every socket that has just synced (so it can
 * be told what they know, e.g. the time left). Hooks must not throw.
 */
export interface TransportHooks {
  committed?(matchID: string, state: State): void;
  synced?(matchID: string, emit: (event: string, payload: unknown) => void): void;
}

/**
 * How much of boardgame.io's action log a sync sends. The log grows by about two entries
 * a move and our client reads the game's own history (G.log), so a reconnecting client
 * gets the recent tail; the store keeps all of it.
 */
export const SYNC_LOG_TAIL = 50;

/** The event a refused client receives, with a reason it can show. */
export const REFUSED_EVENT = 'refused';

interface Seat {
  readonly socket: Socket;
  readonly matchID: string;
  readonly playerID: string | null;
}

type Outbound = Parameters<Master['transportAPI']['sendAll']>[0];
type Filter = ReturnType<typeof getFilterPlayerView>;
type Auth = NonNullable<Master['auth']>;

class Refusal extends Error {}

export class GuardedTransport extends SocketIO {
  private readonly seats = new Map<string, Seat>();
  private readonly rooms = new Map<string, Set<string>>();
  private readonly queues = new Map<string, Promise<void>>();
  private games: Game[] = [];
  private auth: Auth | undefined;
  private io: IOServer | undefined;
  private closing = false;

  constructor(private readonly opts: GuardedTransportOptions) {
    super();
  }

  /** Called by Server(): remember the games and the auth; sockets attach later to our own HTTP server. */
  override init(app: Server.App, games: Game[]): void {
    this.games = games;
    this.auth = app.context.auth;
  }

  attach(http: HttpServer): void {
    const { origins, logger } = this.opts;
    const io = new IOServer(http, {
      // Browsers always send Origin on a cross-site socket; a missing one is a
      // same-origin poll or a non-browser client, which no origin rule can stop.
      cors: { origin: [...origins] },
      allowRequest: (req, done) => {
        const origin = req.headers.origin;
        if (origin === undefined || origins.includes(origin)) return done(null, true);
        logger.warn({ event: 'refused', on: 'handshake', origin: origin.slice(0, 100), reason: 'origin not allowed' }, 'refused');
        done('origin not allowed', false);
      },
      // Above this the connection is dropped unread; below it our own limit answers.
      maxHttpBufferSize: 64 * 1024,
      pingInterval: 10_000,
      pingTimeout: 20_000,
    });
    this.io = io;
    for (const game of this.games) {
      const filter = getFilterPlayerView(game);
      io.of(`/${game.name ?? ''}`).on('connection', (socket) => {
        socket.on('sync', (...args: unknown[]) => this.handle(socket, 'sync', args, () => this.onSync(socket, game, filter, args)));
        socket.on('update', (...args: unknown[]) => this.handle(socket, 'update', args, () => this.onUpdate(socket, game, filter, args)));
        socket.on('chat', (...args: unknown[]) => this.handle(socket, 'chat', args, () => Promise.reject(new Refusal('chat is not offered'))));
        socket.on('disconnect', () => this.onDisconnect(socket));
        socket.onAny((event: string) => {
          if (!['sync', 'update', 'chat'].includes(event)) this.refuse(socket, 'unknown', undefined, `unknown event ${JSON.stringify(String(event).slice(0, 20))}`);
        });
      });
    }
  }

  /** Stops taking socket work, closes every socket and waits for the writes under way. */
  async close(): Promise<void> {
    this.closing = true;
    this.io?.disconnectSockets(true);
    await this.drain();
  }

  /** Resolves when every match queue is idle. */
  async drain(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }

  /** Number of sockets currently seated in matches (for the bench). */
  get connected(): number {
    return this.seats.size;
  }

  // ---- inbound ------------------------------------------------------------

  /** Every handler runs through here: the size limit, then the handler, and no rejection escapes. */
  private handle(socket: Socket, event: string, args: unknown[], work: () => Promise<void>): void {
    const matchID = typeof args[event === 'update' ? 2 : 0] === 'string' ? String(args[event === 'update' ? 2 : 0]).slice(0, 64) : undefined;
    if (payloadBytes(args) > MAX_PAYLOAD_BYTES) {
      this.refuse(socket, event, matchID, `payload over ${MAX_PAYLOAD_BYTES} bytes`);
      return;
    }
    work().catch((err: unknown) => {
      if (err instanceof Refusal) this.refuse(socket, event, matchID, err.message);
      else {
        this.opts.logger.error({ event: 'refused', on: event, matchID, err }, 'internal error');
        this.refuse(socket, event, matchID, 'internal error', false);
      }
    });
  }

  private async onSync(socket: Socket, game: Game, filter: Filter, args: unknown[]): Promise<void> {
    const parsed = SyncArgs.safeParse(args.length > 4 ? args : [...args, ...Array<undefined>(4 - args.length).fill(undefined)]);
    if (!parsed.success) throw new Refusal(zodReason('malformed sync', parsed.error));
    const [matchID, playerID, credentials] = parsed.data;
    await this.enqueue(matchID, async () => {
      if (this.closing) throw new Refusal('server is shutting down');
      const { state, metadata, log, initialState } = await this.opts.store.fetch(matchID, {
        state: true,
        metadata: true,
        log: true,
        initialState: true,
      });
      // boardgame.io would create a match here; an unknown ID is only refused.
      if (state === undefined || metadata === undefined || initialState === undefined) throw new Refusal('no such match');
      const seat = playerID ?? null;
      if (seat !== null) {
        const player = seatOf(metadata, seat);
        if (player === undefined) throw new Refusal(`no seat ${seat} in this match`);
        if (!credentialsMatch(credentials, player)) throw new Refusal('wrong credentials for this seat');
      }
      this.seat({ socket, matchID, playerID: seat });
      const info = { state, log: log?.slice(-SYNC_LOG_TAIL) ?? [], filteredMetadata: publicMetadata(metadata), initialState };
      const out = filter(seat, { type: 'sync', args: [matchID, info] });
      if (out.type === 'sync') {
        // The initial state goes through the same player view, which also drops the random seed.
        const initial = filter(seat, { type: 'sync', args: [matchID, { ...info, state: initialState, log: [] }] });
        if (initial.type === 'sync') out.args[1].initialState = initial.args[1].state;
      }
      socket.emit(out.type, ...out.args);
      this.opts.hooks?.synced?.(matchID, (event, payload) => socket.emit(event, payload));
      if (seat !== null) await this.setConnected(game, metadata, matchID, seat, true);
    });
  }

  private async onUpdate(socket: Socket, game: Game, filter: Filter, args: unknown[]): Promise<void> {
    const parsed = UpdateArgs.safeParse(args);
    if (!parsed.success) throw new Refusal(zodReason('malformed update', parsed.error));
    const [rawAction, stateID, matchID, playerID] = parsed.data;
    const action = this.checkAction(rawAction, playerID);
    const seated = this.seats.get(socket.id);
    if (seated === undefined || seated.matchID !== matchID || seated.playerID !== playerID)
      throw new Refusal('sync with this match and seat before moving');
    await this.enqueue(matchID, () => this.apply(game, filter, action, stateID, matchID, playerID));
  }

  /**
   * An action from inside the server (a computer seat, a timed-out turn), through the
   * same checks as a socket's: action shape, move name, seat, credentials, the rules.
   * Resolves to null when committed, or to the refusal's reason.
   */
  async submit(matchID: string, playerID: string, stateID: number, rawAction: unknown): Promise<string | null> {
    const game = this.games[0];
    if (game === undefined) return 'no game';
    try {
      const action = this.checkAction(rawAction, playerID);
      await this.enqueue(matchID, () => this.apply(game, getFilterPlayerView(game), action, stateID, matchID, playerID));
      return null;
    } catch (err) {
      if (err instanceof Refusal) {
        this.opts.logger.warn({ event: 'refused', on: 'server', matchID, playerID, reason: err.message }, 'refused');
        return err.message;
      }
      throw err;
    }
  }

  /** Runs work on a match in its queue, after the socket work queued before it. */
  exclusive(matchID: string, work: () => Promise<void>): Promise<void> {
    return this.enqueue(matchID, work);
  }

  /** Sends an event to every socket in a match (seats and spectators alike). */
  emitToMatch(matchID: string, event: string, payload: unknown): void {
    for (const id of this.rooms.get(matchID) ?? []) this.seats.get(id)?.socket.emit(event, payload);
  }

  private checkAction(rawAction: unknown, playerID: string): ClientAction {
    const checked = actionProblem(rawAction, this.opts.moveNames);
    if ('reason' in checked) throw new Refusal(checked.reason);
    if (checked.action.payload.playerID !== playerID) throw new Refusal('the action names another seat than the sender');
    return checked.action;
  }

  private async apply(game: Game, filter: Filter, action: ClientAction, stateID: number, matchID: string, playerID: string): Promise<void> {
    if (this.closing) throw new Refusal('server is shutting down');
    const store = this.opts.store;
    const { state, metadata } = await store.fetch(matchID, { state: true, metadata: true });
    if (state === undefined || metadata === undefined) throw new Refusal('no such match');
    if (!credentialsMatch(action.payload.credentials, seatOf(metadata, playerID))) throw new Refusal('wrong credentials for this seat');
    if (state.ctx.gameover !== undefined) throw new Refusal('the match is over');
    if (state._stateID !== stateID) throw new Refusal(`stale state: sent ${stateID}, current ${state._stateID}`);
    if (action.type === 'MAKE_MOVE') {
      const why = this.opts.explain?.(state, playerID, action.payload.type, action.payload.args ?? []);
      if (why !== undefined && why !== null) throw new Refusal(why);
    }
    // The master broadcasts before it writes; hold its messages until the write is done.
    const held: Outbound[] = [];
    const master = new Master(game, store, { send: () => undefined, sendAll: (p) => held.push(p) }, this.auth);
    const result = await master.onUpdate(action, stateID, matchID, playerID);
    if (result !== undefined) throw new Refusal(result.error);
    if (store.stateID(matchID) === state._stateID) throw new Refusal(`${action.type === 'MAKE_MOVE' ? 'move' : action.type.toLowerCase()} not allowed now`);
    for (const p of held) this.broadcast(matchID, filter, p);
    const hook = this.opts.hooks?.committed;
    if (hook !== undefined) {
      const { state: next } = await store.fetch(matchID, { state: true });
      if (next !== undefined) hook(matchID, next);
    }
  }

  private onDisconnect(socket: Socket): void {
    const seat = this.seats.get(socket.id);
    this.unseat(socket.id);
    if (seat === undefined || seat.playerID === null || this.closing) return;
    const { matchID, playerID } = seat;
    const game = this.games.find((g) => `/${g.name ?? ''}` === socket.nsp.name);
    if (game === undefined) return;
    void this.enqueue(matchID, async () => {
      const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
      if (metadata !== undefined) await this.setConnected(game, metadata, matchID, playerID, false);
    }).catch((err: unknown) => this.opts.logger.error({ event: 'disconnect', matchID, err }, 'connection state not saved'));
  }

  // ---- helpers --------------------------------------------------------------

  private async setConnected(game: Game, metadata: Server.MatchData, matchID: string, playerID: string, connected: boolean): Promise<void> {
    const player = seatOf(metadata, playerID);
    if (player === undefined) return;
    player.isConnected = connected;
    await this.opts.store.setMetadata(matchID, metadata);
    this.broadcast(matchID, getFilterPlayerView(game), { type: 'matchData', args: [matchID, publicMetadata(metadata)] });
  }

  private broadcast(matchID: string, filter: Filter, payload: Outbound): void {
    for (const id of this.rooms.get(matchID) ?? []) {
      const seat = this.seats.get(id);
      if (seat === undefined) continue;
      const out = filter(seat.playerID, payload);
      seat.socket.emit(out.type, ...out.args);
    }
  }

  /** Runs work on one match after the work queued before it; the chain itself never rejects. */
  private enqueue(matchID: string, work: () => Promise<void>): Promise<void> {
    const before = this.queues.get(matchID) ?? Promise.resolve();
    let failure: unknown;
    const tail = before.then(work).catch((err: unknown) => {
      failure = err;
    });
    this.queues.set(matchID, tail);
    return tail.then(() => {
      if (this.queues.get(matchID) === tail) this.queues.delete(matchID);
      if (failure !== undefined) throw failure;
    });
  }

  private seat(seat: Seat): void {
    this.unseat(seat.socket.id);
    this.seats.set(seat.socket.id, seat);
    let room = this.rooms.get(seat.matchID);
    if (room === undefined) this.rooms.set(seat.matchID, (room = new Set()));
    room.add(seat.socket.id);
  }

  private unseat(socketID: string): void {
    const seat = this.seats.get(socketID);
    if (seat === undefined) return;
    this.seats.delete(socketID);
    const room = this.rooms.get(seat.matchID);
    room?.delete(socketID);
    if (room?.size === 0) this.rooms.delete(seat.matchID);
  }

  private refuse(socket: Socket, on: string, matchID: string | undefined, reason: string, log = true): void {
    const seat = this.seats.get(socket.id);
    if (log) this.opts.logger.warn({ event: 'refused', on, matchID, playerID: seat?.playerID, socket: socket.id, reason }, 'refused');
    socket.emit(REFUSED_EVENT, { on, reason });
  }
}

/** Match metadata as every client may see it: no credentials. */
export function publicMetadata(metadata: Server.MatchData): Omit<Server.PlayerMetadata, 'credentials'>[] {
  return Object.values(metadata.players as Record<string, Server.PlayerMetadata>).map(({ credentials: _hidden, ...rest }) => rest);
}

