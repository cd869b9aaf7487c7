import { describe, expect, it } from 'vitest';
import { TILE_IDS } from '../../src/content/ids';
import mapJson from '../../assets/map/central-asia.json';
import { BADGE_AT, computeLayout, FOCUS, ropeX, toScreen } from '../../src/render/layout';
import type { MapAsset } from '../../src/render/mapTypes';

const MAP = mapJson as unknown as MapAsset;

describe('board layout: the map and every tile fit the screens we support', () => {
  const screens = [
    { name: 'desktop board area', w: 960, h: 555 },
    { name: 'phone board area', w: 390, h: 506 },
    { name: 'projector', w: 1600, h: 760 },
  ];
  for (const s of screens) {
    it(`keeps every tile's badge centre on screen (${s.name})`, () => {
      const l = computeLayout(s.w, s.h);
      for (const id of TILE_IDS) {
        const at = BADGE_AT[id] ?? MAP.tiles[id];
        expect(at, id).toBeDefined();
        if (at === undefined) continue;
        const [x, y] = toScreen(l, at);
        expect(x, id).toBeGreaterThan(0);
        expect(x, id).toBeLessThan(s.w);
        const top = l.portrait ? 0 : l.hud.h;
        const bottom = l.portrait ? s.h - l.hud.h : s.h;
        expect(y, id).toBeGreaterThan(top);
        expect(y, id).toBeLessThan(bottom);
      }
    });
  }

  it('puts the rope and values under the map on a phone, over it on a desktop', () => {
    expect(computeLayout(390, 506).portrait).toBe(true);
    expect(computeLayout(960, 555).portrait).toBe(false);
    expect(computeLayout(960, 555).hud.y).toBe(0);
  });

  it('shrinks tile badges on a phone but never below a readable size', () => {
    expect(computeLayout(960, 555).badge).toBe(1);
    expect(computeLayout(390, 506).badge).toBeGreaterThanOrEqual(0.62);
  });

  it('fits the focus box inside the map area', () => {
    const l = computeLayout(960, 555);
    const [x0, y0] = toScreen(l, [FOCUS.x, FOCUS.y]);
    const [x1, y1] = toScreen(l, [FOCUS.x + FOCUS.w, FOCUS.y + FOCUS.h]);
    expect(x0).toBeGreaterThanOrEqual(-0.01);
    expect(x1).toBeLessThanOrEqual(960.01);
    expect(y0).toBeGreaterThanOrEqual(l.hud.h - 0.01);
    expect(y1).toBeLessThanOrEqual(555.01);
  });

  it('places the rope knot at Moscow, the middle and Beijing, clamped past the ends', () => {
    expect(ropeX(-20, 0, 400)).toBe(0);
    expect(ropeX(0, 0, 400)).toBe(200);
    expect(ropeX(20, 0, 400)).toBe(400);
    expect(ropeX(35, 0, 400)).toBe(400);
  });

  it('has projected every tile and both home labels into the map box', () => {
    for (const id of TILE_IDS) {
      const p = MAP.tiles[id];
      expect(p, id).toBeDefined();
      if (p === undefined) continue;
      expect(p[0]).toBeGreaterThan(0);
      expect(p[0]).toBeLessThan(MAP.width);
      expect(p[1]).toBeGreaterThan(0);
      expect(p[1]).toBeLessThan(MAP.height);
    }
    expect(
      MAP.countries
        .filter((c) => c.id !== undefined)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan']);
  });
});
