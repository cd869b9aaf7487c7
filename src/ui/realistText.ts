// The words of the realist counterfactual in the debriefs (the `debrief` and
// `classDebrief` blocks of the locales), and the lens split's caveats.
import { t } from '../i18n/index';
import type { NoRealist, RealistDebrief } from '../debrief/realist';
import { ROLE_NAME } from './names';

const d = (key: string, vars?: Readonly<Record<string, string | number>>): string => t(`debrief.${key}`, vars);

export const REALIST_TEXT = {
  get series(): string {
    return d('seriesRealist');
  },
  get note(): string {
    return d('realistNote');
  },
  get codingNote(): string {
    return d('codingNote');
  },
  get liberalNote(): string {
    return d('liberalNote');
  },
  /** The realist winner, and whether values changed the winner. */
  outcome(r: RealistDebrief): readonly [string, string] {
    const who = r.winner === 'draw' ? d('realistDraw') : d('realistWinner', { winner: ROLE_NAME[r.winner] });
    return [who, d(r.winnerChanged ? 'realistChanged' : 'realistSame')];
  },
  fit: (r: RealistDebrief): string => d('realistFit', { dropped: r.dropped, filled: r.filled }),
  none(why: NoRealist): string {
    return d(why === 'running' ? 'realistRunning' : why === 'injected' ? 'realistInjected' : 'realistNoMoves');
  },
  summary: (points: readonly (readonly [string, number])[]): string =>
    d('realistSummary', {
      list: points
        .map(([year, r]) =>
          r === 0
            ? d('ropeEven', { year })
            : r < 0
              ? d('ropeMoscow', { year, n: -r })
              : d('ropeBeijing', { year, n: r }),
        )
        .join('; '),
    }),
  classLine: (n: number, m: number): string =>
    m === 0 ? t('classDebrief.valuesChangedNone') : t('classDebrief.valuesChanged', { n, m }),
};
