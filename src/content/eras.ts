// The three eras of the deck and the years they begin. A card joins the deck when
// the game reaches its era; a dated card belongs to the era of its year.
import type { Era } from './ids';

export const ERA_START: Readonly<Record<Era, number>> = { early: 2013, middle: 2019, late: 2025 };

/** early: 2013-2018, middle: 2019-2024, late: 2025 on (earlier years count as early). */
export function eraOfYear(year: number): Era {
  return year >= ERA_START.late ? 'late' : year >= ERA_START.middle ? 'middle' : 'early';
}
