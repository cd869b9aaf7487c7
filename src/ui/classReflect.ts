// Written reflections: the student's form (each question the teacher chose, a text box,
// Save, the server's coded refusal in the student's words) in a dialog over the table,
// and the teacher's list of every answer by match on the dashboard.
import { ESSAY_PROMPT, promptFor } from '../content/prompts';
import { classApi } from '../net/classApi';
import { ANSWER_MAX, ESSAY_QUESTION } from '../classroom/reflection';
import { answerExtras } from './classGrading';
import { S } from './classText';
import { CONTENT_TEXT } from './classroomText';
import { button, h } from './dom';
import { classErrorText } from './serverText';

/** A question's words in the reader's language. */
export function questionWords(id: string): string {
  if (id === ESSAY_QUESTION) return CONTENT_TEXT.essay('question', ESSAY_PROMPT.question);
  return CONTENT_TEXT.prompt(id, 'question', promptFor(id)?.question ?? id);
}

function answerField(code: string, token: string, question: string, n: number, text: string): HTMLElement {
  const id = `reflect-${n}`;
  const area = h('textarea', { id, rows: 4, maxlength: ANSWER_MAX, 'data-question': question });
  area.value = text;
  const status = h('p', { class: 'reflect-status', role: 'status', 'aria-live': 'polite' });
  const save: HTMLButtonElement = button(
    S('reflectSave'),
    () => {
      save.disabled = true;
      classApi.answer(code, token, question, area.value).then(
        () => (status.textContent = S('reflectSaved')),
        (err: unknown) => (status.textContent = S('failed', { why: classErrorText(err) })),
      );
      void Promise.resolve().then(() => (save.disabled = false));
    },
    { class: 'btn primary', 'data-testid': 'reflect-save' },
  );
  return h(
    'div',
    { class: 'reflect-question', 'data-testid': 'reflect-question' },
    h('label', { for: id }, questionWords(question)),
    area,
    h('div', { class: 'row' }, save, status),
  );
}

/** The student's reflection form, in a dialog over `root`. */
export async function showReflection(root: HTMLElement, code: string, token: string): Promise<void> {
  document.querySelector('.reflect-dialog')?.remove();
  const mine = await classApi.myReflections(code, token);
  // A modal dialog: what is behind it is inert until it closes.
  const behind = [...root.children].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.inert);
  for (const el of behind) el.inert = true;
  const close = button(
    S('reflectClose'),
    () => {
      box.remove();
      for (const el of behind) el.inert = false;
    },
    { class: 'btn', 'data-testid': 'reflect-close' },
  );
  const box = h(
    'div',
    {
      class: 'briefing-dialog reflect-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'reflect-title',
    },
    h(
      'div',
      { class: 'briefing-card', 'data-testid': 'reflection' },
      h('h2', { id: 'reflect-title' }, S('reflectTitle')),
      h('p', {}, S('reflectLede')),
      ...mine.questions.map((q, i) =>
        answerField(code, token, q, i + 1, mine.answers.find((a) => a.question === q)?.text ?? ''),
      ),
      h('div', { class: 'row' }, close),
    ),
  );
  root.append(box);
  box.querySelector('textarea')?.focus();
}

/** The teacher's box: every answer by match, fetched on demand. */
export function reflectionsBox(code: string, key: string, matchNumber: (matchID: string) => number): HTMLElement {
  const list = h('div', { class: 'reflect-list', 'data-testid': 'reflections' });
  const title = h('h2', { id: 'dash-reflect-title' }, S('reflectTitle'));
  const show: HTMLButtonElement = button(
    S('reflectionsShow'),
    () => {
      show.disabled = true;
      classApi
        .reflections(code, key)
        .then(
          (r) => {
            title.textContent = S('reflectionsHeading', { n: r.answers.length });
            const rows = [...r.answers].sort(
              (a, b) => matchNumber(a.matchID) - matchNumber(b.matchID) || a.nickname.localeCompare(b.nickname),
            );
            list.replaceChildren(
              ...(rows.length === 0
                ? [h('p', {}, S('reflectionsNone'))]
                : rows.map((a) =>
                    h(
                      'article',
                      { class: 'reflect-answer', 'data-testid': 'reflect-answer' },
                      h('h3', {}, `${S('matchN', { n: matchNumber(a.matchID) })} · ${a.nickname}`),
                      h('p', { class: 'hint' }, questionWords(a.question)),
                      h('p', {}, a.text),
                      ...answerExtras(code, key, a, r.evidence ?? []),
                    ),
                  )),
            );
          },
          (err: unknown) => list.replaceChildren(h('p', {}, S('failed', { why: classErrorText(err) }))),
        )
        .finally(() => (show.disabled = false));
    },
    { class: 'btn', 'data-testid': 'reflections-show' },
  );
  return h('section', { class: 'dash-box reflect', 'aria-labelledby': 'dash-reflect-title' }, title, show, list);
}
