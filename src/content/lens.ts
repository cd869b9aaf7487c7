// The coding scheme of the lens (docs/LENS.md), as data the content check and the tests
// read: which lens each kind of effect must carry. 'either' means the lens follows the
// channel the content names (troops, money, pipes and trade are material; language,
// media, schooling, culture and appeals to shared values are ideational).
import type { Lens } from './ids';

export const LENS_SCHEME = {
  /** A change of Reform, Identity or Wariness: the model's ideational variables. */
  value: 'ideational',
  /** Any effect gated on a value: it exists because Kazakhstan's values welcome it. */
  gated: 'ideational',
  /** Building a project: capital, pipes, plants and bases. */
  project: 'material',
  /** Influence and the rope, ungated: by the channel. */
  influence: 'either',
  rope: 'either',
} as const satisfies Record<string, Lens | 'either'>;

/** The lens an effect must have under the scheme, or null when either is allowed. */
export function schemeLens(e: { readonly kind: keyof typeof LENS_SCHEME; readonly when?: unknown }): Lens | null {
  if (e.when !== undefined) return LENS_SCHEME.gated;
  const l = LENS_SCHEME[e.kind];
  return l === 'either' ? null : l;
}
