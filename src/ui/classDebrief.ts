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

type ClassSummary = ReturnType<typeof classDebrief>;
type ChartBoxes = { readonly values: HTMLElement; readonly rope: HTMLElement; readonly lens: HTMLElement };

const chartBox = (testid: string, label: string): HTMLElement =>
  h('div', { class: 'db-chart', 'data-testid': testid, role: 'img', 'aria-label': label });

function chartBoxes(): ChartBoxes {
  return {
    values: chartBox('class-chart-values', T.classValuesHeading),
    rope: chartBox('class-chart-rope', T.classRopeHeading),
    lens: chartBox('class-chart-lens', T.classLensHeading),
  };
}

/** The head's buttons: the class as CSV or JSON, and back. */
function exportButtons(matches: readonly MatchDebrief[], status: HTMLElement, onBack: () => void) {
  const save = (ext: 'csv' | 'json'): void => {
    const name = exportFileName('class', ext, new Date());
    if (ext === 'csv') download(name, 'text/csv;charset=utf-8', debriefCsv(matches));
    else download(name, 'application/json', debriefJson(matches, new Date()));
    status.textContent = T.downloaded(name);
  };
  return {
    csv: button(T.downloadCsv, () => save('csv'), { class: 'btn primary', 'data-testid': 'class-download-csv' }),
    json: button(T.downloadJson, () => save('json'), { class: 'btn', 'data-testid': 'class-download-json' }),
    back: button(T.back, onBack, { class: 'btn ghost', 'data-testid': 'class-back' }),
  };
}

function winnerText(m: MatchDebrief, ended: boolean): string {
  if (m.winner === null) return ended ? T.endedMatch : T.running;
  return m.winner === 'draw' ? T.draw : ROLE_NAME[m.winner];
}

function winsList(c: ClassSummary, ended: boolean): HTMLElement {
  return h(
    'ul',
    { class: 'db-lens', 'data-testid': 'class-wins' },
    ...(['russia', 'china', 'kazakhstan', 'draw'] as const)
      .filter((k) => k !== 'kazakhstan' || c.wins.kazakhstan > 0)
      .map((k) => h('li', {}, T.winLine(k === 'draw' ? T.draw : ROLE_NAME[k], c.wins[k], c.winRate[k]))),
    c.matches > c.finished
      ? h(
          'li',
          { 'data-testid': 'class-unfinished' },
          ended ? T.endedCount(c.matches - c.finished) : T.stillPlaying(c.matches - c.finished),
        )
      : null,
    h(
      'li',
      { 'data-testid': 'class-values-changed' },
      R.classLine(c.valuesChangedWinner.changed, c.valuesChangedWinner.of),
    ),
  );
}

function sharesList(c: ClassSummary): HTMLElement {
  const side = { russia: T.sideMoscow, china: T.sideBeijing } as const;
  return h(
    'ul',
    { class: 'db-lens' },
    ...POWERS.map((p) => h('li', { class: `who-${p}` }, T.shareLine(side[p], c.meanMaterialShare[p]))),
  );
}

function spreadRows(c: ClassSummary): string[][] {
  return VALUES.map((v) => {
    const s = c.finalValues[v];
    return [
      T.seriesValue[v],
      s === null ? '–' : String(s.min),
      s === null ? '–' : fixed(s.mean),
      s === null ? '–' : String(s.max),
      s === null ? '–' : fixed(s.sd),
    ];
  });
}

function matchRows(matches: readonly MatchDebrief[], ended: boolean): string[][] {
  return matches.map((m) => [
    m.label,
    winnerText(m, ended),
    T.ropeValue(m.final.rope),
    T.sharePair(materialShare(m.lens.russia.rope), materialShare(m.lens.china.rope)),
  ]);
}

function eventsList(matches: readonly MatchDebrief[], c: ClassSummary): HTMLElement {
  const titles = new Map(
    matches.flatMap((m) => m.events.map((e) => [e.id, C.eventTitle(e.type, e.id, e.title)] as const)),
  );
  const events = Object.entries(c.eventCounts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return h('ul', { class: 'db-lens' }, ...events.map(([id, n]) => h('li', {}, T.eventCount(titles.get(id) ?? id, n))));
}

/** The cards of the sheet, in reading order. */
function classGrid(matches: readonly MatchDebrief[], c: ClassSummary, boxes: ChartBoxes, ended: boolean): HTMLElement {
  const wide = (child: HTMLElement): HTMLElement => h('div', { class: 'db-wide' }, child);
  return h(
    'div',
    { class: 'db-grid' },
    wide(card(T.classValuesHeading, 'c-values', h('p', { class: 'db-note' }, T.classValuesNote), boxes.values)),
    card(T.classRopeHeading, 'c-rope', h('p', { class: 'db-note' }, T.ropeNote), boxes.rope),
    card(T.classLensHeading, 'c-lens', h('p', { class: 'db-note' }, T.lensNote), boxes.lens, sharesList(c)),
    card(T.classWinsHeading, 'c-wins', winsList(c, ended)),
    card(
      T.classSpreadHeading,
      'c-spread',
      h('p', { class: 'db-note' }, T.classSpreadNote),
      table(T.classSpreadColumns, spreadRows(c), { class: 'db-table', 'data-testid': 'class-spread' }),
    ),
    wide(
      card(
        T.classMatchesHeading,
        'c-matches',
        table(T.classMatchColumns, matchRows(matches, ended), { class: 'db-table', 'data-testid': 'class-matches' }),
      ),
    ),
    card(T.classEventsHeading, 'c-events', eventsList(matches, c)),
    card(
      T.essayHeading,
      'c-essay',
      h('p', { class: 'db-question' }, C.essay('question', '')),
      h('p', {}, C.essay('ask', '')),
    ),
  );
}

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
  const ended = opts.ended === true;
  const status = h('p', { class: 'db-status', role: 'status', 'aria-live': 'polite' });
  const { csv, json, back } = exportButtons(matches, status, onBack);
  const boxes = chartBoxes();
  const head = h(
    'header',
    { class: 'db-head' },
    h(
      'div',
      {},
      h('p', { class: 'menu-kicker' }, T.classKicker),
      h('h2', { id: 'class-title' }, T.classTitle(c.matches)),
    ),
    h('div', { class: 'db-actions' }, csv, json, back),
  );
  const sheet = h(
    'div',
    {
      class: 'overlay debrief-overlay',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'class-title',
      'data-testid': 'class-debrief',
    },
    h('div', { class: 'debrief' }, head, status, classGrid(matches, c, boxes, ended)),
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
