// Full-screen sheets over the table: the hand-off between hotseat players (the next
// hand stays hidden until its owner confirms) and the game-over summary.
import type { Snapshot } from '../game/state';
import { t } from '../i18n/index';
import { CLASSROOM_TEXT } from './classroomText';
import { button, h } from './dom';

export function handoffSheet(name: string, note: string, onReady: () => void): HTMLElement {
  const ready = button(t('handoff.ready', { name }), onReady, { class: 'btn primary', 'data-testid': 'handoff-ready' });
  const sheet = h(
    'div',
    {
      class: 'overlay',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'handoff-title',
      'data-testid': 'handoff',
    },
    h(
      'div',
      { class: 'sheet' },
      h('h2', { id: 'handoff-title' }, t('handoff.title', { name })),
      h('p', {}, note),
      h('p', {}, t('handoff.lookAway')),
      h('div', { class: 'row' }, ready),
    ),
  );
  queueMicrotask(() => ready.focus());
  return sheet;
}

const SERIES = [
  { key: 'rope', color: '#231d18' },
  { key: 'reform', color: '#00a3ad' },
  { key: 'identity', color: '#c58f00' },
  { key: 'warinessRussia', color: '#2f4b9a' },
  { key: 'warinessChina', color: '#c62828' },
] as const;
const seriesLabel = (key: (typeof SERIES)[number]['key']): string =>
  key === 'rope' ? t('over.seriesRope') : t(`valueShort.${key}`);

/** The rope and Kazakhstan's values over the game, as one SVG chart. */
export function historyChart(history: readonly Snapshot[]): SVGSVGElement {
  const W = 640;
  const H = 240;
  const pad = { l: 30, r: 16, t: 16, b: 28 };
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  const n = Math.max(1, history.length - 1);
  const x = (i: number): number => pad.l + ((W - pad.l - pad.r) * i) / n;
  // Values (0..10) and the rope (-20..20) share one axis: the rope is drawn at half scale around 5.
  const y = (v: number): number => pad.t + (H - pad.t - pad.b) * (1 - v / 10);
  const add = (tag: string, attrs: Record<string, string | number>, text?: string): void => {
    const el = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    svg.append(el);
  };
  for (const v of [0, 5, 10]) {
    add('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), stroke: '#d8c9a8', 'stroke-width': 1 });
  }
  // Left axis: the values (0..10). Right axis: the rope (Moscow -20 .. Beijing +20).
  add('text', { x: pad.l - 6, y: y(10) + 4, 'font-size': 12, fill: '#5b4f43', 'text-anchor': 'end' }, '10');
  add('text', { x: pad.l - 6, y: y(5) + 4, 'font-size': 12, fill: '#5b4f43', 'text-anchor': 'end' }, '5');
  add('text', { x: pad.l - 6, y: y(0) + 4, 'font-size': 12, fill: '#5b4f43', 'text-anchor': 'end' }, '0');
  add(
    'text',
    { x: W - pad.r - 2, y: y(10) - 2, 'font-size': 12, fill: '#c62828', 'text-anchor': 'end' },
    t('over.chartBeijing'),
  );
  add(
    'text',
    { x: W - pad.r - 2, y: y(5) - 3, 'font-size': 12, fill: '#231d18', 'text-anchor': 'end' },
    t('over.chartMiddle'),
  );
  add(
    'text',
    { x: W - pad.r - 2, y: y(0) - 3, 'font-size': 12, fill: '#2f4b9a', 'text-anchor': 'end' },
    t('over.chartMoscow'),
  );
  history.forEach((s, i) =>
    add('text', { x: x(i), y: H - 8, 'font-size': 12, 'text-anchor': 'middle', fill: '#231d18' }, String(s.year)),
  );
  for (const s of SERIES) {
    const pts = history.map((snap, i) => {
      const v = s.key === 'rope' ? 5 + snap.rope / 4 : snap.values[s.key];
      return `${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    });
    add('polyline', {
      points: pts.join(' '),
      fill: 'none',
      stroke: s.color,
      'stroke-width': s.key === 'rope' ? 3.5 : 2,
      'stroke-dasharray': s.key === 'rope' ? '' : '0',
    });
  }
  const summary = history
    .map((s) =>
      t('over.chartYear', { year: s.year, rope: s.rope, reform: s.values.reform, identity: s.values.identity }),
    )
    .join('; ');
  svg.setAttribute('aria-label', t('over.chartLabel', { summary }));
  return svg;
}

export function gameOverSheet(
  title: string,
  detail: string,
  lenses: string,
  history: readonly Snapshot[],
  onMenu: () => void,
  onDebrief?: () => void,
  actions: readonly HTMLElement[] = [],
): HTMLElement {
  const again = button(t('over.back'), onMenu, { class: 'btn primary', 'data-testid': 'menu' });
  const debrief =
    onDebrief === undefined
      ? null
      : button(CLASSROOM_TEXT.openDebrief, onDebrief, { class: 'btn', 'data-testid': 'open-debrief' });
  const legend = h(
    'div',
    { class: 'legend' },
    ...SERIES.map((s) => h('span', { style: `--c:${s.color}` }, seriesLabel(s.key))),
  );
  const sheet = h(
    'div',
    {
      class: 'overlay',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'over-title',
      'data-testid': 'gameover',
    },
    h(
      'div',
      { class: 'sheet' },
      h('h2', { id: 'over-title' }, title),
      h('p', {}, detail),
      h('p', { class: 'lens-split', 'data-testid': 'lens-split' }, lenses),
      h('h3', {}, t('over.chartTitle')),
      historyChart(history),
      legend,
      h('div', { class: 'row' }, ...actions, again, debrief),
    ),
  );
  queueMicrotask(() => again.focus());
  return sheet;
}

/** The rules in brief, over the table: the same words as the first screen's rules. */
export function rulesSheet(onClose: () => void): HTMLElement {
  const close = button(t('rules.close'), onClose, { class: 'btn primary', 'data-testid': 'rules-close' });
  const item = (k: string): HTMLElement =>
    h('li', {}, h('strong', {}, t(`rules.${k}Title`)), ' ', h('span', {}, t(`rules.${k}`)));
  const sheet = h(
    'div',
    {
      class: 'overlay',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'rules-title',
      'data-testid': 'rules-sheet',
    },
    h(
      'div',
      { class: 'sheet rules-sheet' },
      h('h2', { id: 'rules-title' }, t('rules.title')),
      h('ol', {}, item('news'), item('actions'), item('kazakhstan'), item('scoring')),
      h('p', {}, t('rules.control')),
      h('div', { class: 'row' }, close),
    ),
  );
  sheet.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onClose();
  });
  queueMicrotask(() => close.focus());
  return sheet;
}
