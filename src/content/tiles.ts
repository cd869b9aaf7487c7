// The board: eighteen tiles over five countries. Adjacency is a game abstraction,
// not a map: one tile stands for several regions and many regions have no tile, so
// links follow rough geography and the main routes rather than shared borders, and
// some join regions that are far apart (Samarkand and Ashgabat, Petropavl and
// Atyrau). Russia and China are off-board home edges reached through the tiles
// tagged borderRussia / borderChina.
import type { CountryId, TileId } from './ids';
import type { CountryScoring, TileDef } from './types';

export const TILES = [
  {
    id: 'astana',
    name: 'Astana',
    country: 'kazakhstan',
    stability: 3,
    battleground: true,
    tags: ['capital'],
    slots: 1,
    adjacent: ['petropavl', 'oskemen', 'almaty', 'shymkent', 'baikonur'],
    lon: 71.45,
    lat: 51.17,
  },
  {
    id: 'almaty',
    name: 'Almaty',
    country: 'kazakhstan',
    stability: 2,
    battleground: true,
    tags: ['borderChina'],
    slots: 1,
    adjacent: ['astana', 'oskemen', 'khorgos', 'shymkent', 'bishkek'],
    lon: 76.95,
    lat: 43.24,
  },
  {
    id: 'khorgos',
    name: 'Khorgos',
    country: 'kazakhstan',
    stability: 2,
    battleground: true,
    tags: ['borderChina', 'transit'],
    slots: 3,
    adjacent: ['almaty', 'oskemen'],
    lon: 80.3,
    lat: 44.9,
  },
  {
    id: 'aktau',
    name: 'Aktau',
    country: 'kazakhstan',
    stability: 2,
    battleground: true,
    tags: ['caspian', 'transit'],
    slots: 1,
    adjacent: ['atyrau', 'ashgabat'],
    lon: 52.5,
    lat: 43.9,
  },
  {
    id: 'atyrau',
    name: 'Atyrau',
    country: 'kazakhstan',
    stability: 2,
    battleground: true,
    tags: ['borderRussia', 'resource', 'caspian'],
    slots: 2,
    adjacent: ['aktau', 'baikonur', 'petropavl'],
    lon: 53.5,
    lat: 47.6,
  },
  {
    id: 'petropavl',
    name: 'Petropavl',
    country: 'kazakhstan',
    stability: 1,
    battleground: false,
    tags: ['borderRussia'],
    slots: 1,
    adjacent: ['astana', 'atyrau', 'oskemen'],
    lon: 67.5,
    lat: 53.6,
  },
  {
    id: 'oskemen',
    name: 'Oskemen',
    country: 'kazakhstan',
    stability: 1,
    battleground: false,
    tags: ['borderRussia', 'borderChina', 'resource'],
    slots: 1,
    adjacent: ['astana', 'almaty', 'khorgos', 'petropavl'],
    lon: 81.5,
    lat: 49.4,
  },
  {
    id: 'shymkent',
    name: 'Shymkent',
    country: 'kazakhstan',
    stability: 1,
    battleground: false,
    tags: ['transit'],
    slots: 1,
    adjacent: ['astana', 'almaty', 'baikonur', 'tashkent', 'samarkand', 'bishkek'],
    lon: 69.6,
    lat: 43.4,
  },
  {
    id: 'baikonur',
    name: 'Baikonur',
    country: 'kazakhstan',
    stability: 1,
    battleground: false,
    tags: ['resource'],
    slots: 1,
    adjacent: ['astana', 'shymkent', 'atyrau'],
    lon: 63.3,
    lat: 45.8,
  },
  {
    id: 'tashkent',
    name: 'Tashkent',
    country: 'uzbekistan',
    stability: 3,
    battleground: true,
    tags: ['capital', 'transit'],
    slots: 1,
    adjacent: ['shymkent', 'samarkand', 'fergana', 'dushanbe'],
    lon: 69.3,
    lat: 41.3,
  },
  {
    id: 'samarkand',
    name: 'Samarkand',
    country: 'uzbekistan',
    stability: 2,
    battleground: false,
    tags: ['transit'],
    slots: 1,
    adjacent: ['tashkent', 'shymkent', 'dushanbe', 'ashgabat', 'galkynysh'],
    lon: 64.4,
    lat: 40.6,
  },
  {
    id: 'fergana',
    name: 'Fergana',
    country: 'uzbekistan',
    stability: 1,
    battleground: false,
    tags: [],
    slots: 1,
    adjacent: ['tashkent', 'osh', 'dushanbe'],
    lon: 71.8,
    lat: 40.6,
  },
  {
    id: 'bishkek',
    name: 'Bishkek',
    country: 'kyrgyzstan',
    stability: 3,
    battleground: true,
    tags: ['capital', 'borderChina'],
    slots: 1,
    adjacent: ['almaty', 'shymkent', 'osh'],
    lon: 74.6,
    lat: 42.6,
  },
  {
    id: 'osh',
    name: 'Osh',
    country: 'kyrgyzstan',
    stability: 1,
    battleground: false,
    tags: ['borderChina', 'transit'],
    slots: 1,
    adjacent: ['bishkek', 'fergana', 'pamir'],
    lon: 73.6,
    lat: 40.2,
  },
  {
    id: 'dushanbe',
    name: 'Dushanbe',
    country: 'tajikistan',
    stability: 3,
    battleground: true,
    tags: ['capital'],
    slots: 1,
    adjacent: ['tashkent', 'samarkand', 'fergana', 'pamir'],
    lon: 68.8,
    lat: 38.6,
  },
  {
    id: 'pamir',
    name: 'Pamir',
    country: 'tajikistan',
    stability: 1,
    battleground: false,
    tags: ['borderChina'],
    slots: 1,
    adjacent: ['dushanbe', 'osh'],
    lon: 72.6,
    lat: 38.0,
  },
  {
    id: 'ashgabat',
    name: 'Ashgabat',
    country: 'turkmenistan',
    stability: 3,
    battleground: false,
    tags: ['capital', 'caspian'],
    slots: 1,
    adjacent: ['aktau', 'samarkand', 'galkynysh'],
    lon: 57.0,
    lat: 38.6,
  },
  {
    id: 'galkynysh',
    name: 'Galkynysh',
    country: 'turkmenistan',
    stability: 2,
    battleground: true,
    tags: ['resource'],
    slots: 1,
    adjacent: ['ashgabat', 'samarkand'],
    lon: 62.0,
    lat: 37.4,
  },
] as const satisfies readonly TileDef[];

export const TILE_BY_ID: Readonly<Record<TileId, TileDef>> = Object.fromEntries(
  TILES.map((t) => [t.id, t]),
) as unknown as Record<TileId, TileDef>;

export const COUNTRY_NAMES: Readonly<Record<CountryId, string>> = {
  kazakhstan: 'Kazakhstan',
  uzbekistan: 'Uzbekistan',
  kyrgyzstan: 'Kyrgyzstan',
  tajikistan: 'Tajikistan',
  turkmenistan: 'Turkmenistan',
};

/** Round scoring per country (presence, domination, control). Kazakhstan's final scoring is separate. */
export const COUNTRY_SCORING: Readonly<Record<CountryId, CountryScoring>> = {
  kazakhstan: { tiers: [1, 3, 5] },
  uzbekistan: { tiers: [2, 4, 6] },
  kyrgyzstan: { tiers: [1, 3, 5] },
  tajikistan: { tiers: [1, 3, 5] },
  turkmenistan: { tiers: [1, 3, 5] },
};

/** Kazakhstan counts most in the final scoring. */
export const FINAL_KAZAKHSTAN_TIERS = [3, 6, 9] as const;

const TILES_OF = new Map<CountryId, readonly TileDef[]>();

/** The tiles of one country, in board order (the same list on every call). */
export function tilesOf(country: CountryId): readonly TileDef[] {
  let list = TILES_OF.get(country);
  if (list === undefined) {
    list = TILES.filter((t) => t.country === country);
    TILES_OF.set(country, list);
  }
  return list;
}
