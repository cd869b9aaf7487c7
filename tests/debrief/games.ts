// Matches for the debrief tests, played through boardgame.io's reducer by bots.
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { heuristicBot } from '../../src/ai/heuristicBot';
import { randomBot } from '../../src/ai/randomBot';
import { seededRandom } from '../../src/ai/rng';
import { actingSeat, makeMove, seededGame } from '../../src/ai/selfplay';
import { injectEvent } from '../../src/game/inject';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';

type S = State<GameState>;

/** Plays a classroom quick game; optionally injects an event after `injectAt` moves, stops after `stopAt`. */
export function play(
  seed: string,
  opts: { players?: 2 | 3; inject?: string; injectAt?: number; stopAt?: number; smart?: boolean } = {},
): S {
  const players = opts.players ?? 2;
  const game = seededGame(seed);
  let s = InitializeGame({ game, numPlayers: players, setupData: { scenario: 'classroom-quick', players } }) as S;
  const reducer = CreateGameReducer({ game, isClient: false });
  const rand = seededRandom(`bots:${seed}`);
  for (let i = 0; i < 4000 && s.ctx.gameover === undefined; i++) {
    if (opts.stopAt !== undefined && i >= opts.stopAt) break;
    if (opts.inject !== undefined && i === (opts.injectAt ?? 0)) {
      const out = injectEvent(s.G, s.ctx, opts.inject);
      if (!out.ok) throw new Error(out.reason);
      s = { ...s, G: out.G };
    }
    const seat = actingSeat(s.ctx);
    const bot = opts.smart === true && seat !== '2' ? heuristicBot : randomBot;
    const choice = bot(playerView(s.G, seat), s.ctx, seat, rand);
    if (choice === undefined) throw new Error('no legal move');
    s = reducer(s, makeMove(choice.move, choice.args, seat)) as S;
  }
  return s;
}
