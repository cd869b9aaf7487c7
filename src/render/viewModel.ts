// What the board shows, derived from the game state: no Phaser here, so it is tested
// in Node. The scene draws these records and animates the changes between two of them.
import {
  POWERS,
  TILE_IDS,
  VALUES,
  type CountryId,
  type Power,
  type ProjectKind,
  type TileId,
  type ValueId,
} from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { TILE_BY_ID } from '../content/tiles';
import { controller } from '../game/selectors';
import type { GameState } from '../game/state';

/** Two-letter project marks, readable without colour. */
export const PROJECT_MARK: Readonly<Record<ProjectKind, string>> = {
  dryPort: 'DP',
  tradeCentre: 'TC',
  newCity: 'NC',
  railway: 'RW',
  chinaPipeline: 'PL',
  russiaPipeline: 'PL',
  nuclearPlant: 'NP',
  militaryBase: 'MB',
};

export interface TileView {
  readonly id: TileId;
  readonly name: string;
  readonly stability: number;
  readonly battleground: boolean;
  readonly influence: Readonly<Record<Power, number>>;
  readonly control: Power | null;
  /** The letter a controlled tile's marker carries, per power. */
  readonly letters: Readonly<Record<Power, string>>;
  readonly slots: number;
  readonly projects: readonly {
    readonly kind: ProjectKind;
    readonly owner: Power;
    readonly mark: string;
    readonly name: string;
  }[];
}

export interface BoardModel {
  readonly tiles: Readonly<Record<TileId, TileView>>;
  readonly rope: number;
  readonly values: Readonly<Record<ValueId, number>>;
  readonly round: number;
  readonly rounds: number;
  readonly year: number;
  readonly news: string | null;
}

type BoardState = Pick<GameState, 'influence' | 'projects' | 'values' | 'rope' | 'round' | 'rounds' | 'year' | 'news'>;

/** How tiles and projects are named on the board (the player's language; English by default). */
export interface BoardNames {
  readonly tile: (id: TileId) => string;
  readonly project: (kind: ProjectKind) => string;
  /** The short mark on a project's slot, readable without colour. */
  readonly mark: (kind: ProjectKind) => string;
  /** The letter on a controlled tile's marker. */
  readonly letter: (p: Power) => string;
}

const ENGLISH: BoardNames = {
  tile: (id) => TILE_BY_ID[id].name,
  project: (kind) => PROJECT_BY_KIND[kind].name,
  mark: (kind) => PROJECT_MARK[kind],
  letter: (p) => (p === 'russia' ? 'R' : 'C'),
};

export function boardModel(G: BoardState, names: BoardNames = ENGLISH): BoardModel {
  const tiles = {} as Record<TileId, TileView>;
  for (const id of TILE_IDS) {
    const def = TILE_BY_ID[id];
    const inf = G.influence[id];
    tiles[id] = {
      id,
      name: names.tile(id),
      stability: def.stability,
      battleground: def.battleground,
      influence: { russia: inf.russia, china: inf.china },
      control: controller(G, id),
      letters: { russia: names.letter('russia'), china: names.letter('china') },
      slots: def.slots,
      projects: G.projects[id].map((kind) => ({
        kind,
        owner: PROJECT_BY_KIND[kind].owner,
        mark: names.mark(kind),
        name: names.project(kind),
      })),
    };
  }
  return { tiles, rope: G.rope, values: { ...G.values }, round: G.round, rounds: G.rounds, year: G.year, news: G.news };
}

/** One visible change, in the order the scene should play it. */
export type BoardChange =
  | { readonly kind: 'influence'; readonly tile: TileId; readonly power: Power; readonly delta: number }
  | { readonly kind: 'control'; readonly tile: TileId; readonly from: Power | null; readonly to: Power | null }
  | { readonly kind: 'project'; readonly tile: TileId; readonly project: ProjectKind }
  | { readonly kind: 'rope'; readonly from: number; readonly to: number }
  | { readonly kind: 'value'; readonly value: ValueId; readonly from: number; readonly to: number };

export function diffBoards(a: BoardModel, b: BoardModel): BoardChange[] {
  const out: BoardChange[] = [];
  for (const id of TILE_IDS) {
    const x = a.tiles[id];
    const y = b.tiles[id];
    for (const p of POWERS) {
      const d = y.influence[p] - x.influence[p];
      if (d !== 0) out.push({ kind: 'influence', tile: id, power: p, delta: d });
    }
    if (x.control !== y.control) out.push({ kind: 'control', tile: id, from: x.control, to: y.control });
    for (const pr of y.projects.slice(x.projects.length)) out.push({ kind: 'project', tile: id, project: pr.kind });
  }
  if (a.rope !== b.rope) out.push({ kind: 'rope', from: a.rope, to: b.rope });
  for (const v of VALUES)
    if (a.values[v] !== b.values[v]) out.push({ kind: 'value', value: v, from: a.values[v], to: b.values[v] });
  return out;
}

/** The board's words, already in the player's language (the scene only draws them). */
export interface BoardText {
  /** "Round 2 of 5 · 2015" */
  readonly round: string;
  /** "News: ..." or empty */
  readonly news: string;
  readonly moscow: string;
  readonly beijing: string;
  /** The rope's lean, "Even" or "Moscow +3". */
  readonly lean: string;
  readonly values: Readonly<Record<ValueId, string>>;
  readonly map: {
    readonly country: Readonly<Record<CountryId, string>>;
    readonly russia: string;
    readonly china: string;
    readonly caspian: string;
    readonly sea: string;
  };
}
