// npm run sim -- --games N --seed S [--scenario ID] [--players 2|3] [--news historical|alternate]
//                [--bots L,L[,L]] [--workers N] --json
// Plays N complete games through boardgame.io's reducer and prints one JSON object:
// win rates with 95 % Wilson intervals, action and lens shares, Kazakhstan's final
// values (min, median, max). --workers N splits the games over N worker threads; the
// figures are the same as with one (games are seeded by number).
import { Worker } from 'node:worker_threads';
import { SCENARIO_IDS, type ScenarioId } from '../src/content/ids';
import { BOT_LEVELS, isBotLevel, type BotLevel } from '../src/ai/bots';
import { merge, report, tally, type Tally } from '../src/ai/simulate';
import { BOTS } from '../src/ai/bots';
import { fail, readArgs } from './args';

const args = readArgs(process.argv.slice(2));
const games = Number(args.get('games') ?? '100');
if (!Number.isInteger(games) || games < 1) fail('--games must be a positive whole number');
const seed = args.get('seed') ?? '1';
const scenario = (args.get('scenario') ?? 'belt-and-road-2013') as ScenarioId;
if (!SCENARIO_IDS.includes(scenario)) fail(`--scenario must be one of ${SCENARIO_IDS.join(', ')}`);
const players = Number(args.get('players') ?? '2');
if (players !== 2 && players !== 3) fail('--players must be 2 or 3');
const news = args.get('news') ?? 'historical';
if (news !== 'historical' && news !== 'alternate') fail('--news must be historical or alternate');
const workers = Number(args.get('workers') ?? '1');
if (!Number.isInteger(workers) || workers < 1 || workers > 64) fail('--workers must be a whole number from 1 to 64');

const levels = (args.get('bots') ?? 'random,random,random').split(',');
if (levels.length > 3 || !levels.every(isBotLevel))
  fail(`--bots takes up to three levels from ${BOT_LEVELS.join(', ')}, e.g. --bots standard,easy`);
const seats = [0, 1, 2].map((i) => (levels[i] ?? levels[levels.length - 1] ?? 'random') as BotLevel);
const setup = { scenario, players: players as 2 | 3, newsMode: news as 'historical' | 'alternate' };

function inWorker(share: readonly [number, number]): Promise<Tally> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./simWorker.mjs', import.meta.url), {
      workerData: { games, seed, setup, levels: seats, share },
    });
    w.once('message', (t: Tally) => resolve(t));
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`sim worker stopped with code ${code}`));
    });
  });
}

const t0 = performance.now();
const n = Math.min(workers, games);
const t =
  n === 1
    ? tally({ games, seed, setup, bots: seats.map((l) => BOTS[l]) })
    : merge(await Promise.all(Array.from({ length: n }, (_, k) => inWorker([k, n]))));
const r = report(t);
const out = {
  scenario,
  players,
  seed,
  bots: seats.slice(0, players).join(','),
  workers: n,
  ...r,
  wallSeconds: Math.round(performance.now() - t0) / 1000,
};
process.stdout.write(args.has('json') ? `${JSON.stringify(out)}\n` : `${JSON.stringify(out, null, 2)}\n`);
if (r.errors > 0) process.exitCode = 1;
