// The shape of the generated board geometry (assets/map/central-asia.json), shared by
// the script that writes it and the scene that draws it. Coordinates are map pixels
// in a MAP_WIDTH x MAP_HEIGHT box; the scene scales that box to the screen.
import type { CountryId, TileId } from '../content/ids';

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 640;
/** The drawn area around the fitted box (map pixels), so the board never shows a bare edge. */
export const BLEED = { x0: -420, y0: -260, x1: 1420, y1: 900 } as const;

/** A closed outline as [x, y] points in map pixels, e.g. [[12.5, 40], [13, 41.2], ...]. */
export type Ring = [number, number][];

export interface MapCountry {
  /** Natural Earth's English name, e.g. "Kyrgyzstan". */
  readonly name: string;
  /** Set for the five countries on the board. */
  readonly id?: CountryId;
  /** Outer rings and holes alike; drawn with the even-odd rule would be overkill at this scale. */
  readonly rings: Ring[];
  /** Where the country's name goes (its centroid), or null when the centroid is off view. */
  readonly label: [number, number] | null;
}

export interface MapAsset {
  readonly width: number;
  readonly height: number;
  readonly bleed: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  readonly source: string;
  readonly countries: MapCountry[];
  /** Inland water drawn over the land (the Aral). */
  readonly lakes: Ring[];
  /** Projected position of each tile's marker. */
  readonly tiles: Partial<Record<TileId, [number, number]>>;
  /** Water and home-edge labels. */
  readonly labels: Record<'caspian' | 'aral' | 'russia' | 'china', [number, number]>;
}
