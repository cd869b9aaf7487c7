// The computer opponents by level name, for the sim, the browser and the server.
// Every level is wrapped by fair(): before it thinks, what its seat cannot see is
// masked and dealt afresh from public facts with the bot's own random (redeal.ts),
// so a bot handed the full state still cannot read a secret.
import type { Bot } from './bot';
import { easyBot } from './easyBot';
import { hardBot } from './hardBot';
import { heuristicBot } from './heuristicBot';
import { randomBot } from './randomBot';
import { redeal } from './redeal';

export const BOT_LEVELS = ['random', 'easy', 'standard', 'hard'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

/** The levels a player chooses from (random is for the sim). */
export const PLAYER_LEVELS = ['easy', 'standard', 'hard'] as const satisfies readonly BotLevel[];

/** A bot that sees only a fresh guess at its seat's hidden cards, never the real ones. */
export function fair(bot: Bot): Bot {
  return (G, ctx, playerID, rand) => bot(redeal(G, playerID, rand), ctx, playerID, rand);
}

export const BOTS: Readonly<Record<BotLevel, Bot>> = {
  random: fair(randomBot),
  easy: fair(easyBot),
  standard: fair(heuristicBot),
  hard: fair(hardBot),
};

export function isBotLevel(x: string): x is BotLevel {
  return (BOT_LEVELS as readonly string[]).includes(x);
}
