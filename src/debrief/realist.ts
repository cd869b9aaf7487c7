// The debrief's counterfactual: the match replayed in the realist world (src/game/world.ts,
// src/game/counterfactual.ts), where Kazakhstan's values change nothing material.
// Its rope round by round, its winner, and whether values changed the winner. Pure.
import { replay, winnerOf, type StoredGame, type Winner } from '../game/counterfactual';
import { logEntries } from '../game/log';
import type { GameState } from '../game/state';

export interface RealistPoint {
  readonly round: number;
  readonly year: number;
  readonly rope: number;
}

export interface RealistDebrief {
  /** The realist rope at the end of each round it played (no final scoring here). */
  readonly rounds: readonly RealistPoint[];
  /** The realist rope at its end: after final scoring, or where a rope win stopped it. */
  readonly final: number;
  /** How the realist game ended: 'final' after the last round, 'rope' at an end of the rope. */
  readonly reason: 'final' | 'rope' | 'kazakhstanGoal';
  /** The round the realist game ended in. */
  readonly endRound: number;
  readonly winner: Exclude<Winner, null>;
  /** The realist winner differs from the real one: values changed the winner. */
  readonly winnerChanged: boolean;
  /** Stored moves the realist game refused, and moves the replay filled in (docs/LENS.md). */
  readonly dropped: number;
  readonly filled: number;
}

/** Why a match has no counterfactual. */
export type NoRealist = 'running' | 'injected' | 'noMoves';

/**
 * The counterfactual of a finished match, or why there is none: a match still running, one
 * without its stored moves, or one where the teacher injected world events (an injection
 * lands between moves, outside the move log, so a replay cannot place it).
 */
export function realistDebrief(G: GameState, stored: StoredGame | undefined): RealistDebrief | NoRealist {
  if (G.result === null) return 'running';
  if (logEntries(G).some((e) => e.kind === 'news' && e.injected === true)) return 'injected';
  if (stored === undefined || stored.actions.length === 0) return 'noMoves';
  // The stored state is the real game; only the realist one is played again.
  const realist = replay(stored, 'realist');
  const R = realist.state.G;
  const winner = winnerOf(R.result) ?? 'draw';
  return {
    rounds: R.history.map((s) => ({ round: s.round, year: s.year, rope: s.rope })),
    final: R.rope,
    reason: R.result?.reason ?? 'final',
    endRound: R.round,
    winner,
    winnerChanged: winner !== winnerOf(G.result),
    dropped: realist.dropped.length,
    filled: realist.filled,
  };
}
