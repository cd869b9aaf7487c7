// Human names for the ids in the state: cards, news, policies, tiles, powers, in the
// player's language. Unknown ids (a hidden card is '?') fall back to something
// readable, never a crash.
import { CARD_BY_ID, EVENT_BY_ID, POLICY_BY_ID } from '../content/index';
import type { Power, ProjectKind, TileId, ValueId } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { COUNTRY_NAMES, TILE_BY_ID } from '../content/tiles';
import type { CardDef } from '../content/types';
import type { SeatRole } from '../game/moves';
import { t, tc } from '../i18n/index';

export function roleName(r: SeatRole): string {
  return t(`role.${r}`);
}
/** The roles' names by key, read in the current language each time. */
export const ROLE_NAME: Readonly<Record<SeatRole, string>> = {
  get russia(): string {
    return roleName('russia');
  },
  get china(): string {
    return roleName('china');
  },
  get kazakhstan(): string {
    return roleName('kazakhstan');
  },
};
export const SEAT_ROLE: Readonly<Record<string, SeatRole>> = { '0': 'russia', '1': 'china', '2': 'kazakhstan' };

export function powerName(p: Power | 'kazakhstan'): string {
  return roleName(p);
}

export function cardDef(id: string): CardDef | undefined {
  return CARD_BY_ID[id];
}

export function cardTitle(id: string): string {
  const def = CARD_BY_ID[id];
  return def === undefined ? t('card.hidden') : tc(`card.${id}.title`, def.title);
}

export function cardText(def: CardDef): string {
  return tc(`card.${def.id}.text`, def.text);
}

export function cardFact(def: CardDef): string | undefined {
  return def.history === undefined ? undefined : tc(`card.${def.id}.fact`, def.history.fact);
}

export function newsTitle(id: string | null): string | null {
  if (id === null) return null;
  const e = EVENT_BY_ID[id];
  return e === undefined ? id : tc(`event.${id}.title`, e.title);
}

/** The news line: the event's title and the country it puts up for scoring this round. */
export function newsLine(id: string | null): string | null {
  if (id === null) return null;
  const e = EVENT_BY_ID[id];
  if (e === undefined) return id;
  return t('news.line', { title: newsTitle(id) ?? id, country: countryName(e.scores) });
}

export function policyTitle(id: string): string {
  const p = POLICY_BY_ID[id];
  return p === undefined ? id : tc(`policy.${id}.title`, p.title);
}

export function policyText(id: string): string {
  const p = POLICY_BY_ID[id];
  return p === undefined ? '' : tc(`policy.${id}.text`, p.text);
}

export function tileName(id: TileId): string {
  return tc(`tile.${id}`, TILE_BY_ID[id].name);
}

export function projectName(kind: ProjectKind): string {
  return tc(`project.${kind}`, PROJECT_BY_KIND[kind].name);
}

export function countryName(id: string): string {
  const en = (COUNTRY_NAMES as Readonly<Record<string, string>>)[id];
  return en === undefined ? id : tc(`country.${id}`, en);
}

export function valueName(v: ValueId): string {
  return t(`value.${v}`);
}
