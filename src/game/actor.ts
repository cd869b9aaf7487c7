// Who must act now: the one answer the server's computer seats, its turn clock and the
// classroom dashboard all ask for. Only the actions and Kazakhstan's phases wait for a
// seat; the others (deal, news, scoring) the rules run on their own.
import type { Ctx } from 'boardgame.io';

/** The seat that must act in this state, or null while the rules run on their own or the game is over. */
export function actingSeat(ctx: Pick<Ctx, 'phase' | 'currentPlayer' | 'gameover'>): string | null {
  if (ctx.gameover !== undefined) return null;
  return ctx.phase === 'actions' || ctx.phase === 'kazakhstan' ? ctx.currentPlayer : null;
}
