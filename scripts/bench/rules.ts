// Group 'rules': reducer steps per second for this game under random legal play,
// and for tic-tac-toe in the same process. Only time inside the reducer counts.
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { randomBot } from '../../src/ai/randomBot';
import { seededRandom } from '../../src/ai/rng';
import { makeMove, playOne } from '../../src/ai/selfplay';
import type { Metric } from './metric';
import { freeCells, ticTacToe } from './tictactoe';

function ourStepsPerSecond(games: number): number {
  let steps = 0;
  let ms = 0;
  for (let i = 0; i < games; i++) {
    const r = playOne({ seed: `bench:${i}`, setup: {}, bots: [randomBot, randomBot] });
    steps += r.moves;
    ms += r.reducerMs;
  }
  return steps / (ms / 1000);
}

function baselineStepsPerSecond(games: number): number {
  let steps = 0;
  let ms = 0;
  const rand = seededRandom('ttt');
  for (let i = 0; i < games; i++) {
    const game = ticTacToe(`ttt:${i}`);
    let s = InitializeGame({ game, numPlayers: 2 }) as State<{ cells: (string | null)[] }>;
    const reducer = CreateGameReducer({ game, isClient: false });
    while (s.ctx.gameover === undefined) {
      const free = freeCells(s.G);
      const cell = free[Math.floor(rand() * free.length)] ?? 0;
      const t0 = performance.now();
      s = reducer(s, makeMove('clickCell', [cell], s.ctx.currentPlayer)) as typeof s;
      ms += performance.now() - t0;
      steps++;
    }
  }
  return steps / (ms / 1000);
}

export async function benchRules(): Promise<Metric[]> {
  // Warm up both, then measure.
  ourStepsPerSecond(3);
  baselineStepsPerSecond(200);
  const ours = ourStepsPerSecond(40);
  const base = baselineStepsPerSecond(3000);
  return [
    { name: 'rules.stepsPerSecond', value: Math.round(ours), unit: 'steps/s' },
    { name: 'rules.baselineStepsPerSecond', value: Math.round(base), unit: 'steps/s' },
    { name: 'rules.ratio', value: Math.round((ours / base) * 1000) / 1000, unit: 'ratio' },
  ];
}
