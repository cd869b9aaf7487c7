// Derived facts, read by the moves, the bots, the board and the classroom alike.
// Nothing here changes state. Control is never stored: it follows from influence.
import {
  POWERS,
  TILE_IDS,
  type CountryId,
  type Power,
  type ProjectKind,
  type TileId,
  type ValueId,
} from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { TILE_BY_ID, tilesOf } from '../content/tiles';
import type { GameState } from './state';
import { refusal, type Refusal } from './refusal';
import { valuesCount } from './world';

type Board = Pick<GameState, 'influence' | 'projects' | 'values' | 'rope' | 'world'>;

export const WARINESS_PRICE_AT = 7;
export const SOFT_POWER_TARGET = 4;

export function opponent(power: Power): Power {
  return power === 'russia' ? 'china' : 'russia';
}

export function warinessOf(power: Power): ValueId {
  return power === 'russia' ? 'warinessRussia' : 'warinessChina';
}

/** A power controls a tile when its influence exceeds the other's by at least the tile's stability. */
export function controller(G: Board, tile: TileId): Power | null {
  const inf = G.influence[tile];
  const stability = TILE_BY_ID[tile].stability;
  if (inf.russia - inf.china >= stability) return 'russia';
  if (inf.china - inf.russia >= stability) return 'china';
  return null;
}

export function controlledTiles(G: Board, power: Power, country?: CountryId): TileId[] {
  return TILE_IDS.filter(
    (t) => (country === undefined || TILE_BY_ID[t].country === country) && controller(G, t) === power,
  );
}

function reachesFromHome(power: Power, tile: TileId): boolean {
  const tags: readonly string[] = TILE_BY_ID[tile].tags;
  return tags.includes(power === 'russia' ? 'borderRussia' : 'borderChina');
}

/** Influence may go where the power already has some, next to such a tile, or on its home edge. */
export function inReach(G: Board, power: Power, tile: TileId): boolean {
  if (G.influence[tile][power] > 0 || reachesFromHome(power, tile)) return true;
  return TILE_BY_ID[tile].adjacent.some((n) => G.influence[n][power] > 0);
}

/**
 * Operations for one point of influence: 1, or 2 on a tile the opponent controls;
 * in Kazakhstan one more while its wariness of the power is 7 or more (wariness is a price;
 * not in the realist world, see world.ts).
 */
export function influenceCost(G: Board, power: Power, tile: TileId): number {
  let cost = controller(G, tile) === opponent(power) ? 2 : 1;
  if (valuesCount(G) && TILE_BY_ID[tile].country === 'kazakhstan' && G.values[warinessOf(power)] >= WARINESS_PRICE_AT)
    cost += 1;
  return cost;
}

export function freeSlots(G: Board, tile: TileId): number {
  return TILE_BY_ID[tile].slots - G.projects[tile].length;
}

/** Why a project cannot stand on a tile for its owner, or null if it can (operations aside). */
export function projectBlocker(G: Board, tile: TileId, kind: ProjectKind): Refusal | null {
  const def = PROJECT_BY_KIND[kind];
  const t = TILE_BY_ID[tile];
  if (freeSlots(G, tile) <= 0) return refusal('slotsFull', { tile });
  if (G.projects[tile].includes(kind)) return refusal('alreadyBuilt', { tile, project: kind });
  if (def.requires === 'kazakhstan' && t.country !== 'kazakhstan')
    return refusal('needTag', { project: kind, need: 'kazakhstan' });
  if (
    def.requires !== undefined &&
    def.requires !== 'kazakhstan' &&
    !(t.tags as readonly string[]).includes(def.requires)
  )
    return refusal('needTag', { project: kind, need: def.requires });
  return null;
}

/** Whole-board total of each power's influence in Kazakh tiles. */
export function kazakhInfluence(G: Board): Record<Power, number> {
  const sum = { russia: 0, china: 0 };
  for (const t of tilesOf('kazakhstan')) for (const p of POWERS) sum[p] += G.influence[t.id][p];
  return sum;
}

/**
 * Kazakhstan's alignment (GAME.md): positive when it leans to Beijing.
 * (China's Kazakh influence - Russia's) + (Wariness of Russia - Wariness of China);
 * in the realist world (world.ts) the influence gap alone.
 */
export function alignment(G: Board): number {
  const k = kazakhInfluence(G);
  const threat = valuesCount(G) ? G.values.warinessRussia - G.values.warinessChina : 0;
  return k.china - k.russia + threat;
}

/** The power the rope leans to, or null at 0. */
export function ropeLeader(G: Pick<GameState, 'rope'>): Power | null {
  if (G.rope > 0) return 'china';
  if (G.rope < 0) return 'russia';
  return null;
}

export type Tier = 'none' | 'presence' | 'domination' | 'control';

/**
 * Twilight Struggle's regional scoring, fitted to small countries: presence = any
 * controlled tile; domination = more tiles and more battlegrounds than the opponent,
 * with at least one of each kind; control = more tiles than the opponent and every
 * battleground, and in a country with a single battleground, every tile. Domination
 * and control both need two tiles or more, so holding a single capital or pipeline
 * town never makes a whole country yours. (In a two-tile country, domination would
 * mean holding both tiles, which is control.)
 */
export function countryTier(G: Board, power: Power, country: CountryId): Tier {
  return tierOf(countryCounts(G, country), power);
}

/** Controlled tiles and battlegrounds of each power in one country, and its battleground count. */
export interface CountryCounts {
  readonly tiles: number;
  readonly battlegrounds: number;
  readonly held: Record<Power, number>;
  readonly heldBg: Record<Power, number>;
}

export function countryCounts(G: Board, country: CountryId): CountryCounts {
  const held = { russia: 0, china: 0 };
  const heldBg = { russia: 0, china: 0 };
  let battlegrounds = 0;
  const tiles = tilesOf(country);
  for (const t of tiles) {
    if (t.battleground) battlegrounds++;
    const c = controller(G, t.id);
    if (c === null) continue;
    held[c]++;
    if (t.battleground) heldBg[c]++;
  }
  return { tiles: tiles.length, battlegrounds, held, heldBg };
}

/** countryTier's rule, read from counts already made. */
export function tierOf(k: CountryCounts, power: Power): Tier {
  const them = opponent(power);
  const mine = k.held[power];
  if (mine === 0) return 'none';
  if (mine < 2 || mine <= k.held[them]) return 'presence';
  const myBg = k.heldBg[power];
  const holdsAllNeeded = k.battlegrounds > 1 ? myBg === k.battlegrounds : mine === k.tiles;
  if (k.battlegrounds > 0 && holdsAllNeeded) return 'control';
  if (myBg > k.heldBg[them] && myBg > 0 && mine > myBg) return 'domination';
  return 'presence';
}

export function controlledBattlegrounds(G: Board, power: Power, country: CountryId): number {
  return countryCounts(G, country).heldBg[power];
}

export interface ValueModifier {
  readonly power: Power;
  readonly amount: number;
  readonly reason: string;
}

/**
 * What Kazakhstan's values make of each power's position there (the constructivist
 * half of the score). Applied whenever Kazakhstan is scored; none in the realist world.
 */
export function valueModifiers(G: Board): ValueModifier[] {
  if (!valuesCount(G)) return [];
  const v = G.values;
  const out: ValueModifier[] = [];
  if (v.identity <= 3) out.push({ power: 'russia', amount: 1, reason: 'Soviet heritage (Identity 3 or less)' });
  if (v.identity >= 7) out.push({ power: 'russia', amount: -1, reason: 'Qazaqstan: national identity 7 or more' });
  // The land protests of 2016 and the factory protests of 2019: nationalism turns on Beijing too.
  if (v.identity >= 10)
    out.push({ power: 'china', amount: -1, reason: 'nationalism turns on Beijing too (Identity 10)' });
  if (v.reform >= 7)
    out.push({
      power: 'russia',
      amount: -1,
      reason: 'a liberalising Kazakhstan drifts from Moscow (Reform 7 or more)',
    });
  for (const p of POWERS) {
    const w = v[warinessOf(p)];
    if (w >= WARINESS_PRICE_AT) out.push({ power: p, amount: -1, reason: `distrust (Wariness ${w})` });
    if (w <= 2) out.push({ power: p, amount: 1, reason: `trust (Wariness ${w})` });
  }
  return out;
}
