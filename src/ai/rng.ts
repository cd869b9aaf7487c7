// A small seeded generator for bots and tools (mulberry32). The rules never use it:
// their randomness goes through boardgame.io's seeded random plugin.
export type Rand = () => number;

export function seededRandom(seed: number | string): Rand {
  let h = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function pick<T>(items: readonly T[], rand: Rand): T | undefined {
  return items[Math.floor(rand() * items.length)];
}
