// What a game is started with, from the first screen (and a few URL knobs that tests
// and teachers use: a fixed seed for a reproducible game, a faster computer opponent).
import { isBotLevel, type BotLevel } from '../ai/bots';
import type { ScenarioId } from '../content/ids';
import { SCENARIO_IDS } from '../content/ids';

export type PlayMode = 'hotseat' | 'computer' | 'tutorial';

export interface MatchOptions {
  readonly mode: PlayMode;
  readonly scenario: ScenarioId;
  readonly players: 2 | 3;
  /** Seats a person plays, e.g. ['0'] against the computer, all seats in hotseat. */
  readonly humanSeats: readonly string[];
  /** Fixed seed for a reproducible match, e.g. "class-7b"; random when absent. */
  readonly seed?: string;
  /** Milliseconds the computer waits before moving, so a person can follow it. */
  readonly botDelayMs?: number;
  /** How the computer plays: 'standard' looks one move ahead, 'random' picks any legal move. */
  readonly botLevel?: BotLevel;
}

export type UrlOptions = Pick<MatchOptions, 'seed' | 'botDelayMs' | 'botLevel'>;

export function isScenario(x: string): x is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(x);
}

export function readUrlOptions(search: string): Partial<UrlOptions> {
  const q = new URLSearchParams(search);
  const out: { seed?: string; botDelayMs?: number; botLevel?: BotLevel } = {};
  const bot = q.get('bot');
  if (bot !== null && isBotLevel(bot)) out.botLevel = bot;
  const seed = q.get('seed');
  if (seed !== null && seed !== '') out.seed = seed.slice(0, 64);
  const delay = Number(q.get('botDelay'));
  if (q.has('botDelay') && Number.isFinite(delay) && delay >= 0) out.botDelayMs = Math.min(delay, 5000);
  return out;
}

/**
 * The tutorial is one fixed game: Russia against a beginner computer on the quick
 * scenario, from a fixed seed, so the cards and tiles its prompts name are really there.
 */
export const TUTORIAL: MatchOptions = {
  mode: 'tutorial',
  scenario: 'classroom-quick',
  players: 2,
  humanSeats: ['0'],
  seed: 'tutorial-1',
  botLevel: 'random',
  botDelayMs: 900,
};

export function seatsFor(mode: PlayMode, players: 2 | 3, humanSeat: string): string[] {
  const all = players === 3 ? ['0', '1', '2'] : ['0', '1'];
  return mode === 'hotseat' ? all : [humanSeat];
}
