// The numbers behind the depth rules (docs/RULES.md, docs/TUNING.md): what pressure
// needs to succeed, what a project costs as Russia's economy weakens, when a project
// pays, and the operations a power keeps after playing its own card for its event.
// Value-dependent parts go through valuesCount (the realist world switches them off).
import type { Era, Power, ProjectKind, TileId } from '../content/ids';
import { eraOfYear } from '../content/eras';
import { PROJECT_BY_KIND, INCOME_WARINESS_LIMIT } from '../content/projects';
import { TILE_BY_ID } from '../content/tiles';
import type { CardDef } from '../content/types';
import { opponent, warinessOf } from './selectors';
import type { GameState } from './state';
import { valuesCount } from './world';

/** Pressure needs a total above twice the stability plus this. */
export const PRESSURE_BASE = 1;
/** ...plus one for every this many points of Kazakhstan's Wariness of the presser. */
export const PRESSURE_WARINESS_STEP = 3;

/** Pressure succeeds when die + operations exceed this; the excess is removed. */
export function pressureThreshold(G: Pick<GameState, 'values' | 'world'>, power: Power, tile: TileId): number {
  const wary = valuesCount(G) ? Math.floor(G.values[warinessOf(power)] / PRESSURE_WARINESS_STEP) : 0;
  return 2 * TILE_BY_ID[tile].stability + PRESSURE_BASE + wary;
}

/** A successful pressure removes the opponent's points by which the total exceeds twice the stability. */
export function pressureRemoves(total: number, tile: TileId): number {
  return Math.max(1, total - 2 * TILE_BY_ID[tile].stability);
}

/** Russia's economic weight in Kazakhstan: points added to its score there while it has presence, by era. */
export const RUSSIAN_WEIGHT: Readonly<Record<Era, number>> = { early: 2, middle: 1, late: 1 };

export function russianWeight(G: Pick<GameState, 'year'>): number {
  return RUSSIAN_WEIGHT[eraOfYear(G.year)];
}

/** From this year sanctions make Russian capital dear: Russian projects cost one more operation. */
export const SANCTIONS_FROM = 2022;

export function projectCost(G: Pick<GameState, 'year'>, kind: ProjectKind): number {
  const def = PROJECT_BY_KIND[kind];
  return def.cost + (def.owner === 'russia' && G.year >= SANCTIONS_FROM ? 1 : 0);
}

/** A project stops paying once its owner leads on its tile by the stability plus this. */
export const INCOME_LEAD_CAP = 1;

export type IncomeStatus = 'pays' | 'withheld' | 'capped';

/**
 * Whether a project pays this scoring: withheld in Kazakhstan while Kazakhstan distrusts
 * its owner (an effect of values), capped where its owner already leads comfortably
 * (income goes only where the tile is contested, so the board does not freeze).
 */
export function incomeStatus(
  G: Pick<GameState, 'values' | 'world' | 'influence'>,
  tile: TileId,
  owner: Power,
): IncomeStatus {
  const def = TILE_BY_ID[tile];
  const inf = G.influence[tile];
  if (inf[owner] - inf[opponent(owner)] >= def.stability + INCOME_LEAD_CAP) return 'capped';
  if (valuesCount(G) && def.country === 'kazakhstan' && G.values[warinessOf(owner)] >= INCOME_WARINESS_LIMIT)
    return 'withheld';
  return 'pays';
}

/** Operations a power may still spend after playing its own card for its event: half the card's, rounded up. */
export function eventBonusOps(card: CardDef, power: Power): number {
  return card.side === power ? card.ops - 1 : 0;
}

/**
 * An own event scores: the rope moves this many steps toward the power that plays one of its
 * own cards for its event (a policy carried through in its owner's name), beside the operations
 * it keeps. Opponent's cards and neutral cards score nothing.
 */
export const OWN_EVENT_ROPE = 1;

export function eventRope(card: CardDef, power: Power): number {
  return card.side === power ? OWN_EVENT_ROPE : 0;
}
