// The teacher's guide, a full-screen sheet over the first screen: learning goals, two
// lesson plans, how a classroom session runs, the two
// readings in plain words, discussion questions. Its text is CLASSROOM_TEXT's.
import { CLASSROOM_TEXT as T } from './classroomText';
import { card, table } from './cards';
import { button, h } from './dom';
import './debrief.css';

/**
 * Debrief files in, class debrief out: each file is read and checked (a refused file
 * says why and the others still count); the reader and the class sheet load on use.
 */
function classFilesCard(): HTMLElement {
  const input = h('input', {
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
    id: 'class-files',
    'data-testid': 'class-files',
  });
  // A live region around the list: a list given role=status would no longer be a list.
  const problems = h('div', { 'data-testid': 'class-files-problems', role: 'status', 'aria-live': 'polite' });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    void Promise.all([
      import('../debrief/read'),
      import('./classDebrief'),
      ...files.map((f) => f.text().then((t) => [f.name, t] as const)),
    ]).then(([read, view, ...texts]) => {
      const lists = [];
      const refused: HTMLElement[] = [];
      for (const [name, text] of texts) {
        const out = read.readDebriefFile(text);
        if (out.ok) lists.push(out.matches);
        else refused.push(h('li', {}, T.classFileRefused(name, out, read.MAX_DEBRIEF_FILE_BYTES)));
      }
      const matches = read.mergeMatches(lists);
      if (matches.length === 0) refused.push(h('li', {}, T.classNoMatches));
      problems.replaceChildren(...(refused.length === 0 ? [] : [h('ul', { class: 'db-lens not-yet' }, ...refused)]));
      input.value = '';
      if (matches.length === 0) return;
      const sheet = view.classDebriefSheet(matches, () => {
        sheet.remove();
        input.focus();
      });
      document.body.append(sheet);
    });
  });
  return card(
    T.classFilesHeading,
    'g-files',
    h('p', { class: 'db-note' }, T.classFilesNote),
    h('label', { class: 'db-file', for: 'class-files' }, T.classFilesLabel),
    input,
    problems,
  );
}

/** The guide sheet; `onClose` removes it and gives focus back. */
export function guideSheet(onClose: () => void): HTMLElement {
  const close = button(T.guideClose, onClose, { class: 'btn primary', 'data-testid': 'guide-close' });
  const S = T.guideSections;
  const sheet = h(
    'div',
    {
      class: 'overlay guide-overlay',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'guide-title',
      'data-testid': 'guide',
    },
    h(
      'div',
      { class: 'guide' },
      h(
        'header',
        { class: 'db-head' },
        h('div', {}, h('p', { class: 'menu-kicker' }, T.guideKicker), h('h2', { id: 'guide-title' }, T.guideTitle)),
        h('div', { class: 'db-actions' }, close),
      ),
      h('p', { class: 'guide-intro' }, T.guideIntro),
      h('blockquote', {}, T.guideQuestion),
      card(S.goals, 'g-goals', h('ol', {}, ...T.goals.map((g) => h('li', {}, g)))),
      h(
        'div',
        { class: 'db-grid' },
        card(S.lesson45, 'g-45', table(T.lessonColumns, T.lesson45)),
        card(S.lesson90, 'g-90', table(T.lessonColumns, T.lesson90)),
      ),
      card(S.session, 'g-session', h('p', { class: 'db-note' }, T.sessionIntro), table(T.sessionColumns, T.session)),
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
      classFilesCard(),
      h('div', { class: 'db-actions' }, button(T.guideClose, onClose, { class: 'btn' })),
    ),
  );
  sheet.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onClose();
  });
  queueMicrotask(() => close.focus());
  return sheet;
}
