// Group 'rules': how many moves per second boardgame.io's reducer applies for this
// game, against tic-tac-toe in the same process. Games are first played by random
// legal bots and recorded; then the recorded moves are replayed and only the
// replay is timed, so the bots' own thinking (and its garbage) stays out of it.
// Each game is replayed in production mode, as a server runs it.
import type { Game, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { randomBot } from '../../src/ai/randomBot';
import { seededRandom } from '../../src/ai/rng';
import { actingSeat, makeMove, seededGame } from '../../src/ai/selfplay';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import type { Metric } from './metric';
import { freeCells, ticTacToe } from './tictactoe';

type Action = ReturnType<typeof makeMove>;
interface Recording {
  readonly game: () => Game;
  readonly actions: readonly Action[];
}

function recordOurs(seed: string): Recording {
  const game = seededGame(seed);
  let s = InitializeGame({ game, numPlayers: 2 }) as State<GameState>;
  const reducer = CreateGameReducer({ game, isClient: false });
  const rand = seededRandom(seed);
  const actions: Action[] = [];
  while (s.ctx.gameover === undefined) {
    const seat = actingSeat(s.ctx);
    const choice = randomBot(playerView(s.G, seat), s.ctx, seat, rand);
    if (choice === undefined) break;
    const a = makeMove(choice.move, choice.args, seat);
    actions.push(a);
    s = reducer(s, a) as State<GameState>;
  }
  return { game: () => seededGame(seed), actions };
}

function recordTicTacToe(seed: string): Recording {
  const game = ticTacToe(seed);
  let s = InitializeGame({ game, numPlayers: 2 }) as State<{ cells: (string | null)[] }>;
  const reducer = CreateGameReducer({ game, isClient: false });
  const rand = seededRandom(seed);
  const actions: Action[] = [];
  while (s.ctx.gameover === undefined) {
    const free = freeCells(s.G);
    const a = makeMove('clickCell', [free[Math.floor(rand() * free.length)] ?? 0], s.ctx.currentPlayer);
    actions.push(a);
    s = reducer(s, a) as typeof s;
  }
  return { game: () => ticTacToe(seed), actions };
}

/** Replays every recording once; returns [steps, milliseconds inside the reducer]. */
function replay(recordings: readonly Recording[]): [number, number] {
  let steps = 0;
  let ms = 0;
  for (const r of recordings) {
    const game = r.game();
    let s = InitializeGame({ game, numPlayers: 2 }) as State;
    const reducer = CreateGameReducer({ game, isClient: false });
    const t0 = performance.now();
    for (const a of r.actions) s = reducer(s, a) as State;
    ms += performance.now() - t0;
    steps += r.actions.length;
  }
  return [steps, ms];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

export async function benchRules(): Promise<Metric[]> {
  const ours = Array.from({ length: 10 }, (_, i) => recordOurs(`bench:${i}`));
  const ttt = Array.from({ length: 200 }, (_, i) => recordTicTacToe(`ttt:${i}`));
  replay(ours);
  replay(ttt);
  // Short alternating rounds, each paired with its neighbour: a machine whose load
  // changes over the run slows both sides of a pair alike. The medians are reported.
  const oursRate: number[] = [];
  const tttRate: number[] = [];
  const ratio: number[] = [];
  for (let round = 0; round < 11; round++) {
    const [a, b] = replay(ours);
    const [c, d] = replay(ttt);
    const o = a / (b / 1000);
    const t = c / (d / 1000);
    oursRate.push(o);
    tttRate.push(t);
    ratio.push(o / t);
  }
  return [
    { name: 'rules.stepsPerSecond', value: Math.round(median(oursRate)), unit: 'steps/s' },
    { name: 'rules.baselineStepsPerSecond', value: Math.round(median(tttRate)), unit: 'steps/s' },
    { name: 'rules.ratio', value: Math.round(median(ratio) * 1000) / 1000, unit: 'ratio' },
  ];
}
