// The computer's thinking, off the page's main thread: a Web Worker receives one
// seat's view and a level, runs that level's bot (src/ai) and posts back its choice.
// The page never waits on it, so it keeps painting and answering while a Hard bot
// searches.
import { BOTS, isBotLevel } from '../ai/bots';
import { seededRandom } from '../ai/rng';
import type { BotRequest, BotReply } from './botProtocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage: (m: BotReply) => void;
};

function isRequest(x: unknown): x is BotRequest {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.id === 'number' &&
    typeof r.seat === 'string' &&
    typeof r.level === 'string' &&
    isBotLevel(r.level) &&
    typeof r.seed === 'number' &&
    typeof r.G === 'object' &&
    r.G !== null &&
    typeof r.ctx === 'object' &&
    r.ctx !== null
  );
}

scope.onmessage = (e) => {
  const req = e.data;
  if (!isRequest(req)) return;
  const t0 = performance.now();
  try {
    const choice = BOTS[req.level](req.G, req.ctx, req.seat, seededRandom(req.seed));
    scope.postMessage({ id: req.id, choice: choice ?? null, ms: performance.now() - t0 });
  } catch (err) {
    scope.postMessage({
      id: req.id,
      choice: null,
      ms: performance.now() - t0,
      error: err instanceof Error ? err.message : String(err),
    });
  }
};
