// Group 'rules': how many moves per second boardgame.io's reducer applies for this
// game, against tic-tac-toe in the same process. Games are first played by random
// legal bots and recorded; then the recorded moves are replayed and only the
// replay is timed, so the bots' own thinking (and its garbage) stays out of it.
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

export async function benchRules(): Promise<Metric[]> {
  const ours = Array.from({ length: 20 }, (_, i) => recordOurs(`bench:${i}`));
  const ttt = Array.from({ length: 400 }, (_, i) => recordTicTacToe(`ttt:${i}`));
  replay(ours);
  replay(ttt);
  // Alternate the two in rounds so a busy machine slows both alike.
  const total = { ours: [0, 0], ttt: [0, 0] };
  for (let round = 0; round < 5; round++) {
    const [a, b] = replay(ours);
    const [c, d] = replay(ttt);
    total.ours = [(total.ours[0] ?? 0) + a, (total.ours[1] ?? 0) + b];
    total.ttt = [(total.ttt[0] ?? 0) + c, (total.ttt[1] ?? 0) + d];
  }
  const oursPerSecond = (total.ours[0] ?? 0) / ((total.ours[1] ?? 1) / 1000);
  const tttPerSecond = (total.ttt[0] ?? 0) / ((total.ttt[1] ?? 1) / 1000);
  return [
    { name: 'rules.stepsPerSecond', value: Math.round(oursPerSecond), unit: 'steps/s' },
    { name: 'rules.baselineStepsPerSecond', value: Math.round(tttPerSecond), unit: 'steps/s' },
    { name: 'rules.ratio', value: Math.round((oursPerSecond / tttPerSecond) * 1000) / 1000, unit: 'ratio' },
  ];
}
