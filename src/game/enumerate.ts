// Every legal move of a seat, in full. Candidates are generated from the state and
// kept only where the rules' own check accepts them, so the list can never offer
// what the move would refuse. Bots, the keyboard panel and the tests all use it.
import type { Ctx } from 'boardgame.io';
import { POWERS, PROJECT_KINDS, TILE_IDS } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { REFUSE, roleOfSeat, SOFT_TARGETS, type MoveName } from './moves';
import type { GameState } from './state';

export interface MoveChoice {
  readonly move: MoveName;
  readonly args: unknown[];
}

function candidates(G: GameState, ctx: Ctx, playerID: string): MoveChoice[] {
  const role = roleOfSeat(playerID);
  if (role === 'kazakhstan') {
    const out: MoveChoice[] = [];
    if (!G.nudged)
      for (const t of TILE_IDS)
        for (const p of POWERS) for (const d of [1, -1]) out.push({ move: 'kzNudge', args: [t, p, d] });
    for (const id of G.policyHand) out.push({ move: 'kzPolicy', args: [id] });
    return out;
  }
  if (role === null) return [];
  if (G.pending === null) {
    return G.hands[role].flatMap((c): MoveChoice[] => [
      { move: 'playOps', args: [c] },
      { move: 'playEvent', args: [c] },
    ]);
  }
  // Only candidates the card in play can still take (the checks below would refuse the rest).
  const out: MoveChoice[] = [{ move: 'endPlay', args: [] }];
  const action = G.pending.action;
  if (action === null || action === 'influence')
    for (const t of TILE_IDS) out.push({ move: 'placeInfluence', args: [t] });
  if (action === null || action === 'invest') {
    const kinds = PROJECT_KINDS.filter((k) => PROJECT_BY_KIND[k].owner === role);
    for (const t of TILE_IDS)
      if (G.influence[t][role] > 0) for (const k of kinds) out.push({ move: 'invest', args: [t, k] });
  }
  if (action === null) {
    for (const s of SOFT_TARGETS) out.push({ move: 'softPower', args: [s] });
    for (const t of TILE_IDS) out.push({ move: 'pressure', args: [t] });
  }
  return out;
}

export function enumerate(G: GameState, ctx: Ctx, playerID: string | null | undefined): MoveChoice[] {
  if (playerID === null || playerID === undefined) return [];
  return candidates(G, ctx, playerID).filter((c) => REFUSE[c.move](G, ctx, playerID, c.args) === null);
}
