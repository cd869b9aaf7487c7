// The one question the transport asks before every move (under the match's queue and
// cluster lock, from the metadata it has just read) and the computer seats ask before
// theirs: may this match move now, and if not, which refusal? The transport does not
// know why a match is held; the gate does. The classroom's gate (the teacher's pause, the
// end of a session) is classHoldGate in src/classroom/hold.ts; app.ts wires it in.
import type { Server, State } from 'boardgame.io';
import type { ServerRefusal } from '../online/reasons';

export type MoveGate = (match: { readonly state: State; readonly metadata: Server.MatchData }) => ServerRefusal | null;

/** Every match may move. */
export const openGate: MoveGate = () => null;
