// The random legal bot: a uniform choice among the seat's legal moves.
import { enumerate } from '../game/enumerate';
import type { Bot } from './bot';
import { pick } from './rng';

export const randomBot: Bot = (G, ctx, playerID, rand) => pick(enumerate(G, ctx, playerID), rand);
