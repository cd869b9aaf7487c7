// The teacher's pause and the end of a session, enforced. Both are a hold written into
// each class match's metadata (field `classHold`); the transport asks `classHoldGate`
// under the match's lock before every move, and the computer seats ask it before theirs,
// so every instance refuses a held match's moves with the hold's code.
import { refused, type ServerRefusal } from '../online/reasons';

/** The metadata field holding a match's hold. */
export const HOLD_FIELD = 'classHold';

export type Hold = 'paused' | 'sessionEnded';

/** Holds stored before holds were codes: the English sentence stood in the field. */
const LEGACY: Readonly<Record<string, Hold>> = {
  'the teacher has paused the match': 'paused',
  'the class session has ended': 'sessionEnded',
};

/** The hold a match's stored metadata carries, or null. */
export function holdOf(metadata: object | undefined): Hold | null {
  const hold = (metadata as Record<string, unknown> | undefined)?.[HOLD_FIELD];
  if (hold === 'paused' || hold === 'sessionEnded') return hold;
  return typeof hold === 'string' && Object.hasOwn(LEGACY, hold) ? (LEGACY[hold] ?? null) : null;
}

/** The metadata patch that puts a hold on a match (or lifts it: null removes the field). */
export function holdPatch(hold: Hold | null): Readonly<Record<string, Hold | null>> {
  return { [HOLD_FIELD]: hold };
}

/**
 * May this match move now? Not while the teacher has paused it or the session has ended:
 * the answer is then the refusal every seat (and computer) gets.
 */
export function classHoldGate(match: { readonly metadata: object }): ServerRefusal | null {
  const hold = holdOf(match.metadata);
  return hold === null ? null : refused(hold);
}
