// How good a position is for one power, read through the rules' own scoring: the
// rope, what Kazakhstan and the other countries would score now (values included),
// the margins on each tile, the projects that pay each round, Kazakhstan's trust and
// where its Reform and Identity lean. Only public facts are used: no hand, deck or
// future news.
import { COUNTRIES, TILE_IDS, type Power, type TileId } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { incomeStatus } from '../game/levers';
import { COUNTRY_SCORING, TILE_BY_ID } from '../content/tiles';
import { countryScore } from '../game/scoring';
import type { GameState } from '../game/state';

export interface Weights {
  readonly rope: number;
  readonly kazakhstanScore: number;
  readonly otherScore: number;
  readonly margin: number;
  readonly income: number;
  readonly wariness: number;
  /** Per step of Reform and of Identity toward the side that favours the power (low for Russia, high for China). */
  readonly lean: number;
}

export const STANDARD_WEIGHTS: Weights = {
  rope: 1,
  kazakhstanScore: 1.2,
  otherScore: 0.35,
  margin: 0.35,
  income: 0.6,
  wariness: 0.4,
  lean: 0.25,
};

interface TileFacts {
  readonly id: TileId;
  readonly cap: number;
  readonly weight: number;
  readonly kazakh: boolean;
}

const TILE_FACTS: readonly TileFacts[] = TILE_IDS.map((id) => {
  const def = TILE_BY_ID[id];
  return {
    id,
    cap: def.stability + 1,
    weight: (def.battleground ? 1 : 0.5) * (def.country === 'kazakhstan' ? 1.5 : 1),
    kazakh: def.country === 'kazakhstan',
  };
});

/** Positive is good for `me`. */
export function evaluate(G: GameState, me: Power, w: Weights = STANDARD_WEIGHTS): number {
  if (G.result !== null) {
    if ('draw' in G.result) return 0;
    return G.result.winner === me ? 1000 : -1000;
  }
  const sign = me === 'china' ? 1 : -1;
  const them: Power = me === 'china' ? 'russia' : 'china';
  let v = w.rope * sign * G.rope;
  for (const c of COUNTRIES) {
    const s = countryScore(G, c, COUNTRY_SCORING[c].tiers);
    const diff = s.material[me] + s.ideational[me] - s.material[them] - s.ideational[them];
    v += (c === 'kazakhstan' ? w.kazakhstanScore : w.otherScore) * diff;
  }
  const wr = G.values.warinessRussia;
  const wc = G.values.warinessChina;
  for (const t of TILE_FACTS) {
    const inf = G.influence[t.id];
    const lead = inf[me] - inf[them];
    v += w.margin * t.weight * (lead > t.cap ? t.cap : lead < -t.cap ? -t.cap : lead);
    const projects = G.projects[t.id];
    for (let i = 0; i < projects.length; i++) {
      const p = PROJECT_BY_KIND[projects[i] as keyof typeof PROJECT_BY_KIND];
      if (incomeStatus(G, t.id, p.owner) === 'pays') v += w.income * p.income * (p.owner === me ? 1 : -1);
    }
  }
  v += w.wariness * (me === 'russia' ? wc - wr : wr - wc);
  // Reform weighs only from 5 up: below that no rule rewards either power for it (no authoritarian bonus).
  v += w.lean * sign * (G.values.identity + Math.max(0, G.values.reform - 4));
  return v;
}
