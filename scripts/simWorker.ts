// One worker thread of `npm run sim -- --workers N`: plays its share of the games
// (every N-th, by number) and posts back the raw tally.
import { parentPort, workerData } from 'node:worker_threads';
import { BOTS, type BotLevel } from '../src/ai/bots';
import { tally } from '../src/ai/simulate';
import type { SetupData } from '../src/game/setup';

interface Job {
  readonly games: number;
  readonly seed: string;
  readonly setup: SetupData;
  readonly levels: readonly BotLevel[];
  readonly share: readonly [number, number];
}

const job = workerData as Job;
const t = tally(
  { games: job.games, seed: job.seed, setup: job.setup, bots: job.levels.map((l) => BOTS[l]) },
  job.share,
);
parentPort?.postMessage(t);
