// The teacher's guide, a full-screen sheet over the first screen: learning goals, two
// lesson plans, how a classroom session runs (and what is not built yet), the two
// readings in plain words, discussion questions. Its text is CLASSROOM_TEXT's.
import { CLASSROOM_TEXT as T } from './classroomText';
import { button, h } from './dom';
import './debrief.css';

function card(title: string, id: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'db-card', 'aria-labelledby': id }, h('h3', { id }, title), ...children);
}

function table(columns: readonly string[], rows: readonly (readonly string[])[], rowClass?: (row: readonly string[]) => string): HTMLTableElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', { class: rowClass?.(r) }, ...r.map((cell, i) => h('td', i === r.length - 1 && rowClass !== undefined ? { class: rowClass(r) } : {}, cell))))),
  );
}

/** The guide sheet; `onClose` removes it and gives focus back. */
export function guideSheet(onClose: () => void): HTMLElement {
  const close = button(T.guideClose, onClose, { class: 'btn primary', 'data-testid': 'guide-close' });
  const S = T.guideSections;
  const sheet = h(
    'div',
    { class: 'overlay guide-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'guide-title', 'data-testid': 'guide' },
    h(
      'div',
      { class: 'guide' },
      h('header', { class: 'db-head' }, h('div', {}, h('p', { class: 'menu-kicker' }, '2013 – 2031'), h('h2', { id: 'guide-title' }, T.guideTitle)), h('div', { class: 'db-actions' }, close)),
      h('p', { class: 'guide-intro' }, T.guideIntro),
      h('blockquote', {}, T.guideQuestion),
      card(S.goals, 'g-goals', h('ol', {}, ...T.goals.map((g) => h('li', {}, g)))),
      h('div', { class: 'db-grid' }, card(S.lesson45, 'g-45', table(T.lessonColumns, T.lesson45)), card(S.lesson90, 'g-90', table(T.lessonColumns, T.lesson90))),
      card(
        S.session,
        'g-session',
        h('p', { class: 'db-note' }, T.sessionIntro),
        table(T.sessionColumns, T.session, (r) => ((r[2] ?? '').startsWith('Not yet') ? 'not-yet' : 'ready')),
      ),
      card(
        S.readings,
        'g-readings',
        h(
          'div',
          { class: 'guide-readings db-readings' },
          h('p', { class: 'realist' }, h('strong', {}, T.realism.title), T.realism.text),
          h('p', { class: 'constructivist' }, h('strong', {}, T.constructivism.title), T.constructivism.text),
        ),
      ),
      card(S.questions, 'g-questions', h('ol', {}, ...T.questions.map((q) => h('li', {}, q)))),
      h('div', { class: 'db-actions' }, button(T.guideClose, onClose, { class: 'btn' })),
    ),
  );
  queueMicrotask(() => close.focus());
  return sheet;
}
