// Paints the static map (countries, water, labels) once into an offscreen 2D canvas
// that the scene uses as a single texture. Redrawing hundreds of outline points as
// Phaser Graphics every frame would cost frame time for a picture that never changes.
import type { CountryId } from '../content/ids';
import type { MapAsset, Ring } from './mapTypes';
import { COUNTRY_FILL, FONT, HOME_FILL, NEIGHBOUR_FILL, WATER, WATER_EDGE } from './palette';

function trace(ctx: CanvasRenderingContext2D, rings: readonly Ring[], k: number): void {
  ctx.beginPath();
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * k, y * k) : ctx.lineTo(x * k, y * k)));
    ctx.closePath();
  }
}

function label(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  size: number,
  color: string,
  spacing: number,
): void {
  ctx.font = `600 ${size}px ${FONT}`;
  ctx.fillStyle = color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // Letter-spaced capitals, the cartographer's way of naming an area rather than a point.
  const chars = [...text];
  const widths = chars.map((c) => ctx.measureText(c).width + spacing);
  const total = widths.reduce((a, b) => a + b, 0) - spacing;
  let cx = x - total / 2;
  chars.forEach((c, i) => {
    const w = widths[i] ?? 0;
    ctx.fillText(c, cx + (w - spacing) / 2, y);
    cx += w;
  });
}

/** The words painted on the map, in the player's language. */
export interface MapLabels {
  readonly country: Readonly<Record<CountryId, string>>;
  readonly russia: string;
  readonly china: string;
  readonly caspian: string;
  readonly sea: string;
}

/**
 * Draws the map at `k` canvas pixels per map pixel. The canvas covers the bleed box;
 * its top-left corner is map pixel (bleed.x0, bleed.y0).
 */
export function paintMap(map: MapAsset, k: number, words: MapLabels): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const b = map.bleed;
  canvas.width = Math.round((b.x1 - b.x0) * k);
  canvas.height = Math.round((b.y1 - b.y0) * k);
  const ctx = canvas.getContext('2d');
  if (ctx === null) return canvas;
  ctx.translate(-b.x0 * k, -b.y0 * k);
  ctx.fillStyle = WATER;
  ctx.fillRect(b.x0 * k, b.y0 * k, canvas.width, canvas.height);
  ctx.lineJoin = 'round';
  // Neighbours first, the five countries over them, so shared borders read as the played side's.
  const ordered = [...map.countries].sort((a, b) => Number(a.id !== undefined) - Number(b.id !== undefined));
  for (const c of ordered) {
    trace(ctx, c.rings, k);
    ctx.fillStyle = c.id !== undefined ? COUNTRY_FILL[c.id] : (HOME_FILL[c.name] ?? NEIGHBOUR_FILL);
    ctx.fill('evenodd');
    ctx.strokeStyle = c.id !== undefined ? 'rgba(110, 88, 58, 0.85)' : 'rgba(120, 110, 95, 0.6)';
    ctx.lineWidth = (c.id !== undefined ? 1.3 : 0.8) * k;
    ctx.stroke();
  }
  // A soft inner shore line makes the Caspian and the Aral read as water, not holes.
  trace(ctx, map.lakes, k);
  ctx.fillStyle = WATER;
  ctx.fill();
  ctx.strokeStyle = WATER_EDGE;
  ctx.lineWidth = 1 * k;
  ctx.stroke();
  for (const c of map.countries) {
    if (c.id === undefined || c.label === null) continue;
    const [x, y] = c.label;
    const big = c.id === 'kazakhstan';
    // Kazakhstan's centroid falls on the Astana badge; its name sits in the empty west.
    const at: [number, number] = big
      ? [340, 215]
      : c.id === 'turkmenistan'
        ? [300, 470]
        : c.id === 'uzbekistan'
          ? [350, 420]
          : [x, y];
    label(
      ctx,
      words.country[c.id].toLocaleUpperCase(),
      at[0] * k,
      at[1] * k,
      (big ? 22 : 13) * k,
      'rgba(98, 76, 44, 0.55)',
      (big ? 7 : 3) * k,
    );
  }
  label(
    ctx,
    words.caspian,
    map.labels.caspian[0] * k,
    map.labels.caspian[1] * k,
    12 * k,
    'rgba(40, 80, 105, 0.75)',
    3 * k,
  );
  label(
    ctx,
    words.sea,
    map.labels.caspian[0] * k,
    (map.labels.caspian[1] + 15) * k,
    12 * k,
    'rgba(40, 80, 105, 0.75)',
    3 * k,
  );
  label(ctx, words.russia, 215 * k, 150 * k, 18 * k, 'rgba(47, 75, 154, 0.55)', 6 * k);
  label(ctx, words.china, 900 * k, 470 * k, 18 * k, 'rgba(198, 40, 40, 0.5)', 6 * k);
  return canvas;
}
