// One match on the teacher's dashboard (round, rope, values, whose turn or the result,
// seats, the last event, Watch and pause/resume), and the orders the grid can take.
import { classApi, classUrls } from '../net/classApi';
import type { DashboardMatch } from '../online/classroom';
import { button, h } from './dom';
import { S, roundLine, ropeLean } from './classText';
import { eventTitle, miniRope, resultLine, seatList, valueBars, whoseTurn } from './classWidgets';
import type { DashContext } from './classDashContext';

export type SortKey = 'formed' | 'rope' | 'round' | 'attention';

/** How much a match needs the teacher's eye: someone gone or idle, then paused. */
function attention(m: DashboardMatch): number {
  const gone = m.seats.filter((s) => s.kind === 'person' && (!s.connected || s.idleSeconds >= 60)).length;
  return gone * 10 + (m.paused ? 1 : 0) - (m.gameover === null && (m.ended !== true) === true ? 0 : 100);
}

/** The matches numbered in the order formed, then sorted as the teacher chose. */
export function sortedMatches(matches: readonly DashboardMatch[], sort: SortKey): { m: DashboardMatch; n: number }[] {
  const numbered = matches.map((m, i) => ({ m, n: i + 1 }));
  if (sort === 'rope') numbered.sort((a, b) => Math.abs(b.m.rope) - Math.abs(a.m.rope) || a.n - b.n);
  if (sort === 'round') numbered.sort((a, b) => b.m.round - a.m.round || a.n - b.n);
  if (sort === 'attention') numbered.sort((a, b) => attention(b.m) - attention(a.m) || a.n - b.n);
  return numbered;
}

function pauseToggle(ctx: DashContext, m: DashboardMatch, n: number): HTMLButtonElement {
  const { code, key } = ctx;
  const toggle: HTMLButtonElement = m.paused
    ? button(S('resume'), () => void ctx.act(() => classApi.resume(code, key, [m.matchID]), undefined, toggle), {
        class: 'btn small-btn',
        'aria-label': S('resumeLabel', { n }),
        'data-fkey': `toggle-${m.matchID}`,
        'data-testid': 'match-resume',
      })
    : button(S('pause'), () => void ctx.act(() => classApi.pause(code, key, [m.matchID]), undefined, toggle), {
        class: 'btn small-btn',
        'aria-label': S('pauseLabel', { n }),
        'data-fkey': `toggle-${m.matchID}`,
        'data-testid': 'match-pause',
      });
  return toggle;
}

export function matchCard(ctx: DashContext, m: DashboardMatch, n: number): HTMLElement {
  const ended = m.ended === true ? S('endedCard', { lean: ropeLean(m.rope) }) : null;
  const line = resultLine(m) ?? ended ?? whoseTurn(m) ?? '\u00a0';
  const live = m.gameover === null && m.ended !== true && ctx.current()?.status !== 'ended';
  return h(
    'li',
    {
      class: `match-card${m.paused ? ' paused' : ''}${m.gameover === null && (m.ended !== true) === true ? '' : ' over'}`,
      'data-match': m.matchID,
      'aria-labelledby': `mc-${m.matchID}`,
    },
    h(
      'div',
      { class: 'mc-head' },
      h('h3', { id: `mc-${m.matchID}` }, S('matchN', { n })),
      h('span', { class: 'mc-round' }, roundLine(m.round, m.rounds, live ? m.phase : null)),
      m.paused && live ? h('span', { class: 'tag paused', 'data-testid': 'paused-tag' }, S('paused')) : null,
    ),
    miniRope(m.rope),
    valueBars(m.values),
    h('p', { class: 'mc-turn', 'data-testid': 'mc-result' }, line),
    seatList(m),
    m.lastEvent === null ? null : h('p', { class: 'mc-event' }, S('lastEvent', { title: eventTitle(m.lastEvent) })),
    h(
      'div',
      { class: 'row mc-actions' },
      h(
        'a',
        {
          class: 'btn small-btn',
          href: classUrls.watch(m.matchID),
          target: '_blank',
          rel: 'noopener',
          'aria-label': S('watchLabel', { n }),
          'data-testid': 'watch',
        },
        S('watch'),
      ),
      live ? pauseToggle(ctx, m, n) : null,
    ),
  );
}
