// A game that costs nothing: one counter, the turn passes after each move, no end.
// The server bench runs it on boardgame.io's stock server as its baseline.
import type { Game } from 'boardgame.io';

export const COUNTER_GAME = 'counter';

export const counterGame: Game<{ n: number }> = {
  name: COUNTER_GAME,
  setup: () => ({ n: 0 }),
  turn: { minMoves: 1, maxMoves: 1 },
  moves: {
    inc: ({ G }) => {
      G.n += 1;
    },
  },
};
