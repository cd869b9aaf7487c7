// What one server process shares with the others serving the same matches. The socket
// transport and the lobby's rate limit talk only to this interface: the in-process
// default below is a single server on its own, and redisCluster.ts is the same contract
// over Redis (REDIS_URL).
import { RateLimiter, type Limiter, type RateOptions } from './rateLimit';

/** Cluster channels named with this prefix carry class-session notices, not a match's moves. */
export const CLASS_CHANNEL_PREFIX = 'class:';

/** A message the transport broadcasts to a match's sockets ('update', 'patch', 'matchData'). */
export interface MatchPayload {
  readonly type: string;
  readonly args: unknown[];
}

export interface Cluster {
  /** This process's id among the instances. */
  readonly id: string;
  /** 'local' or 'redis', for the health endpoint and logs. */
  readonly kind: string;
  /** Adds a handler called with every payload another instance publishes for a match (or channel) watched here. */
  onMessage(handler: (matchID: string, payload: MatchPayload) => void): void;
  /** Starts receiving a match's payloads; resolves once the subscription is in place. */
  watch(matchID: string): Promise<void>;
  /** Stops receiving a match's payloads (no socket here watches it any more). */
  unwatch(matchID: string): void;
  /** Sends a payload, already written to the store, to the other instances watching the match. */
  publish(matchID: string, payload: MatchPayload): void;
  /**
   * Runs work while no other instance runs work under the same match's lock. The store's
   * compare-and-set is what keeps a match consistent; the lock only saves the work a
   * refused write would waste.
   */
  withLock<T>(matchID: string, work: () => Promise<T>): Promise<T>;
  /**
   * Records that a socket holds a seat (online) or has left it; returns how many sockets
   * on live instances now hold that seat, so a seat reads disconnected only when the last
   * of them is gone.
   */
  presence(matchID: string, playerID: string, socketID: string, online: boolean): Promise<number>;
  /** The lobby's per-address rate limit, shared by all instances. */
  rateLimiter(opts: RateOptions): Limiter;
  /** Resolves when the shared service answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** One process on its own: nothing to publish or lock; presence is counted here. */
export class LocalCluster implements Cluster {
  readonly id = 'local';
  readonly kind = 'local';
  private readonly seats = new Map<string, Set<string>>();

  constructor(private readonly now: () => number = Date.now) {}

  onMessage(): void {}
  watch(): Promise<void> {
    return Promise.resolve();
  }
  unwatch(): void {}
  publish(): void {}
  withLock<T>(_matchID: string, work: () => Promise<T>): Promise<T> {
    return work();
  }

  presence(matchID: string, playerID: string, socketID: string, online: boolean): Promise<number> {
    const key = `${matchID}\u0000${playerID}`;
    let set = this.seats.get(key);
    if (set === undefined) this.seats.set(key, (set = new Set()));
    if (online) set.add(socketID);
    else set.delete(socketID);
    if (set.size === 0) this.seats.delete(key);
    return Promise.resolve(set.size);
  }

  rateLimiter(opts: RateOptions): Limiter {
    return new RateLimiter(opts, this.now);
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}
