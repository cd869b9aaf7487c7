// The socket side of the server: boardgame.io's wire protocol (namespace per game,
// events 'sync' and 'update' in, 'sync', 'update', 'patch', 'matchData' out) with
// every inbound payload checked first (guards.ts), and boardgame.io's Master doing
// the rules. It replaces boardgame.io's SocketIO transport because that one trusts
// its clients; it extends it only so Server() accepts it. How a move is then applied,
// written and broadcast is matchMoves.ts.
// Two ordering choices matter: all work on one match runs in one queue (matchQueue.ts),
// and a move is broadcast only after its write committed, so a client that saw a move
// (its acknowledgement) can count on it surviving a crash.
// Several processes may serve one match (cluster.ts): a broadcast is also published to
// the others, each filtering it per seat for its own sockets; a move runs under the
// match's cluster lock, and a write refused by the store's compare-and-set (another
// instance moved first) is answered with a refusal and a fresh sync.
// Before a move the transport asks the gate (moveGate.ts) whether the match may move now;
// why a match may not (a teacher's pause, say) is the gate's business, not the transport's.
import type { Server as HttpServer } from 'node:http';
import { Server as IOServer, type Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { Game, Server, State } from 'boardgame.io';
import { SocketIO } from 'boardgame.io/server';
import type { Master } from 'boardgame.io/master';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { refused, reasonText, wireParams, type ServerRefusal } from '../online/reasons';
import {
  actionProblem,
  credentialsMatch,
  malformed,
  MAX_PAYLOAD_BYTES,
  payloadBytes,
  seatOf,
  SyncArgs,
  UpdateArgs,
  type ClientAction,
} from './guards';
import { CLASS_CHANNEL_PREFIX, LocalCluster, type Cluster } from './cluster';
import type { MatchStore } from './matchStore';
import { MatchMoves, type ExplainMove, type TransportHooks } from './matchMoves';
import { openGate, type MoveGate } from './moveGate';
import { Refused } from './refused';
import { STATE_DELTA, type StateDelta } from './clusterDelta';
import { publicMetadata, Rooms, type Filter, type Outbound, type Seat } from './rooms';
import { DELTA_WIRE, type View } from '../online/delta';

export type { ExplainMove, TransportHooks } from './matchMoves';
export { publicMetadata } from './rooms';

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
  /** May a match move now? Asked before every move; every match may when absent. */
  readonly gate?: MoveGate;
  /** Called after work on a match; see TransportHooks. */
  readonly hooks?: TransportHooks;
  /** The time a move's metadata records (updatedAt); Date.now by default. */
  readonly now?: () => number;
}

/**
 * How much of boardgame.io's action log a sync sends. The log grows by about two entries
 * a move and our client reads the game's own history (G.log), so a reconnecting client
 * gets the recent tail; the store keeps all of it.
 */
export const SYNC_LOG_TAIL = 50;

/** The event a refused client receives: {on, reason, code, params?}. */
export const REFUSED_EVENT = 'refused';

/**
 * Frames at least this long are sent deflated (socket.io's perMessageDeflate). Most move
 * deltas are shorter: deflating them saved a few bytes each (median 81 -> 75) and cost
 * an asynchronous zlib call per socket per move; syncs and long deltas are still deflated.
 */
export const DEFLATE_THRESHOLD = 1024;

type Auth = NonNullable<Master['auth']>;

export class GuardedTransport extends SocketIO {
  private readonly rooms: Rooms;
  private readonly moves: MatchMoves;
  private games: Game[] = [];
  private auth: Auth | undefined;
  private io: IOServer | undefined;
  private closing = false;
  private readonly cluster: Cluster;

  constructor(private readonly opts: GuardedTransportOptions) {
    super();
    const cluster = (this.cluster = opts.cluster ?? new LocalCluster());
    this.rooms = new Rooms((matchID) => cluster.unwatch(matchID));
    this.moves = new MatchMoves({
      store: opts.store,
      cluster,
      logger: opts.logger,
      rooms: this.rooms,
      gate: opts.gate ?? openGate,
      explain: opts.explain,
      hooks: opts.hooks,
      now: opts.now ?? Date.now,
      auth: () => this.auth,
      closing: () => this.closing,
    });
    // Another instance's broadcast joins this match's queue, behind any sync in progress here
    // (whose socket is then seated and gets it). Presence changes from several instances can
    // arrive in any order, so for those the current metadata is read rather than forwarded.
    cluster.onMessage((matchID, payload) => {
      // Class-session notices share the channel mechanism; they are not a match's.
      if (matchID.startsWith(CLASS_CHANNEL_PREFIX)) return;
      void this.exclusive(matchID, async () => {
        if (!this.rooms.has(matchID)) return;
        if (payload.type === STATE_DELTA) return this.moves.remote(matchID, payload.args[1] as StateDelta);
        if (payload.type !== 'matchData') return this.rooms.deliver(matchID, payload as Outbound);
        const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
        if (metadata !== undefined)
          this.rooms.deliver(matchID, { type: 'matchData', args: [matchID, publicMetadata(metadata)] });
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
      // Frames are deflated with the context kept per socket, so a delta's log entries, which
      // repeat the same field names move after move, cost a fraction of their JSON; an 8 KB
      // window and a smaller hash table keep each socket's compressor to about 100 KB.
      perMessageDeflate: {
        threshold: DEFLATE_THRESHOLD,
        serverMaxWindowBits: 13,
        zlibDeflateOptions: { level: 6, memLevel: 7 },
      },
      pingInterval: 10_000,
      pingTimeout: 20_000,
    });
    this.io = io;
    for (const game of this.games) {
      const filter = getFilterPlayerView(game);
      io.of(`/${game.name ?? ''}`).on('connection', (socket) => this.connect(socket, game, filter));
    }
  }

  private connect(socket: Socket, game: Game, filter: Filter): void {
    socket.on('sync', (...args: unknown[]) =>
      this.handle(socket, 'sync', args, () => this.onSync(socket, filter, args)),
    );
    socket.on('update', (...args: unknown[]) =>
      this.handle(socket, 'update', args, () => this.onUpdate(socket, game, filter, args)),
    );
    socket.on('chat', (...args: unknown[]) =>
      this.handle(socket, 'chat', args, () => Promise.reject(new Refused(refused('chatOff')))),
    );
    socket.on('disconnect', () => this.onDisconnect(socket));
    socket.onAny((event: string) => {
      if (!['sync', 'update', 'chat'].includes(event))
        this.refuse(socket, 'unknown', undefined, refused('unknownEvent', { event: String(event).slice(0, 20) }));
    });
  }

  /** Stops taking socket work, closes every socket and waits for the writes under way. */
  async close(): Promise<void> {
    this.closing = true;
    this.io?.disconnectSockets(true);
    await this.drain();
  }

  /** Resolves when every match queue is idle. */
  drain(): Promise<void> {
    return this.moves.queues.drain();
  }

  /** Number of sockets currently seated in matches (for the bench). */
  get connected(): number {
    return this.rooms.size;
  }

  // ---- inbound ------------------------------------------------------------

  /** Every handler runs through here: the size limit, then the handler, and no rejection escapes. */
  private handle(socket: Socket, event: string, args: unknown[], work: () => Promise<void>): void {
    const id = args[event === 'update' ? 2 : 0];
    const matchID = typeof id === 'string' ? id.slice(0, 64) : undefined;
    if (payloadBytes(args) > MAX_PAYLOAD_BYTES) {
      this.refuse(socket, event, matchID, refused('payloadTooLarge', { limit: MAX_PAYLOAD_BYTES }));
      return;
    }
    work().catch((err: unknown) => {
      if (err instanceof Refused) this.refuse(socket, event, matchID, err.refusal);
      else {
        this.opts.logger.error({ event: 'refused', on: event, matchID, err }, 'internal error');
        this.refuse(socket, event, matchID, refused('internal'), false);
      }
    });
  }

  private async onSync(socket: Socket, filter: Filter, args: unknown[]): Promise<void> {
    const parsed = SyncArgs.safeParse(
      args.length > 4 ? args : [...args, ...Array<undefined>(4 - args.length).fill(undefined)],
    );
    if (!parsed.success) throw new Refused(malformed('sync', parsed.error));
    const [matchID, playerID, credentials] = parsed.data;
    await this.exclusive(matchID, async () => {
      if (this.closing) throw new Refused(refused('shuttingDown'));
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
        await this.setConnected(matchID, seat, true);
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
    if (state === undefined || metadata === undefined || initialState === undefined)
      throw new Refused(refused('noMatch'));
    if (seat !== null) {
      const player = seatOf(metadata, seat);
      if (player === undefined) throw new Refused(refused('noSeat', { seat }));
      if (!credentialsMatch(credentials, player)) throw new Refused(refused('wrongCredentials'));
    }
    const deltas = socket.handshake.query.wire === DELTA_WIRE;
    const seated: Seat = { socket, matchID, playerID: seat, filter, sent: state._stateID, deltas };
    this.rooms.seat(seated);
    this.rooms.remember(matchID, state);
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
      if (deltas) seated.view = out.args[1].state as unknown as View;
    }
    socket.emit(out.type, ...out.args);
  }

  private async onUpdate(socket: Socket, game: Game, filter: Filter, args: unknown[]): Promise<void> {
    const parsed = UpdateArgs.safeParse(args);
    if (!parsed.success) throw new Refused(malformed('update', parsed.error));
    const [rawAction, stateID, matchID, playerID] = parsed.data;
    const action = checkedAction(rawAction, this.opts.moveNames, playerID);
    // Checked in the match's queue, behind a sync the socket sent just before: a client that
    // reconnects sends its sync and a buffered move back to back.
    await this.exclusive(matchID, () => {
      const seated = this.rooms.of(socket.id);
      if (seated === undefined || seated.matchID !== matchID || seated.playerID !== playerID)
        throw new Refused(refused('syncFirst'));
      const resync = (): Promise<void> => this.resync(socket, filter, matchID, playerID, action.payload.credentials);
      return this.cluster.withLock(matchID, () => this.moves.apply(game, action, stateID, matchID, playerID, resync));
    });
  }

  /**
   * An action from inside the server (a computer seat, a timed-out turn), through the
   * same checks as a socket's: action shape, move name, seat, credentials, the gate, the
   * rules, under the match's queue and cluster lock. Resolves to null when committed, or
   * to the refusal.
   */
  async submit(matchID: string, playerID: string, stateID: number, rawAction: unknown): Promise<ServerRefusal | null> {
    const game = this.games[0];
    if (game === undefined) return refused('noMatch');
    const check = (): ClientAction => checkedAction(rawAction, this.opts.moveNames, playerID);
    return this.moves.submit(game, check, stateID, matchID, playerID);
  }

  /** Runs work on a match in its queue, after the socket work queued before it. */
  exclusive(matchID: string, work: () => Promise<void>): Promise<void> {
    return this.moves.queues.run(matchID, work);
  }

  /** A teacher's change to a match's state, in the match's own order (see MatchMoves.transform). */
  transform(
    matchID: string,
    change: (state: State, metadata: Server.MatchData) => { G: unknown } | { refusal: ServerRefusal },
  ): Promise<ServerRefusal | null> {
    return this.moves.transform(matchID, change);
  }

  /** A socket.io namespace on this transport's server (the classroom's live updates). */
  namespace(name: string): ReturnType<IOServer['of']> | undefined {
    return this.io?.of(name);
  }

  /** Sends an event to this instance's sockets in a match (seats and spectators alike). */
  emitToMatch(matchID: string, event: string, payload: unknown): void {
    this.rooms.emit(matchID, event, payload);
  }

  /** Sends a seat the stored match again, after a refusal left its view behind. */
  private async resync(
    socket: Socket | null,
    filter: Filter,
    matchID: string,
    playerID: string,
    credentials: string,
  ): Promise<void> {
    if (socket === null || this.rooms.of(socket.id)?.matchID !== matchID) return;
    await this.syncSeat(socket, filter, matchID, playerID, credentials).catch(() => undefined);
  }

  private onDisconnect(socket: Socket): void {
    const seat = this.rooms.of(socket.id);
    this.rooms.unseat(socket.id);
    if (seat === undefined || seat.playerID === null || this.closing) return;
    const { matchID, playerID } = seat;
    void this.exclusive(matchID, async () => {
      // Another socket (here or on another instance) may still hold the seat: a reload.
      if ((await this.cluster.presence(matchID, playerID, socket.id, false)) > 0) return;
      await this.setConnected(matchID, playerID, false);
    }).catch((err: unknown) =>
      this.opts.logger.error({ event: 'disconnect', matchID, err }, 'connection state not saved'),
    );
  }

  // ---- helpers --------------------------------------------------------------

  private async setConnected(matchID: string, playerID: string, connected: boolean): Promise<void> {
    const metadata = await this.opts.store.setConnected(matchID, playerID, connected);
    if (metadata === undefined) return;
    this.moves.broadcast(matchID, { type: 'matchData', args: [matchID, publicMetadata(metadata)] });
    this.opts.hooks?.presence?.(matchID, playerID, connected);
  }

  private refuse(socket: Socket, on: string, matchID: string | undefined, refusal: ServerRefusal, log = true): void {
    const reason = reasonText(refusal);
    if (log)
      this.opts.logger.warn(
        {
          event: 'refused',
          on,
          matchID,
          playerID: this.rooms.of(socket.id)?.playerID,
          socket: socket.id,
          code: refusal.code,
          reason,
        },
        'refused',
      );
    socket.emit(REFUSED_EVENT, { on, reason, code: refusal.code, ...wireParams(refusal) });
  }
}

/** An action that passed the guards: its shape, its move name, and the seat it names being the sender's. */
function checkedAction(raw: unknown, moveNames: readonly string[], playerID: string): ClientAction {
  const checked = actionProblem(raw, moveNames);
  if ('refusal' in checked) throw new Refused(checked.refusal);
  if (checked.action.payload.playerID !== playerID) throw new Refused(refused('otherSeat'));
  return checked.action;
}
