// Names as data: every id the rules and the content share is a const array,
// and the union types are derived from it, so a misspelt id fails to compile.

export const POWERS = ['russia', 'china'] as const;
export type Power = (typeof POWERS)[number];

/** Seats as boardgame.io player ids: Russia '0', China '1', Kazakhstan '2' (three-player game). */
export const SEAT_OF = { russia: '0', china: '1', kazakhstan: '2' } as const;
export type Role = keyof typeof SEAT_OF;
export type Seat = (typeof SEAT_OF)[Role];

export const VALUES = ['reform', 'identity', 'warinessRussia', 'warinessChina'] as const;
/** Kazakhstan's four values, each 0..10. */
export type ValueId = (typeof VALUES)[number];

export const COUNTRIES = ['kazakhstan', 'uzbekistan', 'kyrgyzstan', 'tajikistan', 'turkmenistan'] as const;
export type CountryId = (typeof COUNTRIES)[number];

export const TILE_IDS = [
  'astana',
  'almaty',
  'khorgos',
  'aktau',
  'atyrau',
  'petropavl',
  'oskemen',
  'shymkent',
  'baikonur',
  'tashkent',
  'samarkand',
  'fergana',
  'bishkek',
  'osh',
  'dushanbe',
  'pamir',
  'ashgabat',
  'galkynysh',
] as const;
export type TileId = (typeof TILE_IDS)[number];

export const TILE_TAGS = ['capital', 'borderRussia', 'borderChina', 'resource', 'transit', 'caspian'] as const;
export type TileTag = (typeof TILE_TAGS)[number];

export const PROJECT_KINDS = [
  'dryPort',
  'tradeCentre',
  'newCity',
  'railway',
  'chinaPipeline',
  'russiaPipeline',
  'nuclearPlant',
  'militaryBase',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const ACTIONS = ['influence', 'invest', 'softPower', 'pressure'] as const;
/** The four ways to spend operations. */
export type ActionType = (typeof ACTIONS)[number];

export const LENSES = ['material', 'ideational'] as const;
/** Realist (material) or constructivist (ideational) reading of a change. */
export type Lens = (typeof LENSES)[number];

export const ERAS = ['early', 'middle', 'late'] as const;
/** early: 2013-2018, middle: 2019-2024, late: 2025-2031. */
export type Era = (typeof ERAS)[number];

export const SCENARIO_IDS = ['belt-and-road-2013', 'war-shock-2022', 'classroom-quick'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

// The content's own ids, derived from its tables (a misspelt id in a table or a move fails to compile).
export type { CardId } from './cards';
export type { WorldEventId as EventId } from './events';
export type { PolicyId } from './policies';
/** A project is named by its kind: each kind has one owner. */
export type ProjectId = ProjectKind;
