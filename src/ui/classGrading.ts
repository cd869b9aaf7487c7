// Grading on the teacher's dashboard: beside each answer its match's evidence (the rope,
// Kazakhstan's values, the realist world's winner) and a comment box; and the rubric, per
// student and criterion the suggestion from their decisions with Accept, or the teacher's
// own words. Each save answers with the server's stored view, or its coded refusal.
import { COMMENT_MAX } from '../classroom/comments';
import { DEFAULT_RUBRIC, LABEL_MAX } from '../classroom/rubric';
import { classApi } from '../net/classApi';
import type { ReflectionsView, RubricView } from '../net/classSchemas';
import { S } from './classText';
import { button, h } from './dom';
import { powerName } from './names';
import { classErrorText } from './serverText';

type Answer = ReflectionsView['answers'][number];
type Evidence = NonNullable<ReflectionsView['evidence']>[number];

const side = (w: string | null): string =>
  w === 'russia' || w === 'china' || w === 'kazakhstan' ? powerName(w) : w === 'draw' ? S('evidenceDraw') : '—';

/** The match's evidence in one line, and the realist world's winner where there is one. */
function evidenceLine(e: Evidence | undefined): HTMLElement {
  if (e === undefined) return h('p', { class: 'hint' });
  const v = e.values;
  const parts = [
    S('evidenceRope', { rope: e.finalRope }),
    S('evidenceValues', { r: v.reform, i: v.identity, wr: v.warinessRussia, wc: v.warinessChina }),
    e.finished ? S('evidenceWinner', { side: side(e.winner) }) : S('statusRunning'),
    'winner' in e.realist ? S('evidenceRealist', { side: side(String(e.realist.winner)) }) : S('evidenceNoRealist'),
  ];
  return h('p', { class: 'hint evidence', 'data-testid': 'answer-evidence' }, parts.join(' · '));
}

/** A labelled text box with Save, its status line saying what the server answered. */
function saveField(
  id: string,
  label: string,
  value: string,
  save: (text: string) => Promise<unknown>,
  testid: string,
): HTMLElement {
  const area = h('textarea', { id, rows: 2, maxlength: COMMENT_MAX, 'data-testid': `${testid}-text` });
  area.value = value;
  const status = h('span', { class: 'reflect-status', role: 'status', 'aria-live': 'polite' });
  const btn: HTMLButtonElement = button(
    S('commentSave'),
    () => {
      btn.disabled = true;
      save(area.value)
        .then(
          () => (status.textContent = S('reflectSaved')),
          (err: unknown) => (status.textContent = S('failed', { why: classErrorText(err) })),
        )
        .finally(() => (btn.disabled = false));
    },
    { class: 'btn', 'data-testid': `${testid}-save` },
  );
  return h(
    'div',
    { class: 'grade-field' },
    h('label', { for: id }, label),
    area,
    h('div', { class: 'row' }, btn, status),
  );
}

let fieldN = 0;

const DEFAULT_KEY: Readonly<Record<string, Parameters<typeof S>[0]>> = {
  evidence: 'critEvidence',
  realist: 'critRealist',
  constructivist: 'critConstructivist',
  agency: 'critAgency',
};

/** A criterion's label: a default one the teacher has not renamed in the reader's language. */
function labelOf(c: { id: string; label: string }): string {
  const k = DEFAULT_KEY[c.id];
  const english = DEFAULT_RUBRIC.find((d) => d.id === c.id)?.label;
  return k !== undefined && english === c.label ? S(k) : c.label;
}

/** The teacher's criteria as fields (clearing one drops it) and one more for a new criterion. */
function criteriaForm(code: string, key: string, v: RubricView, redraw: (v: RubricView) => void): HTMLElement {
  const fields = [...v.criteria, { id: '', label: '' }].map((c) => {
    const input = h('input', {
      type: 'text',
      maxlength: LABEL_MAX,
      'data-id': c.id,
      'data-testid': 'criterion-label',
      'aria-label': c.id === '' ? S('critNew') : S('critLabel'),
    });
    input.value = c.id === '' ? '' : labelOf(c);
    return input;
  });
  const status = h('span', { class: 'reflect-status', role: 'status', 'aria-live': 'polite' });
  const save: HTMLButtonElement = button(
    S('critSave'),
    () => {
      const kept = fields.filter((f) => f.value.trim() !== '');
      const criteria = kept.map((f) => {
        const id = f.getAttribute('data-id') ?? '';
        const before = v.criteria.find((c) => c.id === id);
        // A default label shown in the reader's language and left as it was stays the stored one.
        const label = before !== undefined && f.value === labelOf(before) ? before.label : f.value;
        return id === '' ? { label } : { id, label };
      });
      save.disabled = true;
      classApi
        .rubricCriteria(code, key, criteria)
        .then(redraw, (err: unknown) => (status.textContent = S('failed', { why: classErrorText(err) })))
        .finally(() => (save.disabled = false));
    },
    { class: 'btn', 'data-testid': 'criteria-save' },
  );
  return h(
    'fieldset',
    { class: 'rubric-criteria' },
    h('legend', {}, S('critHeading')),
    ...fields,
    h('div', { class: 'row' }, save, status),
  );
}

/** What goes under an answer on the dashboard: its evidence and the teacher's comment. */
export function answerExtras(code: string, key: string, a: Answer, evidence: readonly Evidence[]): HTMLElement[] {
  const on = { student: a.studentId, match: a.matchID, question: a.question };
  return [
    evidenceLine(evidence.find((e) => e.matchID === a.matchID)),
    saveField(
      `comment-${++fieldN}`,
      S('commentLabel'),
      a.comment?.text ?? '',
      (text) => classApi.comment(code, key, on, text),
      'comment',
    ),
  ];
}

function criterionRow(
  code: string,
  key: string,
  s: RubricView['students'][number],
  c: RubricView['criteria'][number],
  redraw: (v: RubricView) => void,
): HTMLElement {
  const suggestion = s.suggestions.find((x) => x.criterion === c.id)?.text;
  const grade = s.grades.find((g) => g.criterion === c.id);
  const on = { student: s.studentId, criterion: c.id };
  const kept = h(
    'p',
    { class: 'grade-kept', 'data-testid': 'grade-kept' },
    grade === undefined
      ? S('gradeNone')
      : `${grade.source === 'suggested' ? S('gradeAccepted') : S('gradeOwn')}: ${grade.text}`,
  );
  const accept: HTMLButtonElement = button(
    S('rubricAccept'),
    () => {
      accept.disabled = true;
      classApi.grade(code, key, on, { accept: true }).then(redraw, (err: unknown) => {
        kept.textContent = S('failed', { why: classErrorText(err) });
        accept.disabled = false;
      });
    },
    { class: 'btn', 'data-testid': 'rubric-accept' },
  );
  accept.disabled = suggestion === undefined;
  return h(
    'li',
    { class: 'rubric-criterion', 'data-testid': 'rubric-criterion', 'data-criterion': c.id },
    h('h4', {}, labelOf(c)),
    h('p', { class: 'hint', 'data-testid': 'rubric-suggestion' }, `${S('rubricSuggestion')}: ${suggestion ?? '—'}`),
    accept,
    kept,
    saveField(
      `grade-${++fieldN}`,
      S('rubricOwn'),
      grade?.source === 'teacher' ? grade.text : '',
      (text) => classApi.grade(code, key, on, { text }).then(redraw),
      'grade',
    ),
  );
}

/** The rubric box: fetched on demand, redrawn from each answer the server gives. */
export function rubricBox(code: string, key: string): HTMLElement {
  const list = h('div', { class: 'rubric-list', 'data-testid': 'rubric' });
  const draw = (v: RubricView): void => {
    list.replaceChildren(
      criteriaForm(code, key, v, draw),
      ...(v.students.length === 0
        ? [h('p', {}, S('rubricNone'))]
        : v.students.map((s) =>
            h(
              'article',
              { class: 'rubric-student', 'data-testid': 'rubric-student', 'data-nickname': s.nickname },
              h('h3', {}, s.nickname),
              h('ul', {}, ...v.criteria.map((c) => criterionRow(code, key, s, c, draw))),
            ),
          )),
    );
  };
  const show: HTMLButtonElement = button(
    S('rubricShow'),
    () => {
      show.disabled = true;
      classApi
        .rubric(code, key)
        .then(draw, (err: unknown) => list.replaceChildren(h('p', {}, S('failed', { why: classErrorText(err) }))))
        .finally(() => (show.disabled = false));
    },
    { class: 'btn', 'data-testid': 'rubric-show' },
  );
  return h(
    'section',
    { class: 'dash-box rubric', 'aria-labelledby': 'dash-rubric-title' },
    h('h2', { id: 'dash-rubric-title' }, S('rubricHeading')),
    show,
    list,
  );
}
