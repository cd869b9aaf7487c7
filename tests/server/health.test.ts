import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api, GAME_NAME, inProcessServer } from './helpers';
import { dropKeys, dropSchema, PG_URL, REDIS_URL, runName, servicesMissing } from './services';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('health endpoint', () => {
  it('reports the SQLite store, no shared service and the version; 503 once the store is gone', async () => {
    const t = await inProcessServer();
    try {
      const ok = await api(t.url, '/health');
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        status: 'ok',
        version,
        store: { kind: 'sqlite', ok: true },
        redis: { kind: 'local', ok: true },
      });
      const post = await api(t.url, '/health', {});
      expect(post.status).toBe(405);
      await t.server.store.close();
      const down = await api(t.url, '/health');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'unavailable', store: { kind: 'sqlite', ok: false } });
    } finally {
      await t.close();
    }
  });
});

const missing = await servicesMissing(true);

describe.skipIf(missing !== null)('lobby rate limit shared through Redis', () => {
  it('counts create and join from one address across instances', async () => {
    const schema = runName('rate');
    const shared = {
      databaseUrl: PG_URL,
      databaseSchema: schema,
      redisUrl: REDIS_URL,
      redisPrefix: `${schema}:`,
      rate: { burst: 3, perMinute: 1 },
    };
    const a = await inProcessServer(shared);
    const b = await inProcessServer(shared);
    try {
      const create = (url: string) =>
        api(url, `/games/${GAME_NAME}/create`, { numPlayers: 2, setupData: { players: 2 } });
      expect((await create(a.url)).status).toBe(200);
      expect((await create(b.url)).status).toBe(200);
      expect((await create(a.url)).status).toBe(200);
      // The fourth from this address, on either instance, is over the shared burst.
      const refused = await create(b.url);
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatch(/too many/);
      expect((await create(a.url)).status).toBe(429);
      // Health on a clustered instance names both services.
      expect((await api(b.url, '/health')).body).toMatchObject({
        status: 'ok',
        store: { kind: 'postgres', ok: true },
        redis: { kind: 'redis', ok: true },
      });
    } finally {
      await a.close();
      await b.close();
      await dropSchema(schema);
      await dropKeys(`${schema}:`);
    }
  });
});
