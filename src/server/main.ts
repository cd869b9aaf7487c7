// Process entry: `node --import tsx src/server/main.ts`. Reads its settings from the
// environment (PORT, HOST, DATA_DIR or DB_PATH, ORIGINS, SQLITE_SYNC, TRUST_PROXY,
// LOBBY_RATE_BURST and LOBBY_RATE_PER_MINUTE, BOT_DELAY_MS, LOG_LEVEL; for several instances
// DATABASE_URL, DATABASE_SCHEMA, REDIS_URL and REDIS_PREFIX; see the README's table),
// prints the URL, and on SIGTERM or SIGINT stops accepting, finishes its writes and
// closes the store before exiting.
import { join } from 'node:path';
import { GAME_NAME } from '../game/game';
import { startServer } from './app';
import { gameEntry } from './entry';
import { createLogger } from './log';

const logger = createLogger();

// A rejection or exception that escapes is a bug; the guards exist so none does. A stray
// rejection fails one request, so it is logged and the other matches play on; after an
// uncaught exception the process state is unknown, so it is logged and the process exits
// (committed moves are safe in the store; a supervisor restarts it).
process.on('unhandledRejection', (reason) =>
  logger.fatal({ event: 'unhandledRejection', err: reason }, 'unhandledRejection'),
);
process.on('uncaughtException', (err) => {
  logger.fatal({ event: 'uncaughtException', err }, 'uncaughtException');
  process.exit(1);
});

function intFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name] ?? String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    logger.fatal({ event: 'config', [name]: raw }, `${name} must be a whole number from 0 to ${max}`);
    process.exit(2);
  }
  return value;
}

function urlFromEnv(name: string, protocols: readonly string[]): string | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  let ok: boolean;
  try {
    ok = protocols.includes(new URL(raw).protocol);
  } catch {
    ok = false;
  }
  if (!ok) {
    logger.fatal({ event: 'config', name }, `${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL`);
    process.exit(2);
  }
  return raw;
}

const dbPath = process.env.DB_PATH ?? join(process.env.DATA_DIR ?? 'data', 'matches.sqlite');
const databaseUrl = urlFromEnv('DATABASE_URL', ['postgres:', 'postgresql:']);
const redisUrl = urlFromEnv('REDIS_URL', ['redis:', 'rediss:']);
const server = await startServer({
  entry: gameEntry(),
  dbPath,
  ...(databaseUrl === undefined ? {} : { databaseUrl, databaseSchema: process.env.DATABASE_SCHEMA ?? 'public' }),
  ...(redisUrl === undefined ? {} : { redisUrl, redisPrefix: process.env.REDIS_PREFIX ?? 'ngg:' }),
  logger,
  host: process.env.HOST ?? '127.0.0.1',
  port: intFromEnv('PORT', 8080, 65535),
  rate: { burst: intFromEnv('LOBBY_RATE_BURST', 300, 1e6), perMinute: intFromEnv('LOBBY_RATE_PER_MINUTE', 600, 1e6) },
  origins: (process.env.ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== ''),
  synchronous: process.env.SQLITE_SYNC === 'full' ? 'full' : 'normal',
  trustProxy: process.env.TRUST_PROXY === '1',
  botDelayMs: intFromEnv('BOT_DELAY_MS', 600, 60_000),
  classRetentionDays: intFromEnv('CLASS_RETENTION_DAYS', 30, 3650),
  unstartedPerAddress: intFromEnv('MATCHES_PER_ADDRESS', 50, 1e6),
  finishedRetentionDays: intFromEnv('FINISHED_RETENTION_DAYS', 30, 3650),
});
logger.info(
  {
    event: 'listening',
    url: server.url,
    game: GAME_NAME,
    store: server.store.kind,
    db: databaseUrl === undefined ? dbPath : 'postgres',
    cluster: server.cluster.kind,
    instance: server.cluster.id,
  },
  `New Great Game at ${server.url}`,
);
process.stdout.write(`New Great Game: ${server.url}\n`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'shutting down');
    server.close().then(
      () => {
        logger.info({ event: 'shutdown', done: true }, 'stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ event: 'shutdown', err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
