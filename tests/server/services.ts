// PostgreSQL (127.0.0.1:5432, database `test`) and Redis (127.0.0.1:6379) for the
// scale-out tests. Each test file gets its own PostgreSQL schema and Redis key prefix,
// dropped afterwards. When a service is absent the tests skip with the reason printed,
// unless REQUIRE_SERVICES=1 (CI), where its absence fails the run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function pgProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `PostgreSQL at ${PG_URL} is not reachable (${err instanceof Error ? err.message : String(err)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisProblem(): Promise<string | null> {
  const r = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  r.on('error', () => undefined);
  try {
    await r.connect();
    await r.ping();
    return null;
  } catch (err) {
    return `Redis at ${REDIS_URL} is not reachable (${err instanceof Error ? err.message : String(err)})`;
  } finally {
    r.disconnect();
  }
}

/**
 * Null when the services answer; otherwise the reason to skip, printed once. Throws
 * instead when REQUIRE_SERVICES=1.
 */
export async function servicesMissing(needRedis: boolean): Promise<string | null> {
  const problems = [await pgProblem(), needRedis ? await redisProblem() : null].filter((p): p is string => p !== null);
  if (problems.length === 0) return null;
  const reason = problems.join('; ');
  if (process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but ${reason}`);
  process.stdout.write(`skipping scale-out tests: ${reason}\n`);
  return reason;
}

/** A fresh, unique name for this run's schema and key prefix. */
export function runName(label: string): string {
  return `ngg_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function dropKeys(prefix: string): Promise<void> {
  const r = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}
