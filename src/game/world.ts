// The world the rules run in. 'real' is the game as designed: Kazakhstan's values
// (Reform, Identity, Wariness of each power) change what material strength is worth.
// 'realist' is the counterfactual the debrief compares every game with: the same board,
// moves and dice, in a world where the values still move but change nothing else.
//
// Every rule that reads a value to change something material consults valuesCount(G).
// In the realist world these are switched off (docs/LENS.md keeps the same list):
//  1. the wariness price: no extra operation for influence in Kazakhstan at Wariness 7+;
//  2. the value modifiers in scoring: Kazakhstan's score is its tiers and battlegrounds only;
//  3. soft power's value targets: the roll needs the plain target, never one more
//     for pushing against Kazakhstan's lean;
//  4. the income stop: a project in Kazakhstan pays its owner whatever the Wariness;
//  5. the pressure bar: pressure is never barred by Wariness 10;
//  6. value-gated effects: an influence, rope or project effect with a condition on a
//     value never applies (its bonus exists only because Kazakhstan's values welcome it);
//     value effects keep their conditions, since values still move;
//  7. the hedge: Kazakhstan balances on the influence gap alone, without the Wariness gap;
//  8. the automaton's policy draw: every policy equally likely, not weighted by values;
//  9. the three-player Kazakh goal: its Reform + Identity clause is dropped.
// 10. pressure's Wariness surcharge (levers.ts): no extra point for Wariness of the presser.
// Values still change (cards, soft power, pressure, policies shift them), are logged
// and charted: they simply feed nothing.
import type { GameState } from './state';

export const WORLDS = ['real', 'realist'] as const;
export type World = (typeof WORLDS)[number];

export function isWorld(x: unknown): x is World {
  return typeof x === 'string' && (WORLDS as readonly string[]).includes(x);
}

/** The world a state runs in ('real' when the state does not say: every match before the switch). */
export function worldOf(G: Pick<GameState, 'world'>): World {
  return G.world ?? 'real';
}

/** Whether Kazakhstan's values change anything material in this state's world. */
export function valuesCount(G: Pick<GameState, 'world'>): boolean {
  return worldOf(G) === 'real';
}
