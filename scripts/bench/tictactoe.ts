// The baseline: boardgame.io's own tutorial game, measured in the same process, so
// rules.ratio says what our rules cost over boardgame.io's fixed overhead.
import type { Ctx, Game } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';

interface TicTacToe {
  cells: (string | null)[];
}

const LINES = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
  [0, 3, 6],
  [1, 4, 7],
  [2, 5, 8],
  [0, 4, 8],
  [2, 4, 6],
] as const;

function winner(cells: (string | null)[]): string | null {
  for (const [a, b, c] of LINES)
    if (cells[a] !== null && cells[a] === cells[b] && cells[a] === cells[c]) return cells[a] ?? null;
  return null;
}

export function ticTacToe(seed: string): Game<TicTacToe> {
  return {
    name: 'tic-tac-toe',
    seed,
    setup: () => ({ cells: Array<string | null>(9).fill(null) }),
    turn: { minMoves: 1, maxMoves: 1 },
    moves: {
      clickCell: ({ G, playerID }, id: number) => {
        if (G.cells[id] !== null) return INVALID_MOVE;
        G.cells[id] = playerID;
        return undefined;
      },
    },
    endIf: ({ G }: { G: TicTacToe; ctx: Ctx }) => {
      const w = winner(G.cells);
      if (w !== null) return { winner: w };
      if (G.cells.every((c) => c !== null)) return { draw: true };
      return undefined;
    },
  };
}

export function freeCells(G: TicTacToe): number[] {
  return G.cells.flatMap((c, i) => (c === null ? [i] : []));
}
