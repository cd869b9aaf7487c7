// GET /health: whether this instance can reach its store and its cluster service, and
// which version it runs. 200 when everything answers, 503 otherwise, so a load balancer
// can take an instance out of rotation.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Cluster } from './cluster';
import type { MatchStore } from './matchStore';
import { refused } from '../online/reasons';
import { errorBody } from './refused';

const VERSION = ((): string => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
})();

/** How long a check may take before it counts as unreachable. */
const CHECK_MS = 2_000;

interface Check {
  readonly kind: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly error?: string;
}

async function check(kind: string, probe: () => Promise<void>): Promise<Check> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_MS} ms`)), CHECK_MS);
      }),
    ]);
    return { kind, ok: true, ms: Math.round(performance.now() - t0) };
  } catch (err) {
    return {
      kind,
      ok: false,
      ms: Math.round(performance.now() - t0),
      error: (err instanceof Error ? err.message : String(err)).slice(0, 200),
    };
  } finally {
    clearTimeout(timer);
  }
}

export function health(req: IncomingMessage, res: ServerResponse, store: MatchStore, cluster: Cluster): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD' });
    res.end(JSON.stringify(errorBody(refused('wrongMethod', { allowed: 'GET' }))));
    return;
  }
  void Promise.all([check(store.kind, () => store.ping()), check(cluster.kind, () => cluster.ping())]).then(
    ([s, r]) => {
      const ok = s.ok && r.ok;
      const body = JSON.stringify({
        status: ok ? 'ok' : 'unavailable',
        version: VERSION,
        instance: cluster.id,
        store: s,
        redis: r,
      });
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  );
}
