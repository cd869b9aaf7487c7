// The debrief screen of one match: the rope and Kazakhstan's values over the game, how
// each side pulled (material or ideational), the events that fired, and the prompts.
// The words and lists are DOM and show at once; the charts are drawn by uPlot, which
// arrives in its own chunk (debriefCharts.ts) only when a debrief is opened.
import { POWERS } from '../content/ids';
import { debriefCsv, debriefJson, exportFileName } from '../debrief/export';
import type { MatchDebrief } from '../debrief/model';
import { CLASSROOM_TEXT as T, CONTENT_TEXT as C } from './classroomText';
import { button, h } from './dom';
import { ROLE_NAME } from './names';
import { REALIST_TEXT as R } from './realistText';
import './debrief.css';

export interface DebriefHandlers {
  /** Back to where the debrief was opened from (the game-over sheet). */
  readonly onBack: () => void;
  readonly onMenu: () => void;
}

/** Offers a text file for download, the way a browser saves any link. */
export function download(name: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function section(title: string, id: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'db-card', 'aria-labelledby': id }, h('h3', { id }, title), ...children);
}

function chartBox(testid: string, label: string): HTMLElement {
  return h('div', { class: 'db-chart', 'data-testid': testid, role: 'img', 'aria-label': label });
}

function eventsList(d: MatchDebrief): HTMLElement {
  if (d.events.length === 0) return h('p', { class: 'db-note' }, T.eventsEmpty);
  return h(
    'ol',
    // It scrolls on its own, so it takes keyboard focus (arrow keys scroll it).
    { class: 'db-events', 'data-testid': 'debrief-events', tabindex: '0', 'aria-labelledby': 'db-events-h' },
    ...d.events.map((e) =>
      h(
        'li',
        { class: `db-event ${e.injected ? 'injected' : ''} ${e.kind}` },
        h(
          'div',
          { class: 'db-event-meta' },
          T.eventMeta(e.round, e.gameYear),
          ' · ',
          e.type === 'card' ? T.tagCard : T.tagNews,
        ),
        h('strong', { class: 'db-event-title' }, C.eventTitle(e.type, e.id, e.title)),
        e.injected ? h('span', { class: 'db-tag injected' }, T.tagInjected) : null,
        e.kind === 'speculative' ? h('span', { class: 'db-tag spec' }, T.tagSpeculative) : null,
        h('p', { class: 'db-event-fact' }, C.eventFact(e.type, e.id, e.fact)),
        h('p', { class: 'db-event-source' }, T.eventFact(e.year, e.source)),
      ),
    ),
  );
}

function promptsList(d: MatchDebrief): HTMLElement {
  const item = (title: string, realist: string, constructivist: string, question: string): HTMLElement =>
    h(
      'li',
      { class: 'db-prompt' },
      h('h4', {}, title),
      h(
        'div',
        { class: 'db-readings' },
        h('p', { class: 'realist' }, h('strong', {}, T.realist), realist),
        h('p', { class: 'constructivist' }, h('strong', {}, T.constructivist), constructivist),
      ),
      h('p', { class: 'db-question' }, question),
    );
  return h(
    'ol',
    { class: 'db-prompts', 'data-testid': 'debrief-prompts' },
    ...d.prompts.map((p) =>
      item(
        C.eventTitle('news', p.event, p.title),
        C.prompt(p.event, 'realist', p.realist),
        C.prompt(p.event, 'constructivist', p.constructivist),
        C.prompt(p.event, 'question', p.question),
      ),
    ),
    h(
      'li',
      { class: 'db-prompt essay' },
      h('h4', {}, T.essayHeading),
      h('p', { class: 'db-question' }, C.essay('question', d.essay.question)),
      h(
        'div',
        { class: 'db-readings' },
        h('p', { class: 'realist' }, h('strong', {}, T.realist), C.essay('realist', d.essay.realist)),
        h(
          'p',
          { class: 'constructivist' },
          h('strong', {}, T.constructivist),
          C.essay('constructivist', d.essay.constructivist),
        ),
      ),
      h('p', {}, C.essay('ask', d.essay.ask)),
    ),
  );
}

function lensText(d: MatchDebrief): HTMLElement {
  const side = { russia: T.sideMoscow, china: T.sideBeijing } as const;
  return h(
    'ul',
    { class: 'db-lens', 'data-testid': 'debrief-lens' },
    ...POWERS.map((p) =>
      h('li', { class: `who-${p}` }, T.lensRow(side[p], d.lens[p].rope.material, d.lens[p].rope.ideational)),
    ),
    ...POWERS.map((p) =>
      h('li', {}, T.influenceRow(ROLE_NAME[p], d.lens[p].influence.material, d.lens[p].influence.ideational)),
    ),
  );
}

/** The same game in the realist world: who wins there, and whether values changed the winner. */
function realistBlock(d: MatchDebrief): HTMLElement | null {
  const r = d.realist;
  if (r === undefined) return null;
  if (typeof r === 'string') return h('p', { class: 'db-note', 'data-testid': 'debrief-realist' }, R.none(r));
  const [who, changed] = R.outcome(r);
  return h(
    'div',
    { class: 'db-realist', 'data-testid': 'debrief-realist', 'data-changed': String(r.winnerChanged) },
    h('p', { class: 'db-note' }, R.note),
    h('p', {}, h('strong', {}, who), ' ', changed),
    r.dropped + r.filled > 0 ? h('p', { class: 'db-note' }, R.fit(r)) : null,
  );
}

/** The rope's steps toward each capital by cause and lens: which means moved it. */
function byCauseTable(d: MatchDebrief): HTMLElement | null {
  const causes = T.causes.filter((c) => POWERS.some((p) => d.lens[p].ropeByCause[c] !== undefined));
  if (causes.length === 0) return null;
  const cell = (p: 'russia' | 'china', c: (typeof T.causes)[number], l: 'material' | 'ideational'): string =>
    String(d.lens[p].ropeByCause[c]?.[l] ?? 0);
  return h(
    'details',
    { class: 'db-bycause' },
    h('summary', {}, T.byCauseHeading),
    h(
      'table',
      { class: 'db-table', 'data-testid': 'debrief-bycause' },
      h('thead', {}, h('tr', {}, ...T.byCauseColumns.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...causes.map((c) =>
          h(
            'tr',
            {},
            h('td', {}, T.causeName(c)),
            h('td', {}, cell('russia', c, 'material')),
            h('td', {}, cell('russia', c, 'ideational')),
            h('td', {}, cell('china', c, 'material')),
            h('td', {}, cell('china', c, 'ideational')),
          ),
        ),
      ),
    ),
  );
}

/** The head's buttons: this match as CSV or JSON, back and the first screen. */
function headButtons(d: MatchDebrief, status: HTMLElement, handlers: DebriefHandlers) {
  const save = (ext: 'csv' | 'json'): void => {
    const name = exportFileName(d.label, ext, new Date());
    if (ext === 'csv') download(name, 'text/csv;charset=utf-8', debriefCsv([d]));
    else download(name, 'application/json', debriefJson([d], new Date()));
    status.textContent = T.downloaded(name);
  };
  return {
    csv: button(T.downloadCsv, () => save('csv'), { class: 'btn primary', 'data-testid': 'download-csv' }),
    json: button(T.downloadJson, () => save('json'), { class: 'btn', 'data-testid': 'download-json' }),
    back: button(T.back, handlers.onBack, { class: 'btn ghost', 'data-testid': 'debrief-back' }),
    menu: button(T.firstScreen, handlers.onMenu, { class: 'btn ghost' }),
  };
}

/** The three chart boxes, each labelled with the numbers it draws for a screen reader. */
function debriefBoxes(d: MatchDebrief) {
  const points = [[T.yearStart, d.start] as const, ...d.rounds.map((r) => [String(r.year), r] as const)];
  const realist = typeof d.realist === 'object' ? d.realist : null;
  const ropeLabel = [T.ropeSummary(points.map(([y, p]) => [y, p.rope] as const))];
  if (realist !== null) ropeLabel.push(R.summary(realist.rounds.map((p) => [String(p.year), p.rope] as const)));
  return {
    rope: chartBox('chart-rope', ropeLabel.join(' ')),
    values: chartBox('chart-values', T.valuesSummary(points.map(([y, p]) => [y, p.values] as const))),
    lens: chartBox(
      'chart-lens',
      T.lensSummary(
        [d.lens.russia.rope.material, d.lens.russia.rope.ideational],
        [d.lens.china.rope.material, d.lens.china.rope.ideational],
      ),
    ),
  };
}

function debriefGrid(d: MatchDebrief, boxes: ReturnType<typeof debriefBoxes>): HTMLElement {
  return h(
    'div',
    { class: 'db-grid' },
    section(T.ropeHeading, 'db-rope', h('p', { class: 'db-note' }, T.ropeNote), boxes.rope, realistBlock(d)),
    section(T.valuesHeading, 'db-values', h('p', { class: 'db-note' }, T.valuesNote), boxes.values),
    section(
      T.lensHeading,
      'db-lens-h',
      h('p', { class: 'db-note' }, T.lensNote),
      boxes.lens,
      lensText(d),
      byCauseTable(d),
      h(
        'div',
        { class: 'db-coding', 'data-testid': 'debrief-coding' },
        h('p', { class: 'db-note' }, R.codingNote),
        h('p', { class: 'db-note' }, R.liberalNote),
      ),
    ),
    section(T.eventsHeading, 'db-events-h', eventsList(d)),
    h('div', { class: 'db-wide' }, section(T.promptsHeading, 'db-prompts-h', promptsList(d))),
  );
}

/** Builds the debrief sheet for a match; `title` and `detail` say how it ended. */
export function debriefSheet(d: MatchDebrief, title: string, detail: string, handlers: DebriefHandlers): HTMLElement {
  const status = h('p', { class: 'db-status', role: 'status', 'aria-live': 'polite' });
  const { csv, json, back, menu } = headButtons(d, status, handlers);
  const boxes = debriefBoxes(d);
  const head = h(
    'header',
    { class: 'db-head' },
    h(
      'div',
      {},
      h(
        'p',
        { class: 'menu-kicker' },
        T.debriefSubtitle(C.scenarioTitle(d.scenario, d.scenarioTitle), d.rounds.length),
      ),
      h('h2', { id: 'debrief-title' }, T.debriefTitle(title)),
      h('p', { class: 'db-detail' }, detail),
    ),
    h('div', { class: 'db-actions' }, csv, json, back, menu),
  );
  const sheet = h(
    'div',
    {
      class: 'overlay debrief-overlay',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'debrief-title',
      'data-testid': 'debrief',
    },
    h(
      'div',
      { class: 'debrief' },
      head,
      status,
      d.finished ? null : h('p', { class: 'db-note' }, T.matchRunning),
      debriefGrid(d, boxes),
    ),
  );
  sheet.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') handlers.onBack();
  });
  queueMicrotask(() => csv.focus());
  // uPlot in its own chunk; the charts size themselves to their boxes once in the page.
  void import('./debriefCharts')
    .then(({ drawDebriefCharts }) => drawDebriefCharts(d, boxes))
    .catch(() => {
      status.textContent = T.chartsFailed;
    });
  return sheet;
}
