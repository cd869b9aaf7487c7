// Redis going away mid-match, on a Redis server of this test's own (killed and restarted):
// moves still apply and are stored, /health says 503, and once Redis is back the
// instances share moves again without a restart.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import {
  api,
  freePort,
  gameClient,
  inProcessServer,
  playOneMove,
  rng,
  seatedMatch,
  stateOf,
  waitFor,
  type GameClient,
  type TestServer,
} from './helpers';
import { dropSchema, PG_URL, runName, servicesMissing } from './services';

const missing = await servicesMissing(false);
const binary = spawnSync('redis-server', ['--version']).status === 0;
if (!binary) process.stdout.write('skipping the Redis outage test: no redis-server binary to start and stop\n');

async function redisOn(port: number): Promise<ChildProcess> {
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    proc.stdout?.on('data', (b: Buffer) => {
      if (/Ready to accept connections/.test(b.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return proc;
}

/** Polls an async probe until it holds. */
async function eventually(probe: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function kill(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

describe.skipIf(missing !== null || !binary)('Redis outage', () => {
  const schema = runName('outage');
  const servers: TestServer[] = [];
  let redis: ChildProcess | undefined;
  afterAll(async () => {
    for (const s of servers) await s.close();
    if (redis !== undefined) await kill(redis);
    await dropSchema(schema);
  });

  it('keeps applying and storing moves while Redis is down, and shares them again once it is back', async () => {
    const port = await freePort();
    redis = await redisOn(port);
    const shared = {
      databaseUrl: PG_URL,
      databaseSchema: schema,
      redisUrl: `redis://127.0.0.1:${port}`,
      redisPrefix: 't:',
    };
    const a = await inProcessServer(shared);
    servers.push(a);
    const b = await inProcessServer(shared);
    servers.push(b);
    const { matchID, credentials } = await seatedMatch(a.url, 2);
    const clients: Record<string, GameClient> = {
      '0': gameClient(a.url, matchID, '0', credentials['0']),
      '1': gameClient(b.url, matchID, '1', credentials['1']),
    };
    try {
      const rand = rng(3);
      await playOneMove(clients, rand);
      await kill(redis);
      const health = await api(a.url, '/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ store: { ok: true }, redis: { kind: 'redis', ok: false } });
      // The seat to move makes its move through its own instance: applied, stored, acknowledged.
      const before = Math.max(...Object.values(clients).map((c) => stateOf(c)?._stateID ?? 0));
      const state = stateOf(clients['0'] as GameClient);
      const mover = state?.ctx.currentPlayer ?? '0';
      const one = { [mover]: clients[mover] as GameClient };
      const acked = await playOneMove(one, rand);
      expect(acked).toBe(before + 1);
      const stored = await (mover === '0' ? a : b).server.store.fetch(matchID, { state: true });
      expect(stored.state?._stateID).toBe(before + 1);

      // Redis back on the same port: both instances reconnect and resubscribe by themselves.
      redis = await redisOn(port);
      await eventually(
        async () => (await api(a.url, '/health')).status === 200 && (await api(b.url, '/health')).status === 200,
        15_000,
        'health 200 again',
      );
      // The other seat catches up by a resync (a reload), then moves cross instances again.
      const other = mover === '0' ? '1' : '0';
      (clients[other] as GameClient).stop();
      clients[other] = gameClient(other === '0' ? a.url : b.url, matchID, other, credentials[other]);
      await waitFor(
        () => (stateOf(clients[other] as GameClient)?._stateID ?? -1) >= before + 1,
        10_000,
        'resynced seat',
      );
      for (let i = 0; i < 4; i++) expect(await playOneMove(clients, rand)).not.toBeNull();
    } finally {
      for (const c of Object.values(clients)) c.stop();
    }
  });
});
