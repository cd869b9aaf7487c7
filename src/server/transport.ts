// The socket side of the server: boardgame.io's wire protocol (namespace per game,
// events 'sync' and 'update' in, 'sync', 'update', 'patch', 'matchData' out) with
// every inbound payload checked first (guards.ts), and boardgame.io's Master doing
// the rules. It replaces boardgame.io's SocketIO transport because that one trusts
// its clients; it extends it only so Server() accepts it.
// Two ordering choices matter: all work on one match runs in one queue, and a move
// is broadcast only after its write committed, so a client that saw a move (its
// acknowledgement) can count on it surviving a crash.
// Several processes may serve one match (cluster.ts): a broadcast is also published to
// the others, each filtering it per seat for its own sockets; a move runs under the
// match's cluster lock, and a write refused by the store's compare-and-set (another
// instance moved first) is answered with a reason and a fresh sync.
import type { Server as HttpServer } from 'node:http';
import { Server as IOServer, type Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { Game, Server, State, StorageAPI } from 'boardgame.io';
import { SocketIO } from 'boardgame.io/server';
import { Master } from 'boardgame.io/master';
import { getFilterPlayerView } from 'boardgame.io/internal';
import {
  actionProblem,
  credentialsMatch,
  MAX_PAYLOAD_BYTES,
  payloadBytes,
  seatOf,
  SyncArgs,
  UpdateArgs,
  type ClientAction,
  zodReason,
} from './guards';
import { LocalCluster, type Cluster, type MatchPayload } from './cluster';
import { refusalCode } from '../online/reasons';
import { StaleWriteError, type MatchStore } from './matchStore';

/** Why a move would be refused, in the rules' own words; null when it is legal. */
export type ExplainMove = (state: State, playerID: string, move: string, args: readonly unknown[]) => string | null;

export interface GuardedTransportOptions {
  readonly store: MatchStore;
  /** The other instances serving the same matches; none by default. */
  readonly cluster?: Cluster;
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
 * transport: every state committed here, and every socket that has just synced (so it
 * can be told what they know, e.g. the time left). Hooks must not throw.
 */
export interface TransportHooks {
  committed?(matchID: string, state: State): void;
  synced?(matchID: string, emit: (event: string, payload: unknown) => void): void;
  /** A seat's connection state was stored (a socket took or left it). */
  presence?(matchID: string): void;
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
  readonly filter: Filter;
  /** The newest _stateID this socket was sent, so a late copy of an older one is not. */
  sent: number;
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
  private readonly cluster: Cluster;

  constructor(private readonly opts: GuardedTransportOptions) {
    super();
    this.cluster = opts.cluster ?? new LocalCluster();
    // Another instance's broadcast joins this match's queue, behind any sync in progress here
    // (whose socket is then seated and gets it). Presence changes from several instances can
    // arrive in any order, so for those the current metadata is read rather than forwarded.
    this.cluster.onMessage((matchID, payload) => {
      // Class-session notices share the channel mechanism; they are not a match's.
      if (matchID.startsWith(CLASS_CHANNEL_PREFIX)) return;
      void this.enqueue(matchID, async () => {
        if (!this.rooms.has(matchID)) return;
        if (payload.type !== 'matchData') return this.deliver(matchID, payload as Outbound);
        const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
        if (metadata !== undefined)
          this.deliver(matchID, { type: 'matchData', args: [matchID, publicMetadata(metadata)] });
      }).catch((err: unknown) =>
        this.opts.logger.error({ event: 'cluster', matchID, err }, 'remote broadcast not delivered'),
      );
    });
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
        logger.warn(
          { event: 'refused', on: 'handshake', origin: origin.slice(0, 100), reason: 'origin not allowed' },
          'refused',
        );
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
        socket.on('sync', (...args: unknown[]) =>
          this.handle(socket, 'sync', args, () => this.onSync(socket, game, filter, args)),
        );
        socket.on('update', (...args: unknown[]) =>
          this.handle(socket, 'update', args, () => this.onUpdate(socket, game, filter, args)),
        );
        socket.on('chat', (...args: unknown[]) =>
          this.handle(socket, 'chat', args, () => Promise.reject(new Refusal('chat is not offered'))),
        );
        socket.on('disconnect', () => this.onDisconnect(socket));
        socket.onAny((event: string) => {
          if (!['sync', 'update', 'chat'].includes(event))
            this.refuse(socket, 'unknown', undefined, `unknown event ${JSON.stringify(String(event).slice(0, 20))}`);
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
    const matchID =
      typeof args[event === 'update' ? 2 : 0] === 'string'
        ? String(args[event === 'update' ? 2 : 0]).slice(0, 64)
        : undefined;
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
    const parsed = SyncArgs.safeParse(
      args.length > 4 ? args : [...args, ...Array<undefined>(4 - args.length).fill(undefined)],
    );
    if (!parsed.success) throw new Refusal(zodReason('malformed sync', parsed.error));
    const [matchID, playerID, credentials] = parsed.data;
    await this.enqueue(matchID, async () => {
      if (this.closing) throw new Refusal('server is shutting down');
      // Subscribed before the read, so no move published after it is missed.
      await this.cluster.watch(matchID);
      try {
        await this.syncSeat(socket, filter, matchID, playerID ?? null, credentials);
        this.opts.hooks?.synced?.(matchID, (event, payload) => socket.emit(event, payload));
      } finally {
        if (!this.rooms.has(matchID)) this.cluster.unwatch(matchID);
      }
      const seat = playerID ?? null;
      if (seat !== null) {
        await this.cluster.presence(matchID, seat, socket.id, true);
        await this.setConnected(game, matchID, seat, true);
      }
    });
  }

  /** Checks the seat, seats the socket and sends it the match as its seat may see it. */
  private async syncSeat(
    socket: Socket,
    filter: Filter,
    matchID: string,
    seat: string | null,
    credentials?: string | null,
  ): Promise<void> {
    const { state, metadata, log, initialState } = await this.opts.store.fetch(matchID, {
      state: true,
      metadata: true,
      log: true,
      initialState: true,
    });
    // boardgame.io would create a match here; an unknown ID is only refused.
    if (state === undefined || metadata === undefined || initialState === undefined) throw new Refusal('no such match');
    if (seat !== null) {
      const player = seatOf(metadata, seat);
      if (player === undefined) throw new Refusal(`no seat ${seat} in this match`);
      if (!credentialsMatch(credentials, player)) throw new Refusal('wrong credentials for this seat');
    }
    this.seat({ socket, matchID, playerID: seat, filter, sent: state._stateID });
    const info = {
      state,
      log: log?.slice(-SYNC_LOG_TAIL) ?? [],
      filteredMetadata: publicMetadata(metadata),
      initialState,
    };
    const out = filter(seat, { type: 'sync', args: [matchID, info] });
    if (out.type === 'sync') {
      // The initial state goes through the same player view, which also drops the random seed.
      const initial = filter(seat, { type: 'sync', args: [matchID, { ...info, state: initialState, log: [] }] });
      if (initial.type === 'sync') out.args[1].initialState = initial.args[1].state;
    }
    socket.emit(out.type, ...out.args);
  }

  private async onUpdate(socket: Socket, game: Game, filter: Filter, args: unknown[]): Promise<void> {
    const parsed = UpdateArgs.safeParse(args);
    if (!parsed.success) throw new Refusal(zodReason('malformed update', parsed.error));
    const [rawAction, stateID, matchID, playerID] = parsed.data;
    const checked = actionProblem(rawAction, this.opts.moveNames);
    if ('reason' in checked) throw new Refusal(checked.reason);
    const { action } = checked;
    if (action.payload.playerID !== playerID) throw new Refusal('the action names another seat than the sender');
    // Checked in the match's queue, behind a sync the socket sent just before: a client that
    // reconnects sends its sync and a buffered move back to back.
    await this.enqueue(matchID, () => {
      const seated = this.seats.get(socket.id);
      if (seated === undefined || seated.matchID !== matchID || seated.playerID !== playerID)
        throw new Refusal('sync with this match and seat before moving');
      return this.cluster.withLock(matchID, () =>
        this.applyUpdate(socket, game, filter, action, stateID, matchID, playerID),
      );
    });
  }

  /**
   * An action from inside the server (a computer seat, a timed-out turn), through the
   * same checks as a socket's: action shape, move name, seat, credentials, the rules,
   * under the match's queue and cluster lock. Resolves to null when committed, or to
   * the refusal's reason.
   */
  async submit(matchID: string, playerID: string, stateID: number, rawAction: unknown): Promise<string | null> {
    const game = this.games[0];
    if (game === undefined) return 'no game';
    try {
      const checked = actionProblem(rawAction, this.opts.moveNames);
      if ('reason' in checked) throw new Refusal(checked.reason);
      const { action } = checked;
      if (action.payload.playerID !== playerID) throw new Refusal('the action names another seat than the sender');
      const filter = getFilterPlayerView(game);
      await this.enqueue(matchID, () =>
        this.cluster.withLock(matchID, () => this.applyUpdate(null, game, filter, action, stateID, matchID, playerID)),
      );
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

  /**
   * Changes a match's state from inside the server (a teacher's injected event) in the
   * match's own order: in its queue, under its cluster lock, written by compare-and-set over
   * the state it was made from, then broadcast like a move and handed to the hooks. `change`
   * returns the new G, or a reason to leave the match as it is. Resolves to null when
   * written, or to the reason.
   */
  async transform(
    matchID: string,
    change: (state: State, metadata: Server.MatchData) => { G: unknown } | { reason: string },
  ): Promise<string | null> {
    const game = this.games[0];
    if (game === undefined) return 'no game';
    let outcome: string | null = null;
    await this.enqueue(matchID, () =>
      this.cluster.withLock(matchID, async () => {
        if (this.closing) {
          outcome = 'server is shutting down';
          return;
        }
        const { state, metadata } = await this.opts.store.fetch(matchID, { state: true, metadata: true });
        if (state === undefined || metadata === undefined) {
          outcome = 'no such match';
          return;
        }
        const changed = change(state, metadata);
        if ('reason' in changed) {
          outcome = changed.reason;
          return;
        }
        const next: State = { ...state, G: changed.G, _stateID: state._stateID + 1, deltalog: [] };
        try {
          await this.opts.store.setState(matchID, next);
        } catch (err) {
          if (!(err instanceof StaleWriteError)) throw err;
          outcome = 'another move reached this match first; try again';
          return;
        }
        this.broadcast(matchID, getFilterPlayerView(game), { type: 'update', args: [matchID, next] });
        this.opts.hooks?.committed?.(matchID, next);
      }),
    );
    return outcome;
  }

  /** A socket.io namespace on this transport's server (the classroom's live updates). */
  namespace(name: string): ReturnType<IOServer['of']> | undefined {
    return this.io?.of(name);
  }

  /** Sends an event to this instance's sockets in a match (seats and spectators alike). */
  emitToMatch(matchID: string, event: string, payload: unknown): void {
    for (const id of this.rooms.get(matchID) ?? []) this.seats.get(id)?.socket.emit(event, payload);
  }

  private async applyUpdate(
    socket: Socket | null,
    game: Game,
    filter: Filter,
    action: ClientAction,
    stateID: number,
    matchID: string,
    playerID: string,
  ): Promise<void> {
    if (this.closing) throw new Refusal('server is shutting down');
    const store = this.opts.store;
    const { state, metadata } = await store.fetch(matchID, { state: true, metadata: true });
    if (state === undefined || metadata === undefined) throw new Refusal('no such match');
    if (!credentialsMatch(action.payload.credentials, seatOf(metadata, playerID)))
      throw new Refusal('wrong credentials for this seat');
    if (state.ctx.gameover !== undefined) throw new Refusal('the match is over');
    // A classroom hold (the teacher paused the match, or the session ended) is read here,
    // under the match's queue and lock, from the stored metadata: every instance sees it.
    const hold = holdOf(metadata);
    if (hold !== null) {
      await this.resync(socket, filter, matchID, playerID, action.payload.credentials);
      throw new Refusal(hold);
    }
    if (state._stateID !== stateID) {
      // Another seat or instance moved first: the client gets the current match back.
      await this.resync(socket, filter, matchID, playerID, action.payload.credentials);
      throw new Refusal(`stale state: sent ${stateID}, current ${state._stateID}`);
    }
    if (action.type === 'MAKE_MOVE') {
      const why = this.opts.explain?.(state, playerID, action.payload.type, action.payload.args ?? []);
      if (why !== undefined && why !== null) throw new Refusal(why);
    }
    // The master broadcasts before it writes; hold its messages until the write is done.
    const held: Outbound[] = [];
    const writes = writeOrder(store, { state, metadata });
    const master = new Master(game, writes.store, { send: () => undefined, sendAll: (p) => held.push(p) }, this.auth);
    let result: Awaited<ReturnType<Master['onUpdate']>>;
    try {
      result = await master.onUpdate(action, stateID, matchID, playerID);
    } catch (err) {
      if (!(err instanceof StaleWriteError)) throw err;
      // Only possible with several instances: the compare-and-set kept the other write.
      await this.resync(socket, filter, matchID, playerID, action.payload.credentials);
      throw new Refusal(
        `another move reached this match first (state ${err.found ?? 'unknown'}); your view was resynced`,
      );
    }
    if (result !== undefined) throw new Refusal(result.error);
    const next = writes.written();
    if (next === undefined)
      throw new Refusal(`${action.type === 'MAKE_MOVE' ? 'move' : action.type.toLowerCase()} not allowed now`);
    for (const p of held) this.broadcast(matchID, filter, p);
    // The state just written, as the store keeps it: no second read.
    this.opts.hooks?.committed?.(matchID, next);
  }

  /** Sends a seat the stored match again, after a refusal left its view behind. */
  private async resync(
    socket: Socket | null,
    filter: Filter,
    matchID: string,
    playerID: string,
    credentials: string,
  ): Promise<void> {
    if (socket === null || this.seats.get(socket.id)?.matchID !== matchID) return;
    await this.syncSeat(socket, filter, matchID, playerID, credentials).catch(() => undefined);
  }

  private onDisconnect(socket: Socket): void {
    const seat = this.seats.get(socket.id);
    this.unseat(socket.id);
    if (seat === undefined || seat.playerID === null || this.closing) return;
    const { matchID, playerID } = seat;
    const game = this.games.find((g) => `/${g.name ?? ''}` === socket.nsp.name);
    if (game === undefined) return;
    void this.enqueue(matchID, async () => {
      // Another socket (here or on another instance) may still hold the seat: a reload.
      if ((await this.cluster.presence(matchID, playerID, socket.id, false)) > 0) return;
      await this.setConnected(game, matchID, playerID, false);
    }).catch((err: unknown) =>
      this.opts.logger.error({ event: 'disconnect', matchID, err }, 'connection state not saved'),
    );
  }

  // ---- helpers --------------------------------------------------------------

  private async setConnected(game: Game, matchID: string, playerID: string, connected: boolean): Promise<void> {
    const metadata = await this.opts.store.setConnected(matchID, playerID, connected);
    if (metadata === undefined) return;
    this.broadcast(matchID, getFilterPlayerView(game), {
      type: 'matchData',
      args: [matchID, publicMetadata(metadata)],
    });
    this.opts.hooks?.presence?.(matchID);
  }

  /** Sends a committed payload to this instance's sockets in the match and to the other instances. */
  private broadcast(matchID: string, _filter: Filter, payload: Outbound): void {
    this.deliver(matchID, payload);
    this.cluster.publish(matchID, payload as MatchPayload);
  }

  /** Sends a payload to this instance's sockets in the match, each through its seat's view. */
  private deliver(matchID: string, payload: Outbound): void {
    const stateID = stateIDOf(payload);
    for (const id of this.rooms.get(matchID) ?? []) {
      const seat = this.seats.get(id);
      if (seat === undefined) continue;
      if (stateID !== undefined) {
        if (stateID <= seat.sent) continue;
        seat.sent = stateID;
      }
      const out = seat.filter(seat.playerID, payload);
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

  private unseat(socketID: string): void {
    const seat = this.seats.get(socketID);
    if (seat === undefined) return;
    this.seats.delete(socketID);
    const room = this.rooms.get(seat.matchID);
    room?.delete(socketID);
    if (room?.size === 0) {
      this.rooms.delete(seat.matchID);
      this.cluster.unwatch(seat.matchID);
    }
  }

  private refuse(socket: Socket, on: string, matchID: string | undefined, reason: string, log = true): void {
    const seat = this.seats.get(socket.id);
    if (log)
      this.opts.logger.warn(
        { event: 'refused', on, matchID, playerID: seat?.playerID, socket: socket.id, reason },
        'refused',
      );
    socket.emit(REFUSED_EVENT, { on, reason, code: refusalCode(reason) });
  }
}

/** Cluster channels named with this prefix carry class-session notices, not a match's moves. */
export const CLASS_CHANNEL_PREFIX = 'class:';

/** The metadata field holding a classroom hold: why moves are refused, or absent. */
export const HOLD_FIELD = 'classHold';

/** Why a match takes no moves now (paused by the teacher, session ended), or null. */
export function holdOf(metadata: Server.MatchData | undefined): string | null {
  const hold = (metadata as Record<string, unknown> | undefined)?.[HOLD_FIELD];
  return typeof hold === 'string' && hold.length > 0 ? hold : null;
}

/** The state a broadcast carries ('update' and 'patch'), if any. */
function stateIDOf(payload: Outbound): number | undefined {
  const args = payload.args as unknown[];
  const state = payload.type === 'update' ? args[1] : payload.type === 'patch' ? args[3] : undefined;
  const id = typeof state === 'object' && state !== null ? (state as { _stateID?: unknown })._stateID : undefined;
  return typeof id === 'number' ? id : undefined;
}

/**
 * The store as boardgame.io's master sees it for one move. Its reads of the state and the
 * metadata get what the transport has just read for its own checks (the store's
 * compare-and-set refuses the write if either is no longer current). It writes the state
 * and the match's metadata at once; here the metadata follows only a state write that the
 * compare-and-set accepted, and it is merged (updatedAt, gameover) rather than replacing
 * the seats' presence another instance may have just set.
 */
function writeOrder(
  store: MatchStore,
  read: { state: State; metadata: Server.MatchData },
): { store: MatchStore; written: () => State | undefined } {
  let stateWrite: Promise<void> | undefined;
  let written: State | undefined;
  const wrapped = Object.create(store) as MatchStore & Record<string, unknown>;
  wrapped.fetch = <O extends StorageAPI.FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>> => {
    if (opts.log === true || opts.initialState === true) return store.fetch(matchID, opts);
    const out = {
      ...(opts.state === true ? { state: read.state } : {}),
      ...(opts.metadata === true ? { metadata: read.metadata } : {}),
    };
    return Promise.resolve(out as StorageAPI.FetchResult<O>);
  };
  wrapped.setState = (matchID: string, state: State, deltalog?: Parameters<MatchStore['setState']>[2]) => {
    stateWrite = store.setState(matchID, state, deltalog).then(() => {
      written = state;
    });
    return stateWrite;
  };
  wrapped.setMetadata = async (matchID: string, metadata: Server.MatchData) => {
    if (stateWrite === undefined) return;
    await stateWrite;
    await store.touch(matchID, metadata.updatedAt, metadata.gameover);
  };
  return { store: wrapped, written: () => written };
}

/** Match metadata as every client may see it: no credentials. */
export function publicMetadata(metadata: Server.MatchData): Omit<Server.PlayerMetadata, 'credentials'>[] {
  return Object.values(metadata.players as Record<string, Server.PlayerMetadata>).map(
    ({ credentials: _hidden, ...rest }) => rest,
  );
}
