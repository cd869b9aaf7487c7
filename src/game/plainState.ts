// Moves are checked against the plain state, not through the draft boardgame.io
// hands them. boardgame.io wraps each move in Immer; reading a draft creates proxies
// for everything touched, and the checks read most of the board. A game plugin's
// fnWrap runs outside Immer's, so it sees the untouched state of the move being
// processed and lends it to the checks for the length of that call (synchronous,
// restored afterwards, so nested or repeated calls see their own).
import type { Plugin } from 'boardgame.io';
import type { GameState } from './state';

let current: GameState | null = null;

/** The state as it was when the move now running began, or null outside a move. */
export function plainStateOfMove(): GameState | null {
  return current;
}

export const PlainStatePlugin: Plugin = {
  name: 'ngg-plain-state',
  fnWrap:
    (method) =>
    (context, ...args) => {
      const previous = current;
      current = context.G as GameState;
      try {
        return method(context, ...args);
      } finally {
        current = previous;
      }
    },
};
