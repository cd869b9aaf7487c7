// The cluster bench: our server on PostgreSQL + Redis, as one instance (.i1) and as two
// (.i2), driven from here over loopback sockets with 200 concurrent matches. With two
// instances each match has one seat on each, so every move crosses Redis to reach the
// other player: the worst case for a load balancer that spreads players freely. Runs in
// a PostgreSQL schema and Redis key prefix of its own, dropped afterwards; prints
// nothing when the services are absent.
import pg from 'pg';
import { Redis } from 'ioredis';
import { GAME_NAME } from '../../src/game/game';
import type { Metric } from './metric';
import {
  connect,
  cpuMsOf,
  drive,
  ours,
  percentile,
  post,
  Seat,
  seeded,
  spawnServer,
  stop,
  type Child,
  type GameDriver,
  type Match,
} from './server';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MATCHES = 200;
const SECONDS = 6;

/** Creates a match through the first instance and seats seat i on instance (i + index) mod n. */
function spread(urls: string[]): GameDriver {
  return {
    ...ours,
    name: 'cluster',
    async open(_url, index) {
      const lobby = urls[0] as string;
      const created = await post(`${lobby}/games/${GAME_NAME}/create`, { numPlayers: 2, setupData: { players: 2 } });
      const matchID = String(created.matchID);
      const seats: Seat[] = [];
      for (const p of [0, 1]) {
        const credentials = String(
          (await post(`${lobby}/games/${GAME_NAME}/${matchID}/join`, { playerID: String(p), playerName: `bench${p}` }))
            .playerCredentials,
        );
        const url = urls[(p + Math.abs(index)) % urls.length] as string;
        seats.push(new Seat(await connect(url, GAME_NAME), String(p), credentials));
      }
      for (const s of seats) s.socket.emit('sync', matchID, s.playerID, s.credentials, seats.length);
      await Promise.all(seats.map((s) => s.atLeast(0)));
      return { matchID, seats };
    },
  };
}

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await client.connect();
    await redis.connect();
    await redis.ping();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
    redis.disconnect();
  }
}

async function cleanup(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${schema}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

async function level(instances: number, out: Metric[]): Promise<void> {
  const schema = `ngg_bench_${process.pid}_i${instances}`;
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: '0',
    DATABASE_URL: PG_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL,
    REDIS_PREFIX: `${schema}:`,
    LOBBY_RATE_BURST: '100000',
    LOBBY_RATE_PER_MINUTE: '100000',
    MATCHES_PER_ADDRESS: '100000',
  };
  const children: Child[] = [];
  try {
    // One at a time: the first creates the schema.
    for (let i = 0; i < instances; i++)
      children.push(await spawnServer('src/server/main.ts', env, /New Great Game: (\S+)/));
    const urls = children.map((c) => c.url);
    const driver = spread(urls);
    const lobby = urls[0] as string;
    const warm = await driver.open(lobby, -1);
    await drive(driver, lobby, warm, -1, Date.now() + 1000, [], seeded(1));
    const matches: Match[] = [];
    for (let i = 0; i < MATCHES; i += 50)
      matches.push(
        ...(await Promise.all(Array.from({ length: Math.min(50, MATCHES - i) }, (_, k) => driver.open(lobby, i + k)))),
      );
    const rtts: number[] = [];
    const cpu = (): number => children.reduce((a, c) => a + (cpuMsOf(c.proc.pid) ?? Number.NaN), 0);
    const cpu0 = cpu();
    const t0 = performance.now();
    const until = Date.now() + SECONDS * 1000;
    const moves = await Promise.all(matches.map((m, i) => drive(driver, lobby, m, i, until, rtts, seeded(i + 7))));
    const seconds = (performance.now() - t0) / 1000;
    const total = moves.reduce((a, b) => a + b, 0);
    // Every instance's CPU, per committed move.
    out.push({
      name: `cluster.cpuMsPerMove.i${instances}`,
      value: Math.round(((cpu() - cpu0) / total) * 100) / 100,
      unit: 'ms',
    });
    rtts.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 100) / 100;
    out.push({
      name: `cluster.movesPerSecond.i${instances}`,
      value: round(moves.reduce((a, b) => a + b, 0) / seconds),
      unit: 'moves/s',
    });
    out.push({ name: `cluster.rttP99Ms.i${instances}`, value: round(percentile(rtts, 0.99)), unit: 'ms' });
  } finally {
    for (const c of children) await stop(c);
    await cleanup(schema);
  }
}

export async function benchCluster(): Promise<Metric[]> {
  const problem = await reachable();
  if (problem !== null) {
    process.stderr.write(`cluster bench skipped: PostgreSQL or Redis not reachable (${problem})\n`);
    return [];
  }
  const out: Metric[] = [];
  await level(1, out);
  await level(2, out);
  return out;
}
