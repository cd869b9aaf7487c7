// The moves by name: the list the rules, the move list, the server and the table share,
// and which of them a seat may take back.

export const SOFT_TARGETS = ['reform+', 'reform-', 'identity+', 'identity-', 'wariness-'] as const;
/** Which value soft power pushes, and which way ('wariness-' lowers Wariness of the player). */
export type SoftTarget = (typeof SOFT_TARGETS)[number];

export const MOVE_NAMES = [
  'playEvent',
  'playOps',
  'placeInfluence',
  'invest',
  'softPower',
  'pressure',
  'endPlay',
  'kzNudge',
  'kzPolicy',
] as const;
export type MoveName = (typeof MOVE_NAMES)[number];

/** Moves a seat may take back: planning steps, never a die roll or the end of a card (game.ts and the table read it). */
export const UNDOABLE_MOVES: ReadonlySet<MoveName> = new Set<MoveName>([
  'playOps',
  'placeInfluence',
  'invest',
  'kzNudge',
]);
