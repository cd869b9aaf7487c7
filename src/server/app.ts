// Assembles the one-process server: our own HTTP server on a chosen interface, with
// the built client, boardgame.io's lobby routes (behind lobbyGuard) and the guarded
// sockets on one port, and the SQLite store. boardgame.io's Server() still builds the
// lobby and its auth; we only take over listening (its run() has no host option) and
// the socket transport. With a database URL the store is PostgreSQL, and with a Redis URL
// the instances serving it share broadcasts, match locks, presence and the rate limit.
// Every move passes one gate (moveGate.ts): here the classroom's hold (classHoldGate).
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Game } from 'boardgame.io';
import { Server } from 'boardgame.io/server';
import { LocalCluster, type Cluster } from './cluster';
import { credentialsMatch } from './guards';
import { health } from './health';
import { lobbyGuard } from './lobby';
import type { RateOptions } from './rateLimit';
import { staticFiles, type Handler } from './static';
import type { MatchStore } from './matchStore';
import { SqliteStore } from './store';
import type { MoveGate } from './moveGate';
import { GuardedTransport, type ExplainMove, type TransportHooks } from './transport';
import { ComputerSeats, type ComputerPlayer } from './bots';
import { onlineSetupProblem } from '../online/setup';
import { classHoldGate } from '../classroom/hold';
import { ClassMatches } from './classMatches';
import { ClassSessions } from './classSessions';
import { ClassLive } from './classLive';
import { ClassRetention, DEFAULT_RETENTION_DAYS } from './classRetention';
import { classRoutes } from './classRoutes';
import { abandonedGate, matchRoutes } from './matchRoutes';
import { creationLimit, DEFAULT_UNSTARTED_PER_ADDRESS } from './matchLimit';
import { MatchPurge } from './matchPurge';
import { realClock, type Clock } from './clock';

export interface GameEntry {
  readonly game: Game;
  readonly moveNames: readonly string[];
  readonly explain?: ExplainMove;
  readonly setupDataProblem?: (data: unknown) => string | null;
  /** Lets the server play computer seats and timed-out turns (see bots.ts). */
  readonly computer?: ComputerPlayer;
}

export interface ServerOptions {
  readonly entry: GameEntry;
  /** The SQLite file, used when no databaseUrl is given. */
  readonly dbPath: string;
  /** postgres://... : store matches in PostgreSQL instead of SQLite. */
  readonly databaseUrl?: string;
  /** The PostgreSQL schema for the tables ('public' by default). */
  readonly databaseSchema?: string;
  /** redis://... : share broadcasts, locks, presence and rate limits with other instances. */
  readonly redisUrl?: string;
  /** Put before every Redis key and channel ('ngg:' by default). */
  readonly redisPrefix?: string;
  readonly logger: Logger;
  readonly host?: string;
  /** 0 picks a free port (tests). */
  readonly port?: number;
  /** Extra browser origins allowed besides this server's own address. */
  readonly origins?: readonly string[];
  readonly staticDir?: string;
  readonly rate?: RateOptions;
  readonly synchronous?: 'normal' | 'full';
  /** Trust X-Forwarded-For for the client address (behind a reverse proxy only). */
  readonly trustProxy?: boolean;
  /** Pause before each move of a computer seat (default 600 ms). */
  readonly botDelayMs?: number;
  /** The clock the turn timer, computer seats and class sessions read and wait on (the real one by default). */
  readonly clock?: Clock;
  /** Days without activity after which a class session is purged (30 by default; 0: never). */
  readonly classRetentionDays?: number;
  /** Matches nobody has started that one address may hold at once (50 by default). */
  readonly unstartedPerAddress?: number;
  /** Days after its end a finished match is purged (30 by default; 0: never). */
  readonly finishedRetentionDays?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly store: MatchStore;
  readonly cluster: Cluster;
  readonly transport: GuardedTransport;
  readonly computer: ComputerSeats | undefined;
  readonly classroom: ClassSessions;
  readonly retention: ClassRetention;
  /** Purges unjoined matches after a day and finished ones after the retention period. */
  readonly purge: MatchPurge;
  /** Stops accepting, closes sockets, finishes writes, closes the store. */
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const clock = opts.clock ?? realClock;
  const store = await openStore(opts);
  const cluster = await openCluster(opts, store, clock);
  // Filled in once the port is known; both the lobby's CORS and the socket check read it live.
  const origins: string[] = [...(opts.origins ?? [])];
  const parts = playParts(opts, store, cluster, origins, clock);
  const { transport, computer, sessions, live, retention } = parts;
  const bgio = lobbyApp(opts, store, cluster, origins, parts);
  const http = frontDoor(opts, store, cluster, () => bgio.app.callback());
  transport.attach(http);
  const classNsp = transport.namespace('/class');
  if (classNsp !== undefined) live.attach(classNsp);
  // run() listens through app.listen; point it at our server on the chosen interface.
  const listen = (port: number, done: () => void): HttpServer => http.listen(port, host, done);
  Object.assign(bgio.app, { listen });
  await bgio.run({ port: opts.port ?? 8080 });

  const port = (http.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  for (const o of [url, `http://localhost:${port}`, `http://127.0.0.1:${port}`])
    if (!origins.includes(o)) origins.push(o);

  // Matches that were playing when the process stopped: computer seats and clocks go on.
  if (computer !== undefined) {
    const resumed = await computer.resumeAll(opts.entry.game.name ?? '');
    if (resumed > 0) opts.logger.info({ event: 'resume', matches: resumed }, 'resumed matches');
  }

  retention.start();
  const purge = new MatchPurge({
    ...{ store, clock, logger: opts.logger, computer },
    gameName: opts.entry.game.name ?? '',
    ...(opts.finishedRetentionDays === undefined ? {} : { finishedDays: opts.finishedRetentionDays }),
  });
  purge.start();
  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    store,
    cluster,
    transport,
    computer,
    classroom: sessions,
    retention,
    purge,
    close: () =>
      (closed ??= (async () => {
        retention.stop();
        purge.stop();
        computer?.close();
        live.close();
        const stopped = new Promise<void>((done) => http.close(() => done()));
        await transport.close();
        http.closeIdleConnections();
        await stopped;
        await store.close();
        await cluster.close();
      })()),
  };
}

/** SQLite by default; PostgreSQL (loaded only then) with a database URL. */
async function openStore(opts: ServerOptions): Promise<MatchStore> {
  // PostgreSQL and Redis clients are loaded only when configured: a one-process server
  // starts as fast as before (the durability test restarts one 22 times).
  if (opts.databaseUrl === undefined)
    return new SqliteStore({ path: opts.dbPath, synchronous: opts.synchronous ?? 'normal' });
  const { PgStore } = await import('./pgStore');
  return new PgStore({
    url: opts.databaseUrl,
    ...(opts.databaseSchema === undefined ? {} : { schema: opts.databaseSchema }),
  });
}

/** This process alone, or (with a Redis URL) one of several instances. */
async function openCluster(opts: ServerOptions, store: MatchStore, clock: Clock): Promise<Cluster> {
  if (opts.redisUrl === undefined) return new LocalCluster(() => clock.now());
  const { RedisCluster } = await import('./redisCluster');
  const redis = new RedisCluster({
    url: opts.redisUrl,
    logger: opts.logger,
    ...(opts.redisPrefix === undefined ? {} : { prefix: opts.redisPrefix }),
  });
  try {
    await redis.connect();
  } catch (err) {
    await redis.close().catch(() => undefined);
    await store.close();
    throw err;
  }
  return redis;
}

interface PlayParts {
  readonly transport: GuardedTransport;
  readonly computer: ComputerSeats | undefined;
  readonly sessions: ClassSessions;
  readonly live: ClassLive;
  readonly retention: ClassRetention;
  readonly clock: Clock;
}

/** The guarded transport, the computer seats, and the classroom, wired to hear of each other. */
function playParts(
  opts: ServerOptions,
  store: MatchStore,
  cluster: Cluster,
  origins: readonly string[],
  clock: Clock,
): PlayParts {
  const { entry, logger } = opts;
  const gate: MoveGate = (match) => classHoldGate(match) ?? abandonedGate(match);
  // The computer seats and the classroom hear of every commit; they are built once the
  // transport exists, and the hooks reach them through here.
  const later: { computer?: ComputerSeats; live?: ClassLive; matches?: ClassMatches } = {};
  // A move or a seat's presence in a class match refreshes that session's dashboards.
  const classChanged = (matchID: string): void => {
    later.matches
      ?.classOf(matchID)
      .then((code) => {
        if (code !== null) later.live?.mark({ code, students: false });
      })
      .catch((err: unknown) => logger.error({ event: 'class-live', matchID, err }, 'class of a match not read'));
  };
  const hooks: TransportHooks = {
    committed: (matchID, state) => {
      later.computer?.hooks.committed(matchID, state);
      classChanged(matchID);
    },
    synced: (matchID, emit) => later.computer?.hooks.synced(matchID, emit),
    presence: (matchID, seat, connected) => {
      later.computer?.hooks.presence(matchID, seat, connected);
      classChanged(matchID);
    },
  };
  const transport = new GuardedTransport({
    ...{ store, cluster, logger, origins, gate, hooks, moveNames: entry.moveNames },
    now: () => clock.now(),
    ...(entry.explain === undefined ? {} : { explain: entry.explain }),
  });
  const computer = (later.computer =
    entry.computer === undefined
      ? undefined
      : new ComputerSeats({
          ...{ game: entry.game, store, transport, logger, gate, clock },
          player: entry.computer,
          delayMs: opts.botDelayMs ?? 600,
        }));
  const matches = (later.matches = new ClassMatches({ game: entry.game, store, transport, computer }));
  const sessions = new ClassSessions({ store, matches, logger, clock, changed: (change) => later.live?.mark(change) });
  const live = (later.live = new ClassLive({
    ...{ sessions, cluster, logger, clock },
    remoteHolds: (ids, held) => {
      for (const id of ids) {
        if (held) computer?.hold(id);
        else computer?.release(id);
      }
    },
  }));
  const retention = new ClassRetention({
    ...{ store, sessions, matches, logger, clock },
    retentionDays: opts.classRetentionDays ?? DEFAULT_RETENTION_DAYS,
    changed: (change) => live.mark(change),
  });
  return { transport, computer, sessions, live, retention, clock };
}

/** boardgame.io's Server() for its lobby routes and auth, with our guard, the class routes and the computer seats' hook. */
function lobbyApp(
  opts: ServerOptions,
  store: MatchStore,
  cluster: Cluster,
  origins: string[],
  parts: PlayParts,
): ReturnType<typeof Server> {
  const { entry, logger } = opts;
  const { transport, computer } = parts;
  const bgio = Server({
    games: [entry.game],
    db: store,
    transport,
    origins,
    authenticateCredentials: (credentials, player) => credentialsMatch(credentials, player),
  });
  bgio.app.proxy = opts.trustProxy === true;
  const rate = opts.rate ?? { burst: 300, perMinute: 600 };
  // Added before run(), so it runs before the lobby routes that run() adds.
  bgio.app.use(
    lobbyGuard({
      logger,
      gameNames: [entry.game.name ?? ''],
      setupDataProblem: (d) => entry.setupDataProblem?.(d) ?? onlineSetupProblem(d),
      rate,
      limiter: cluster.rateLimiter(rate),
    }),
  );
  bgio.app.use(creationLimit(store, opts.unstartedPerAddress ?? DEFAULT_UNSTARTED_PER_ADDRESS));
  bgio.app.use(matchRoutes({ store, transport, computer, player: entry.computer, clock: parts.clock, logger }));
  bgio.app.use(
    classRoutes({ sessions: parts.sessions, retention: parts.retention, logger, limiter: cluster.rateLimiter(rate) }),
  );
  // After a match is created (or a rematch), its computer seats are filled before the
  // answer goes out, so no person can join them; after a join or a leave, the computer
  // seats and the clock learn whether every seat is taken.
  bgio.app.use(async (ctx, next) => {
    await next();
    if (computer === undefined || ctx.method !== 'POST' || ctx.status !== 200) return;
    const body = ctx.body as { matchID?: unknown; nextMatchID?: unknown } | undefined;
    const seatChange = /^\/games\/[^/]+\/([^/]+)\/(?:join|leave)\/?$/.exec(ctx.path)?.[1];
    const id = /\/create\/?$/.test(ctx.path)
      ? body?.matchID
      : /\/playAgain\/?$/.test(ctx.path)
        ? body?.nextMatchID
        : seatChange;
    if (typeof id === 'string') await computer.resume(id);
  });
  return bgio;
}

/** The one HTTP server: /health, the lobby and class API (boardgame.io's Koa app), and the built client. */
function frontDoor(opts: ServerOptions, store: MatchStore, cluster: Cluster, app: () => Handler): HttpServer {
  const files = staticFiles(opts.staticDir ?? 'dist');
  // Built on first request, after run() has added the lobby routes: composing the
  // middleware any earlier would freeze it without them.
  let lobby: Handler | undefined;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/health' || path.startsWith('/health?')) health(req, res, store, cluster);
    else if (
      path === '/games' ||
      path.startsWith('/games/') ||
      path.startsWith('/games?') ||
      path.startsWith('/api/match/') ||
      path === '/api/class' ||
      path.startsWith('/api/class/') ||
      path.startsWith('/api/class?')
    ) {
      lobby ??= app();
      lobby(req, res);
    } else files(req, res);
  });
  // An idle keep-alive connection lives well past the clients' own idle limit (browsers and
  // fetch reuse a socket for a few seconds): with Node's 5 s default a client on a loaded
  // machine could send a request on a socket the server was closing at that moment, and the
  // request failed with a connection reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
