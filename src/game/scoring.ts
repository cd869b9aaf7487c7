// Scoring: Twilight Struggle's presence / domination / control per country, plus a
// point per controlled battleground, moves the rope by the difference (the material
// reading). In Kazakhstan its values then add or take away up to what a power scored
// there (the ideational reading): material strength is worth what Kazakhstan makes of it.
import { COUNTRIES, POWERS, type CountryId, type Power } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { COUNTRY_SCORING, FINAL_KAZAKHSTAN_TIERS } from '../content/tiles';
import { TILE_IDS } from '../content/ids';
import { addInfluence, moveRope } from './effects';
import { countryCounts, tierOf, valueModifiers, type Tier } from './selectors';
import type { GameState } from './state';
import { record } from './log';
import { incomeStatus, russianWeight } from './levers';

function tierPoints(tier: Tier, tiers: readonly [number, number, number]): number {
  return tier === 'presence' ? tiers[0] : tier === 'domination' ? tiers[1] : tier === 'control' ? tiers[2] : 0;
}

export interface CountryScore {
  readonly tier: Record<Power, Tier>;
  /** Tier points plus controlled battlegrounds. */
  readonly material: Record<Power, number>;
  /** What Kazakhstan's values add or take away (Kazakhstan only). */
  readonly ideational: Record<Power, number>;
}

export function countryScore(G: GameState, country: CountryId, tiers: readonly [number, number, number]): CountryScore {
  const counts = countryCounts(G, country);
  const tier = { russia: tierOf(counts, 'russia'), china: tierOf(counts, 'china') };
  const material = { russia: 0, china: 0 };
  const ideational = { russia: 0, china: 0 };
  for (const p of POWERS) {
    material[p] = tierPoints(tier[p], tiers) + counts.heldBg[p];
  }
  if (country === 'kazakhstan') {
    // Russia's economic weight, declining era by era (the essay's "shadow of its former self").
    if (tier.russia !== 'none') material.russia += russianWeight(G);
    for (const m of valueModifiers(G)) {
      if (tier[m.power] !== 'none') ideational[m.power] += m.amount;
    }
    // Values can make a position worthless, never turn it into a loss.
    for (const p of POWERS) ideational[p] = Math.max(ideational[p], -material[p]);
  }
  return { tier, material, ideational };
}

export function scoreCountry(G: GameState, country: CountryId, final: boolean): void {
  const tiers = final && country === 'kazakhstan' ? FINAL_KAZAKHSTAN_TIERS : COUNTRY_SCORING[country].tiers;
  const s = countryScore(G, country, tiers);
  const cause = { type: final ? 'final' : 'scoring', id: country } as const;
  record(G, {
    kind: 'score',
    round: G.round,
    country,
    russia: s.material.russia + s.ideational.russia,
    china: s.material.china + s.ideational.china,
    tier: s.tier,
  });
  moveRope(G, s.material.china - s.material.russia, cause, 'material');
  if (G.result === null) moveRope(G, s.ideational.china - s.ideational.russia, cause, 'ideational', 'values');
}

/** Each project pays its owner, unless Kazakhstan distrusts the owner too much to let it pay (real world only). */
export function payProjectIncome(G: GameState): void {
  for (const tile of TILE_IDS) {
    for (const kind of G.projects[tile]) {
      const def = PROJECT_BY_KIND[kind];
      const status = incomeStatus(G, tile, def.owner);
      if (status === 'withheld') {
        const entry = { round: G.round, power: def.owner, tile, project: kind, amount: def.income } as const;
        record(G, { kind: 'withheld', ...entry, lens: 'ideational' });
      }
      if (status !== 'pays') continue;
      addInfluence(G, def.owner, tile, def.income, { type: 'project', id: kind, by: def.owner }, 'material');
    }
  }
}

export function roundScoring(G: GameState, other: CountryId | null): void {
  scoreCountry(G, 'kazakhstan', false);
  if (other !== null && other !== 'kazakhstan' && G.result === null) scoreCountry(G, other, false);
}

export function finalScoring(G: GameState): void {
  for (const c of COUNTRIES) {
    if (G.result !== null) return;
    scoreCountry(G, c, true);
  }
}
