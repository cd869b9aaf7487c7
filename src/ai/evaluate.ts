// How good a position is for one power, read through the rules' own scoring: the
// rope, what Kazakhstan and the other countries would score now (values included),
// the margins on each tile, the projects that pay each round, and Kazakhstan's trust.
// Only public facts are used: no hand, deck or future news.
import { COUNTRIES, POWERS, TILE_IDS, type Power } from '../content/ids';
import { INCOME_WARINESS_LIMIT, PROJECT_BY_KIND } from '../content/projects';
import { COUNTRY_SCORING, TILE_BY_ID } from '../content/tiles';
import { countryScore } from '../game/scoring';
import { opponent, warinessOf } from '../game/selectors';
import type { GameState } from '../game/state';

export interface Weights {
  readonly rope: number;
  readonly kazakhstanScore: number;
  readonly otherScore: number;
  readonly margin: number;
  readonly income: number;
  readonly wariness: number;
}

export const STANDARD_WEIGHTS: Weights = { rope: 1, kazakhstanScore: 1.2, otherScore: 0.35, margin: 0.35, income: 0.6, wariness: 0.3 };

/** Positive is good for `me`. */
export function evaluate(G: GameState, me: Power, w: Weights = STANDARD_WEIGHTS): number {
  const them = opponent(me);
  if (G.result !== null) {
    if ('draw' in G.result) return 0;
    return G.result.winner === me ? 1000 : -1000;
  }
  const sign = me === 'china' ? 1 : -1;
  let v = w.rope * sign * G.rope;
  for (const c of COUNTRIES) {
    const s = countryScore(G, c, COUNTRY_SCORING[c].tiers);
    const diff = s.material[me] + s.ideational[me] - s.material[them] - s.ideational[them];
    v += (c === 'kazakhstan' ? w.kazakhstanScore : w.otherScore) * diff;
  }
  for (const t of TILE_IDS) {
    const def = TILE_BY_ID[t];
    const lead = G.influence[t][me] - G.influence[t][them];
    const capped = Math.max(-(def.stability + 1), Math.min(def.stability + 1, lead));
    const weight = (def.battleground ? 1 : 0.5) * (def.country === 'kazakhstan' ? 1.5 : 1);
    v += w.margin * weight * capped;
    for (const kind of G.projects[t]) {
      const p = PROJECT_BY_KIND[kind];
      const pays = def.country !== 'kazakhstan' || G.values[warinessOf(p.owner)] < INCOME_WARINESS_LIMIT;
      if (pays) v += w.income * p.income * (p.owner === me ? 1 : -1);
    }
  }
  for (const p of POWERS) v += w.wariness * (p === me ? -1 : 1) * G.values[warinessOf(p)];
  return v;
}
