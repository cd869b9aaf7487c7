// Messages between the page and the computer's Web Worker (botWorker.ts).
import type { Ctx } from 'boardgame.io';
import type { BotLevel } from '../ai/bots';
import type { MoveChoice } from '../game/enumerate';
import type { GameState } from '../game/state';

export interface BotRequest {
  readonly id: number;
  /** The seat's own view of the state (never the full state). */
  readonly G: GameState;
  readonly ctx: Ctx;
  readonly seat: string;
  readonly level: BotLevel;
  /** Seed for the bot's random, drawn from the match's seeded random. */
  readonly seed: number;
}

export interface BotReply {
  readonly id: number;
  readonly choice: MoveChoice | null;
  /** Thinking time in the worker. */
  readonly ms: number;
  readonly error?: string;
}
