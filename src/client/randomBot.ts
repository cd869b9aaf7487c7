// The stand-in computer opponent: a legal move at random, after a pause so people can
// follow it and the page keeps painting between moves. A proper bot comes from src/ai.
// Seeded, so a test or a classroom replay with the same seed sees the same game.
import type { MoveChoice } from '../game/enumerate';

export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  // mulberry32: small, fast, good enough to pick among a few dozen moves.
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks a move. Ending a card early is only chosen when nothing else is legal, and a
 * card is played for operations more often than not, so random games still fill the board.
 */
export function pickMove(choices: readonly MoveChoice[], rand: () => number): MoveChoice | null {
  const useful = choices.filter((c) => c.move !== 'endPlay');
  const pool = useful.length > 0 ? useful : choices;
  if (pool.length === 0) return null;
  const ops = pool.filter((c) => c.move === 'playOps');
  const from = ops.length > 0 && rand() < 0.6 ? ops : pool;
  return from[Math.floor(rand() * from.length)] ?? null;
}
