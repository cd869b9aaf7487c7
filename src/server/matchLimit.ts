// One address holds at most a bounded number of unstarted matches (a seat still free; 50 by
// default: generous for a school behind one address), so a burst of creations cannot fill
// the store. A create (or a rematch) from an address at the bound is refused with the code
// `matchLimit` and creates nothing; a match that is created is marked with its creator, a
// hash of the address (the address itself is never stored). Creations from one address
// run one after another in this process, so a burst cannot slip past the count.
import { createHash } from 'node:crypto';
import type Koa from 'koa';
import { refused } from '../online/reasons';
import { MatchQueues } from './matchQueue';
import type { MatchStore } from './matchStore';
import { Refused } from './refused';

export const DEFAULT_UNSTARTED_PER_ADDRESS = 50;
export const CREATOR_FIELD = 'creator';

const CREATES = /^\/games\/[^/]+\/(?:create|[^/]+\/playAgain)\/?$/;

/** The stored mark of an address: a short hash, enough to count by, not to recover it. */
export function creatorOf(address: string): string {
  return createHash('sha256').update(`ngg-creator:${address}`).digest('base64url').slice(0, 22);
}

/** Added after the lobby's guard (which answers the refusal) and before boardgame.io's routes. */
export function creationLimit(store: MatchStore, max: number): Koa.Middleware {
  const queues = new MatchQueues();
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || !CREATES.test(ctx.path)) return next();
    const creator = creatorOf(ctx.ip);
    await queues.run(creator, async () => {
      if ((await store.countUnstarted(creator)) >= max) throw new Refused(refused('matchLimit', { max }));
      await next();
      const body = ctx.body as { matchID?: unknown; nextMatchID?: unknown } | undefined;
      const id = body?.matchID ?? body?.nextMatchID;
      if (ctx.status === 200 && typeof id === 'string') await store.patchMetadata(id, { [CREATOR_FIELD]: creator });
    });
  };
}
