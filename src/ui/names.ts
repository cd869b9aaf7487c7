// Human names for the ids in the state: cards, news, policies, tiles, powers.
// Unknown ids (a hidden card is '?') fall back to something readable, never a crash.
import { CARD_BY_ID, EVENT_BY_ID, POLICY_BY_ID } from '../content/index';
import type { Power, ProjectKind, TileId, ValueId } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { COUNTRY_NAMES, TILE_BY_ID } from '../content/tiles';
import type { CardDef } from '../content/types';
import type { SeatRole } from '../game/moves';

export const ROLE_NAME: Readonly<Record<SeatRole, string>> = { russia: 'Russia', china: 'China', kazakhstan: 'Kazakhstan' };
export const SEAT_ROLE: Readonly<Record<string, SeatRole>> = { '0': 'russia', '1': 'china', '2': 'kazakhstan' };

export function powerName(p: Power | 'kazakhstan'): string {
  return ROLE_NAME[p];
}

export function cardDef(id: string): CardDef | undefined {
  return CARD_BY_ID[id];
}

export function cardTitle(id: string): string {
  return CARD_BY_ID[id]?.title ?? 'a hidden card';
}

export function newsTitle(id: string | null): string | null {
  if (id === null) return null;
  return EVENT_BY_ID[id]?.title ?? id;
}

/** The news line: the event's title and the country it puts up for scoring this round. */
export function newsLine(id: string | null): string | null {
  if (id === null) return null;
  const e = EVENT_BY_ID[id];
  if (e === undefined) return id;
  return `${e.title} · ${countryName(e.scores)} scores this round`;
}

export function policyTitle(id: string): string {
  return POLICY_BY_ID[id]?.title ?? id;
}

export function policyText(id: string): string {
  return POLICY_BY_ID[id]?.text ?? '';
}

export function tileName(id: TileId): string {
  return TILE_BY_ID[id].name;
}

export function projectName(kind: ProjectKind): string {
  return PROJECT_BY_KIND[kind].name;
}

export function countryName(id: string): string {
  return (COUNTRY_NAMES as Readonly<Record<string, string>>)[id] ?? id;
}

export const VALUE_NAME: Readonly<Record<ValueId, string>> = {
  reform: 'Reform',
  identity: 'Identity',
  warinessRussia: 'Wariness of Russia',
  warinessChina: 'Wariness of China',
};
