// Kazakhstan, the swing actor. Each round it first hedges (balancing, the realist
// reflex: lean too far to one power and it gives the other a point), then adopts one
// policy. The automaton draws the policy with weights from its values; a human
// Kazakhstan chooses from a hand of three.
import type { Rng } from './random';
import type { Power, TileId } from '../content/ids';
import { tilesOf } from '../content/tiles';
import type { PolicyDef } from '../content/types';
import { POLICIES, POLICY_BY_ID } from '../content/index';
import { addInfluence, applyEffects } from './effects';
import { alignment } from './selectors';
import type { GameState } from './state';
import { record } from './log';

export const HEDGE_AT = 4;
export const POLICY_HAND_SIZE = 3;

export function policyWeight(G: Pick<GameState, 'values'>, p: PolicyDef): number {
  const w = p.weight;
  const plus = (w.plus ?? []).reduce((s, v) => s + G.values[v], 0);
  const minus = (w.minus ?? []).reduce((s, v) => s + G.values[v], 0);
  return Math.max(0, (w.base + plus - minus) / (w.divide ?? 1));
}

/** The Kazakh battleground where the two powers stand closest (ties: board order, Astana first). */
export function mostContestedTile(G: Pick<GameState, 'influence'>): TileId {
  let best: TileId = 'astana';
  let bestGap = Infinity;
  for (const t of tilesOf('kazakhstan')) {
    if (!t.battleground) continue;
    const gap = Math.abs(G.influence[t.id].russia - G.influence[t.id].china);
    if (gap < bestGap) {
      best = t.id;
      bestGap = gap;
    }
  }
  return best;
}

/** The power Kazakhstan hedges toward this round, or null. */
export function hedgeBeneficiary(G: Parameters<typeof alignment>[0]): Power | null {
  const a = alignment(G);
  if (a >= HEDGE_AT) return 'russia';
  if (a <= -HEDGE_AT) return 'china';
  return null;
}

export function hedge(G: GameState): void {
  const p = hedgeBeneficiary(G);
  if (p === null) return;
  const tile = mostContestedTile(G);
  addInfluence(G, p, tile, 1, { type: 'hedge', id: tile, by: 'kazakhstan' }, 'material');
}

export function adoptPolicy(G: GameState, id: string, by: 'automaton' | 'player'): void {
  const policy = POLICY_BY_ID[id];
  if (policy === undefined) return;
  record(G, { kind: 'policy', round: G.round, policy: policy.id, by });
  applyEffects(G, policy.effects, null, { type: 'policy', id, by: 'kazakhstan' });
}

/** The automaton's choice: one policy drawn with weights from Kazakhstan's values. */
export function automatonPolicy(G: GameState, random: Rng): string {
  const weights = POLICIES.map((p) => policyWeight(G, p));
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random.Number() * total;
  for (let i = 0; i < POLICIES.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return POLICIES[i]?.id ?? 'p-summit';
  }
  return POLICIES[POLICIES.length - 1]?.id ?? 'p-summit';
}

export function dealPolicyHand(G: GameState, random: Rng): void {
  G.policyHand = random.Shuffle(POLICIES.map((p) => p.id)).slice(0, POLICY_HAND_SIZE);
  G.nudged = false;
}
