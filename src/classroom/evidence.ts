// What the teacher reads beside a student's answer: that match's evidence from its debrief.
// Where the rope stopped, Kazakhstan's four values, who won, and the realist counterfactual's
// winner where one exists (src/debrief/realist.ts), or why there is none. Pure.
import type { MatchDebrief } from '../debrief/model';
import type { NoRealist } from '../debrief/realist';

export interface MatchEvidence {
  readonly matchID: string;
  readonly label: string;
  readonly finished: boolean;
  readonly winner: MatchDebrief['winner'];
  readonly finalRope: number;
  readonly values: MatchDebrief['final']['values'];
  /** The realist world's winner, whether values changed the winner; or why there is no counterfactual. */
  readonly realist:
    | { readonly winner: string; readonly winnerChanged: boolean; readonly finalRope: number }
    | { readonly none: NoRealist };
}

export function evidenceOf(m: MatchDebrief): MatchEvidence {
  const r = m.realist;
  return {
    matchID: m.id,
    label: m.label,
    finished: m.finished,
    winner: m.winner,
    finalRope: m.final.rope,
    values: m.final.values,
    realist:
      r === undefined
        ? { none: 'noMoves' }
        : typeof r === 'string'
          ? { none: r }
          : { winner: r.winner, winnerChanged: r.winnerChanged, finalRope: r.final },
  };
}
