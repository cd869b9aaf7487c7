// The class debrief: many matches side by side (today from the debrief files pairs
// saved; later from the live dashboard). It leads with Kazakhstan's values over time
// across all matches, then the rope, the class's lens split, who won, where the values
// ended, every match, and the events; the whole class exports as one CSV or JSON.
import { POWERS, VALUES } from '../content/ids';
import { debriefCsv, debriefJson, exportFileName } from '../debrief/export';
import { classDebrief, materialShare, type MatchDebrief } from '../debrief/model';
import { CLASSROOM_TEXT as T, CONTENT_TEXT as C } from './classroomText';
import { download } from './debrief';
import { card, table } from './cards';
import { button, h } from './dom';
import { ROLE_NAME } from './names';
import { REALIST_TEXT as R } from './realistText';
import './debrief.css';

const fixed = (x: number): string => (Math.round(x * 10) / 10).toFixed(1);

/**
 * `ended`: the session has ended, so a match without a result was stopped by the teacher,
 * not still being played.
 */
export function classDebriefSheet(
  matches: readonly MatchDebrief[],
  onBack: () => void,
  opts: { readonly ended?: boolean } = {},
): HTMLElement {
  const c = classDebrief(matches);
  const status = h('p', { class: 'db-status', role: 'status', 'aria-live': 'polite' });
  const save = (ext: 'csv' | 'json'): void => {
    const name = exportFileName('class', ext, new Date());
    if (ext === 'csv') download(name, 'text/csv;charset=utf-8', debriefCsv(matches));
    else download(name, 'application/json', debriefJson(matches, new Date()));
    status.textContent = T.downloaded(name);
  };
  const csv = button(T.downloadCsv, () => save('csv'), { class: 'btn primary', 'data-testid': 'class-download-csv' });
  const json = button(T.downloadJson, () => save('json'), { class: 'btn', 'data-testid': 'class-download-json' });
  const back = button(T.back, onBack, { class: 'btn ghost', 'data-testid': 'class-back' });
  const boxes = {
    values: h('div', {
      class: 'db-chart',
      'data-testid': 'class-chart-values',
      role: 'img',
      'aria-label': T.classValuesHeading,
    }),
    rope: h('div', {
      class: 'db-chart',
      'data-testid': 'class-chart-rope',
      role: 'img',
      'aria-label': T.classRopeHeading,
    }),
    lens: h('div', {
      class: 'db-chart',
      'data-testid': 'class-chart-lens',
      role: 'img',
      'aria-label': T.classLensHeading,
    }),
  };
  const side = { russia: T.sideMoscow, china: T.sideBeijing } as const;
  const winner = (m: MatchDebrief): string =>
    m.winner === null
      ? opts.ended === true
        ? T.endedMatch
        : T.running
      : m.winner === 'draw'
        ? T.draw
        : ROLE_NAME[m.winner];
  const wins = h(
    'ul',
    { class: 'db-lens', 'data-testid': 'class-wins' },
    ...(['russia', 'china', 'kazakhstan', 'draw'] as const)
      .filter((k) => k !== 'kazakhstan' || c.wins.kazakhstan > 0)
      .map((k) => h('li', {}, T.winLine(k === 'draw' ? T.draw : ROLE_NAME[k], c.wins[k], c.winRate[k]))),
    c.matches > c.finished
      ? h(
          'li',
          { 'data-testid': 'class-unfinished' },
          opts.ended === true ? T.endedCount(c.matches - c.finished) : T.stillPlaying(c.matches - c.finished),
        )
      : null,
    h(
      'li',
      { 'data-testid': 'class-values-changed' },
      R.classLine(c.valuesChangedWinner.changed, c.valuesChangedWinner.of),
    ),
  );
  const shares = h(
    'ul',
    { class: 'db-lens' },
    ...POWERS.map((p) => h('li', { class: `who-${p}` }, T.shareLine(side[p], c.meanMaterialShare[p]))),
  );
  const spreadRows = VALUES.map((v) => {
    const s = c.finalValues[v];
    return [
      T.seriesValue[v],
      s === null ? '–' : String(s.min),
      s === null ? '–' : fixed(s.mean),
      s === null ? '–' : String(s.max),
      s === null ? '–' : fixed(s.sd),
    ];
  });
  const matchRows = matches.map((m) => [
    m.label,
    winner(m),
    T.ropeValue(m.final.rope),
    T.sharePair(materialShare(m.lens.russia.rope), materialShare(m.lens.china.rope)),
  ]);
  const titles = new Map(
    matches.flatMap((m) => m.events.map((e) => [e.id, C.eventTitle(e.type, e.id, e.title)] as const)),
  );
  const events = Object.entries(c.eventCounts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const sheet = h(
    'div',
    {
      class: 'overlay debrief-overlay',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'class-title',
      'data-testid': 'class-debrief',
    },
    h(
      'div',
      { class: 'debrief' },
      h(
        'header',
        { class: 'db-head' },
        h(
          'div',
          {},
          h('p', { class: 'menu-kicker' }, T.classKicker),
          h('h2', { id: 'class-title' }, T.classTitle(c.matches)),
        ),
        h('div', { class: 'db-actions' }, csv, json, back),
      ),
      status,
      h(
        'div',
        { class: 'db-grid' },
        h(
          'div',
          { class: 'db-wide' },
          card(T.classValuesHeading, 'c-values', h('p', { class: 'db-note' }, T.classValuesNote), boxes.values),
        ),
        card(T.classRopeHeading, 'c-rope', h('p', { class: 'db-note' }, T.ropeNote), boxes.rope),
        card(T.classLensHeading, 'c-lens', h('p', { class: 'db-note' }, T.lensNote), boxes.lens, shares),
        card(T.classWinsHeading, 'c-wins', wins),
        card(
          T.classSpreadHeading,
          'c-spread',
          h('p', { class: 'db-note' }, T.classSpreadNote),
          table(T.classSpreadColumns, spreadRows, { class: 'db-table', 'data-testid': 'class-spread' }),
        ),
        h(
          'div',
          { class: 'db-wide' },
          card(
            T.classMatchesHeading,
            'c-matches',
            table(T.classMatchColumns, matchRows, { class: 'db-table', 'data-testid': 'class-matches' }),
          ),
        ),
        card(
          T.classEventsHeading,
          'c-events',
          h('ul', { class: 'db-lens' }, ...events.map(([id, n]) => h('li', {}, T.eventCount(titles.get(id) ?? id, n)))),
        ),
        card(
          T.essayHeading,
          'c-essay',
          h('p', { class: 'db-question' }, C.essay('question', '')),
          h('p', {}, C.essay('ask', '')),
        ),
      ),
    ),
  );
  sheet.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onBack();
    }
  });
  queueMicrotask(() => csv.focus());
  void import('./debriefCharts')
    .then(({ drawClassCharts }) => drawClassCharts(c, boxes))
    .catch(() => {
      status.textContent = T.chartsFailed;
    });
  return sheet;
}
