// Look-ahead helpers shared by the computer opponents: a move applied with the
// rules' own move functions on a copy-on-write copy, and the die faces of a roll
// grouped by outcome, so a roll is judged once per distinct result (weighted by how
// many faces give it) rather than once per face.
import type { Ctx } from 'boardgame.io';
import { moveCopy } from '../game/clone';
import type { MoveChoice } from '../game/enumerate';
import { applyMove, softPowerTarget, softPowerValue, type MoveEnv, type SoftTarget } from '../game/moves';
import type { Rng } from '../game/random';
import { opponent } from '../game/selectors';
import { pressureRemoves, pressureThreshold } from '../game/levers';
import type { GameState } from '../game/state';
import { unlogged } from '../game/log';
import type { TileId } from '../content/ids';
import type { Rand } from './rng';

export function diceOf(face: number, rand?: Rand): Rng {
  return {
    D6: () => face,
    Number: () => (rand === undefined ? 0.5 : rand()),
    Shuffle: <T>(d: T[]) => d,
  };
}

const NO_EVENTS = { endTurn: () => undefined };

/** The state after a move, with a given die face; the turn's end is not simulated. */
export function after(G: GameState, ctx: Ctx, playerID: string, choice: MoveChoice, face = 3): GameState {
  const next = moveCopy(G);
  const env: MoveEnv = { G: next, ctx, playerID, random: diceOf(face), events: NO_EVENTS };
  unlogged(() => applyMove(env, choice.move, choice.args));
  return env.G;
}

export const rolls = (c: MoveChoice): boolean => c.move === 'softPower' || c.move === 'pressure';

/** For a roll, one face per distinct outcome with the share of faces that give it. */
export function rollOutcomes(G: GameState, c: MoveChoice): { face: number; weight: number }[] {
  const pending = G.pending;
  if (pending === null) return [{ face: 3, weight: 1 }];
  const ops = pending.opsLeft;
  const groups = new Map<number, { face: number; weight: number }>();
  for (let face = 1; face <= 6; face++) {
    const total = face + ops;
    let key: number;
    if (c.move === 'pressure') {
      const tile = c.args[0] as TileId;
      const need = pressureThreshold(G, pending.power, tile);
      key = total > need ? Math.min(pressureRemoves(total, tile), G.influence[tile][opponent(pending.power)]) : 0;
    } else {
      const target = c.args[0] as SoftTarget;
      const need = softPowerTarget(G, target, pending.power);
      const { value, dir } = softPowerValue(target, pending.power);
      const step = total >= need ? (total - need >= 3 ? 2 : 1) : 0;
      key = Math.max(0, Math.min(10, G.values[value] + dir * step));
    }
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { face, weight: 1 / 6 });
    else g.weight += 1 / 6;
  }
  return [...groups.values()];
}

/** The expected value of a move under `judge`, dice averaged by outcome. */
export function expected(
  G: GameState,
  ctx: Ctx,
  playerID: string,
  c: MoveChoice,
  judge: (S: GameState) => number,
): number {
  if (!rolls(c)) return judge(after(G, ctx, playerID, c));
  let v = 0;
  for (const o of rollOutcomes(G, c)) v += o.weight * judge(after(G, ctx, playerID, c, o.face));
  return v;
}

/** The best-valued choice; ties broken by the bot's seeded random. */
export function pickBest(
  choices: readonly MoveChoice[],
  value: (c: MoveChoice) => number,
  rand: () => number,
): MoveChoice | undefined {
  let best: MoveChoice | undefined;
  let bestValue = -Infinity;
  let ties = 0;
  for (const c of choices) {
    const v = value(c);
    if (v > bestValue + 1e-9) {
      best = c;
      bestValue = v;
      ties = 1;
    } else if (Math.abs(v - bestValue) <= 1e-9 && rand() * ++ties < 1) best = c;
  }
  return best;
}
