// The powers stay apart for colour-blind players: Russia's indigo and China's crimson,
// run through a simulation of protanopia and deuteranopia (Viénot, Brettel and Mollon
// 1999, in linear RGB), are still far apart in CIELAB, and Kazakhstan's turquoise is
// apart from both. Shape carries identity too (squares, circles), tested in the board's
// view model; this guards the colours themselves.
import { describe, expect, it } from 'vitest';
import { GOLD, KZ, POWER_COLOR } from '../../src/render/palette';

type RGB = [number, number, number];
const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: number): RGB => [
  lin(((hex >> 16) & 255) / 255),
  lin(((hex >> 8) & 255) / 255),
  lin((hex & 255) / 255),
];
const M: Record<'normal' | 'protan' | 'deutan', number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protan: [
    [0.11238, 0.88762, 0],
    [0.11238, 0.88762, 0],
    [0.00401, -0.00401, 1],
  ],
  deutan: [
    [0.29275, 0.70725, 0],
    [0.29275, 0.70725, 0],
    [-0.02234, 0.02234, 1],
  ],
};
const mul = (m: number[][], c: RGB): RGB =>
  m.map((row) => Math.min(1, Math.max(0, (row[0] ?? 0) * c[0] + (row[1] ?? 0) * c[1] + (row[2] ?? 0) * c[2]))) as RGB;

function lab([r, g, b]: RGB): RGB {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (v: number): number => (v > 216 / 24389 ? Math.cbrt(v) : ((24389 / 27) * v + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: RGB, b: RGB): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('colour-blind safe palette', () => {
  for (const vision of ['normal', 'protan', 'deutan'] as const) {
    const seen = (hex: number): RGB => lab(mul(M[vision], rgb(hex)));
    it(`keeps Russia and China far apart (${vision})`, () => {
      expect(deltaE(seen(POWER_COLOR.russia), seen(POWER_COLOR.china))).toBeGreaterThan(40);
    });
    it(`keeps Kazakhstan's turquoise apart from both powers and from gold (${vision})`, () => {
      expect(deltaE(seen(KZ), seen(POWER_COLOR.russia))).toBeGreaterThan(25);
      expect(deltaE(seen(KZ), seen(POWER_COLOR.china))).toBeGreaterThan(25);
      expect(deltaE(seen(KZ), seen(GOLD))).toBeGreaterThan(25);
    });
  }
});
