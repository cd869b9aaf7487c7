// Builds the board's geometry from Natural Earth country outlines (world-atlas).
// The projection runs once here, not in the browser: the page loads a small JSON of
// projected rings and tile positions instead of topojson, d3-geo and a 50m world.
// An equal-area conic centred on Central Asia keeps Kazakhstan's steppe its true size
// relative to its neighbours (Mercator would inflate the north).
// Run: npm run map  (writes assets/map/central-asia.json; the output is committed).
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoConicEqualArea, geoPath, geoCentroid, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { CountryId } from '../src/content/ids';
import { TILES } from '../src/content/tiles';
import { BLEED, MAP_HEIGHT, MAP_WIDTH, type MapAsset, type MapCountry, type Ring } from '../src/render/mapTypes';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The countries the game is about; everything else in view is drawn as a neighbour. */
const PLAYED: Partial<Record<string, CountryId>> = {
  Kazakhstan: 'kazakhstan',
  Uzbekistan: 'uzbekistan',
  Kyrgyzstan: 'kyrgyzstan',
  Tajikistan: 'tajikistan',
  Turkmenistan: 'turkmenistan',
};

/** The area the board shows (degrees): Kazakhstan with room for the south and both home edges. */
const VIEW = { west: 45.5, east: 88.5, south: 35.2, north: 56.2 };

/**
 * The Aral Sea is a lake inside the country polygons, so Natural Earth's admin layer
 * does not cut it out. A rough outline of what remains of it (the North Aral behind the
 * Kokaral dam and the western basin of the South Aral), enough to place it on the board.
 */
const ARAL: [number, number][][] = [
  [
    [60.05, 46.75],
    [60.6, 46.85],
    [61.15, 46.7],
    [61.6, 46.45],
    [61.55, 46.2],
    [61.05, 46.05],
    [60.55, 46.1],
    [60.05, 46.3],
  ],
  [
    [58.15, 45.75],
    [58.55, 45.7],
    [58.75, 45.2],
    [58.7, 44.6],
    [58.45, 44.2],
    [58.2, 44.4],
    [58.05, 45.0],
  ],
];

function viewPolygon(): Feature<Polygon> {
  // Many points per edge so the bounding box curves like the conic's parallels.
  const pts: [number, number][] = [];
  const n = 20;
  for (let i = 0; i <= n; i++) pts.push([VIEW.west + ((VIEW.east - VIEW.west) * i) / n, VIEW.south]);
  for (let i = 0; i <= n; i++) pts.push([VIEW.east, VIEW.south + ((VIEW.north - VIEW.south) * i) / n]);
  for (let i = 0; i <= n; i++) pts.push([VIEW.east - ((VIEW.east - VIEW.west) * i) / n, VIEW.north]);
  for (let i = 0; i <= n; i++) pts.push([VIEW.west, VIEW.north - ((VIEW.north - VIEW.south) * i) / n]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [pts.reverse()] } };
}

/** Collects a projected path as rings of rounded points (a canvas-like context for geoPath). */
class RingRecorder {
  rings: Ring[] = [];
  private current: Ring = [];
  moveTo(x: number, y: number): void {
    this.current = [[round(x), round(y)]];
  }
  lineTo(x: number, y: number): void {
    const p: [number, number] = [round(x), round(y)];
    const last = this.current[this.current.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) this.current.push(p);
  }
  closePath(): void {
    if (this.current.length >= 3) this.rings.push(this.current);
    this.current = [];
  }
  beginPath(): void {
    // Each ring starts with moveTo; nothing to do per feature.
  }
  arc(): void {
    // Points are never drawn as circles here.
  }
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** Drops points that repeat the previous one (common after rounding). */
function dedupe(r: Ring): Ring {
  return r.filter((p, i) => {
    const q = r[i - 1];
    return q === undefined || q[0] !== p[0] || q[1] !== p[1];
  });
}

function main(): void {
  const topo = JSON.parse(
    readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;

  const projection = geoConicEqualArea()
    .parallels([40, 52])
    .rotate([-67, 0])
    .center([0, 46])
    .fitExtent(
      [
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ],
      viewPolygon(),
    )
    // Draw well past the fitted box: on wide or tall screens the neighbours fill the
    // margins instead of leaving a bare edge.
    .clipExtent([
      [BLEED.x0 - 4, BLEED.y0 - 4],
      [BLEED.x1 + 4, BLEED.y1 + 4],
    ]);

  const countries: MapCountry[] = [];
  for (const f of world.features) {
    const rec = new RingRecorder();
    geoPath(projection, rec)(f as GeoPermissibleObjects);
    if (rec.rings.length === 0) continue;
    const played = PLAYED[f.properties.name];
    // Neighbours need less precision than the five played countries: whole pixels suffice.
    if (played === undefined)
      for (const r of rec.rings)
        for (const p of r) {
          p[0] = Math.round(p[0]);
          p[1] = Math.round(p[1]);
        }
    const c = projection(geoCentroid(f));
    countries.push({
      name: f.properties.name,
      ...(played !== undefined ? { id: played } : {}),
      rings: rec.rings.map(dedupe).filter((r) => r.length >= 4),
      label: c === null ? null : [round(c[0]), round(c[1])],
    });
  }

  const lakes: Ring[] = ARAL.map((ring) =>
    ring.map((p) => {
      const xy = projection(p);
      if (xy === null) throw new Error('Aral outside the projection');
      return [round(xy[0]), round(xy[1])];
    }),
  );

  const tiles: MapAsset['tiles'] = {};
  for (const t of TILES) {
    const xy = projection([t.lon, t.lat]);
    if (xy === null) throw new Error(`${t.id} outside the projection`);
    tiles[t.id] = [round(xy[0]), round(xy[1])];
  }

  /** Where the home edges sit: Moscow far to the north-west, Beijing far to the east. */
  const anchor = (lon: number, lat: number): [number, number] => {
    const xy = projection([lon, lat]);
    if (xy === null) throw new Error('anchor outside the projection');
    return [round(xy[0]), round(xy[1])];
  };

  const asset: MapAsset = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    bleed: BLEED,
    source: 'Natural Earth 1:50m admin-0 countries (public domain), via world-atlas; Aral outline approximate',
    countries,
    lakes,
    tiles,
    labels: {
      caspian: anchor(50.6, 41.8),
      aral: anchor(59.9, 45.3),
      russia: anchor(62, 54.6),
      china: anchor(84.5, 41.5),
    },
  };
  const out = resolve(root, 'assets/map/central-asia.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(asset) + '\n');
  const kb = (JSON.stringify(asset).length / 1024).toFixed(1);
  console.log(`wrote ${countries.length} countries, ${Object.keys(tiles).length} tiles, ${kb} KB`);
}

main();
