// The cluster contract over Redis (ioredis), for several server processes behind one
// load balancer:
// - pub/sub, one channel per match, subscribed only by the instances with a socket in
//   that match; a message carries the payload as written (instances filter it per seat
//   themselves, so no instance reads the store to forward a move);
// - a short lock per match (SET NX PX, released only by its holder);
// - seat presence as a hash of socket -> instance per seat, counting only instances
//   whose heartbeat key is alive, so a killed instance's sockets stop counting;
// - the lobby's token buckets, one hash per address, on Redis's clock.
// Every key and channel starts with the configured prefix.
// Redis going away stops none of the moves: commands fail at once instead of queueing
// (no offline queue), the lock and subscriptions are then skipped, presence is counted
// as if this instance were alone, and the rate limit falls back to this process's
// buckets. Players on other instances see a move on their next sync; /health reports it.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Cluster, MatchPayload } from './cluster';
import { RateLimiter, type Limiter, type RateOptions } from './rateLimit';

export interface RedisClusterOptions {
  readonly url: string;
  /** Put before every key and channel, so several deployments (or test runs) share one Redis. */
  readonly prefix?: string;
  readonly logger: Logger;
  /** How long a match lock lives if its holder dies without releasing it. */
  readonly lockMs?: number;
}

const HEARTBEAT_MS = 5_000;
const INSTANCE_TTL_MS = 15_000;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

const PRESENCE = `
if ARGV[3] == '1' then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) else redis.call('HDEL', KEYS[1], ARGV[1]) end
local all = redis.call('HGETALL', KEYS[1])
local n = 0
for i = 1, #all, 2 do
  if redis.call('EXISTS', ARGV[4] .. all[i + 1]) == 1 then n = n + 1 else redis.call('HDEL', KEYS[1], all[i]) end
end
if n > 0 then redis.call('PEXPIRE', KEYS[1], 86400000) end
return n`;

const TAKE = `
local burst = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2]) / 60000
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + (now - at) * perMs)
local ok = 0
if tokens >= 1 then tokens = tokens - 1; ok = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / math.max(perMs, 0.000001)) + 1000)
return ok`;

interface Envelope {
  readonly from: string;
  readonly payload: MatchPayload;
}

export class RedisCluster implements Cluster {
  readonly id = randomBytes(6).toString('hex');
  readonly kind = 'redis';
  private readonly cmd: Redis;
  private readonly sub: Redis;
  private readonly prefix: string;
  private readonly watched = new Set<string>();
  private readonly handlers: ((matchID: string, payload: MatchPayload) => void)[] = [];
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly opts: RedisClusterOptions) {
    this.prefix = opts.prefix ?? 'ngg:';
    const common = {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      enableAutoPipelining: true,
    };
    this.cmd = new Redis(opts.url, common);
    this.sub = new Redis(opts.url, { ...common, enableAutoPipelining: false });
    for (const [name, r] of [
      ['cmd', this.cmd],
      ['sub', this.sub],
    ] as const)
      r.on('error', (err: unknown) => opts.logger.warn({ event: 'redis', connection: name, err }, 'redis error'));
    this.sub.on('message', (channel: string, text: string) => this.receive(channel, text));
  }

  /** Connects both connections and starts this instance's heartbeat. */
  async connect(): Promise<void> {
    await Promise.all([this.cmd.connect(), this.sub.connect()]);
    await this.beat();
    this.heartbeat = setInterval(() => {
      this.beat().catch((err: unknown) => this.opts.logger.warn({ event: 'redis', err }, 'heartbeat failed'));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  onMessage(handler: (matchID: string, payload: MatchPayload) => void): void {
    this.handlers.push(handler);
  }

  async watch(matchID: string): Promise<void> {
    if (this.watched.has(matchID)) return;
    this.watched.add(matchID);
    try {
      await this.sub.subscribe(this.channel(matchID));
    } catch (err) {
      // The sync goes on; this instance's sockets in the match see other instances' moves
      // on their next sync, and the next sync here subscribes again.
      this.watched.delete(matchID);
      this.opts.logger.error({ event: 'redis', matchID, err }, 'subscribe failed');
    }
  }

  unwatch(matchID: string): void {
    if (!this.watched.delete(matchID)) return;
    this.sub
      .unsubscribe(this.channel(matchID))
      .catch((err: unknown) => this.opts.logger.warn({ event: 'redis', matchID, err }, 'unsubscribe failed'));
  }

  publish(matchID: string, payload: MatchPayload): void {
    const envelope: Envelope = { from: this.id, payload };
    this.cmd
      .publish(this.channel(matchID), JSON.stringify(envelope))
      .catch((err: unknown) =>
        this.opts.logger.error(
          { event: 'redis', matchID, err },
          'publish failed: other instances miss this move until their clients resync',
        ),
      );
  }

  /**
   * Takes a match's lock, waiting (on real time: what is awaited is another instance's
   * work and Redis's expiry) at most one lock period; false when it was not taken.
   */
  private async acquire(key: string, token: string): Promise<boolean> {
    const lockMs = this.opts.lockMs ?? 3_000;
    const until = Date.now() + lockMs;
    for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
      if ((await this.cmd.set(key, token, 'PX', lockMs, 'NX')) === 'OK') return true;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  async withLock<T>(matchID: string, work: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}lock:${matchID}`;
    const token = `${this.id}:${randomBytes(6).toString('hex')}`;
    const held = await this.acquire(key, token).catch((err: unknown) => {
      this.opts.logger.warn({ event: 'lock', matchID, err }, 'match lock unavailable');
      return false;
    });
    // Past the wait the work runs anyway: the store's compare-and-set still refuses a stale write.
    if (!held) this.opts.logger.warn({ event: 'lock', matchID }, 'match lock not acquired in time');
    try {
      return await work();
    } finally {
      if (held) await this.cmd.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }

  async presence(matchID: string, playerID: string, socketID: string, online: boolean): Promise<number> {
    try {
      const n = await this.cmd.eval(
        PRESENCE,
        1,
        `${this.prefix}presence:${matchID}:${playerID}`,
        socketID,
        this.id,
        online ? '1' : '0',
        `${this.prefix}instance:`,
      );
      return Number(n);
    } catch (err) {
      this.opts.logger.warn({ event: 'redis', matchID, err }, 'presence not shared');
      return online ? 1 : 0;
    }
  }

  rateLimiter(opts: RateOptions): Limiter {
    const local = new RateLimiter(opts);
    return {
      take: async (address: string) => {
        try {
          return (
            Number(
              await this.cmd.eval(TAKE, 1, `${this.prefix}rate:${address}`, String(opts.burst), String(opts.perMinute)),
            ) === 1
          );
        } catch (err) {
          this.opts.logger.warn({ event: 'redis', err }, 'rate limit not shared');
          return local.take(address);
        }
      },
    };
  }

  async ping(): Promise<void> {
    await this.cmd.ping();
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.cmd.del(`${this.prefix}instance:${this.id}`).catch(() => undefined);
    this.sub.disconnect();
    await this.cmd.quit().catch(() => undefined);
  }

  private beat(): Promise<unknown> {
    return this.cmd.set(`${this.prefix}instance:${this.id}`, String(process.pid), 'PX', INSTANCE_TTL_MS);
  }

  private channel(matchID: string): string {
    return `${this.prefix}match:${matchID}`;
  }

  private receive(channel: string, text: string): void {
    const head = `${this.prefix}match:`;
    if (!channel.startsWith(head)) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      this.opts.logger.warn({ event: 'redis', channel }, 'unreadable message dropped');
      return;
    }
    if (
      envelope.from === this.id ||
      typeof envelope.payload?.type !== 'string' ||
      !Array.isArray(envelope.payload.args)
    )
      return;
    for (const handler of this.handlers) handler(channel.slice(head.length), envelope.payload);
  }
}
