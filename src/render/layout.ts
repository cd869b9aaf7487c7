// Where things sit on the canvas. Pure arithmetic, no Phaser, so it is unit-tested.
// The map is fitted by its "focus" rectangle (the five countries), not its full box:
// the neighbours may bleed off the edges, which buys the crowded south-east room.
import type { TileId } from '../content/ids';

/** The part of the map that must stay visible (map pixels). */
export const FOCUS = { x: 140, y: 80, w: 780, h: 525 } as const;

/**
 * Where each tile's badge is drawn (map pixels), where that differs from its true
 * position: around Tashkent, Bishkek and the Fergana valley eight cities lie within
 * a few hundred kilometres, so their badges fan out on a grid with a leader line home.
 */
export const BADGE_AT: Partial<Record<TileId, [number, number]>> = {
  shymkent: [500, 385],
  bishkek: [630, 388],
  almaty: [762, 385],
  khorgos: [836, 300],
  samarkand: [372, 462],
  tashkent: [500, 462],
  fergana: [630, 464],
  osh: [762, 466],
  ashgabat: [246, 530],
  galkynysh: [372, 545],
  dushanbe: [500, 542],
  pamir: [640, 545],
  baikonur: [410, 312],
  aktau: [214, 372],
};

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Layout {
  /** Screen pixels per map pixel. */
  readonly scale: number;
  /** Screen position of map pixel (0, 0). */
  readonly originX: number;
  readonly originY: number;
  /** The strip with the rope, the values, the round and the news. */
  readonly hud: Rect;
  /** Portrait screens put the strip under the map instead of over it. */
  readonly portrait: boolean;
  /** Badge size factor: 1 on a desktop table, smaller on a phone. */
  readonly badge: number;
}

export const HUD_HEIGHT = 92;
export const HUD_HEIGHT_PORTRAIT = 146;

export function computeLayout(width: number, height: number): Layout {
  const portrait = height > width * 1.05 || width < 560;
  const hudH = portrait ? HUD_HEIGHT_PORTRAIT : HUD_HEIGHT;
  const mapArea: Rect = portrait
    ? { x: 0, y: 0, w: width, h: height - hudH }
    : { x: 0, y: hudH, w: width, h: height - hudH };
  const scale = Math.max(0.1, Math.min(mapArea.w / FOCUS.w, mapArea.h / FOCUS.h));
  const originX = mapArea.x + (mapArea.w - FOCUS.w * scale) / 2 - FOCUS.x * scale;
  const originY = mapArea.y + (mapArea.h - FOCUS.h * scale) / 2 - FOCUS.y * scale;
  const hud: Rect = portrait ? { x: 0, y: height - hudH, w: width, h: hudH } : { x: 0, y: 0, w: width, h: hudH };
  const badge = Math.max(0.62, Math.min(1, scale * 1.3));
  return { scale, originX, originY, hud, portrait, badge };
}

export function toScreen(l: Layout, p: readonly [number, number]): [number, number] {
  return [l.originX + p[0] * l.scale, l.originY + p[1] * l.scale];
}

/** The rope's knot position along a track from x0 (Moscow, -20) to x1 (Beijing, +20). */
export function ropeX(rope: number, x0: number, x1: number, end = 20): number {
  const t = (Math.max(-end, Math.min(end, rope)) + end) / (2 * end);
  return x0 + (x1 - x0) * t;
}
