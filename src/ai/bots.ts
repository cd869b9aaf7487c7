// The computer opponents by level name, for the sim, the browser and the server.
import type { Bot } from './bot';
import { heuristicBot } from './heuristicBot';
import { randomBot } from './randomBot';

export const BOT_LEVELS = ['random', 'standard'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

export const BOTS: Readonly<Record<BotLevel, Bot>> = {
  random: randomBot,
  standard: heuristicBot,
};

export function isBotLevel(x: string): x is BotLevel {
  return (BOT_LEVELS as readonly string[]).includes(x);
}
