// The bot interface: given what a seat may see, choose one of its legal moves.
import type { Ctx } from 'boardgame.io';
import type { MoveChoice } from '../game/enumerate';
import type { GameState } from '../game/state';
import type { Rand } from './rng';

export type Bot = (G: GameState, ctx: Ctx, playerID: string, rand: Rand) => MoveChoice | undefined;
