// npm run sim -- --games N --seed S [--scenario ID] [--players 2|3] [--news historical|alternate] [--bots L,L[,L]] --json
// Plays N complete games through boardgame.io's reducer and prints one JSON object.
import { SCENARIO_IDS, type ScenarioId } from '../src/content/ids';
import { BOTS, BOT_LEVELS, isBotLevel, type BotLevel } from '../src/ai/bots';
import { simulate } from '../src/ai/simulate';
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

const levels = (args.get('bots') ?? 'random,random,random').split(',');
if (!levels.every(isBotLevel)) fail(`--bots takes levels from ${BOT_LEVELS.join(', ')}, e.g. --bots standard,random`);
const seats = [0, 1, 2].map((i) => (levels[i] ?? levels[levels.length - 1] ?? 'random') as BotLevel);

const t0 = performance.now();
const report = simulate({
  games,
  seed,
  setup: { scenario, players, newsMode: news },
  bots: seats.map((l) => BOTS[l]),
});
const out = { scenario, players, seed, bots: seats.slice(0, players).join(','), ...report, wallSeconds: Math.round(performance.now() - t0) / 1000 };
process.stdout.write(args.has('json') ? `${JSON.stringify(out)}\n` : `${JSON.stringify(out, null, 2)}\n`);
if (report.errors > 0) process.exitCode = 1;
