// The dashboard's list of every student: where each one is (waiting, or which match and
// side), Rename for anyone (a nickname that is a full name, or unkind) and Remove for a
// student still waiting (joined twice, or by mistake). While a rename is being typed the
// live updates leave the list alone, so the field keeps its text and focus.
import { classApi } from '../net/classApi';
import type { Dashboard, DashboardStudent } from '../online/classroom';
import { NICKNAME_MAX } from '../online/classroom';
import { button, h } from './dom';
import { S } from './classText';
import { roleOf } from './classWidgets';
import type { DashContext } from './classDashContext';

export interface StudentList {
  readonly element: HTMLElement;
  update(d: Dashboard): void;
}

/** The list's state: who is being renamed, and how to redraw. */
interface ListState {
  readonly ctx: DashContext;
  readonly list: HTMLElement;
  editing: string | null;
  draw(d: Dashboard): void;
}

function where(d: Dashboard, s: DashboardStudent): string {
  if (s.matchID === null) return S('waitingShort');
  const n = d.matches.findIndex((m) => m.matchID === s.matchID) + 1;
  const match = S('inMatchN', { n });
  return s.role === null ? match : `${match} · ${roleOf(s.role)}`;
}

function renameForm(st: ListState, s: DashboardStudent): HTMLElement {
  const { ctx } = st;
  const id = `rename-${s.id}`;
  const input = h('input', {
    id,
    value: s.nickname,
    maxlength: NICKNAME_MAX,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const done = (): void => {
    st.editing = null;
    const d = ctx.current();
    if (d !== null) st.draw(d);
    st.list.querySelector<HTMLElement>(`[data-rename="${s.id}"]`)?.focus();
  };
  const form = h(
    'form',
    { class: 'row rename-form', 'data-testid': 'rename-form' },
    h('label', { for: id, class: 'sr-only' }, S('renameTo', { name: s.nickname })),
    input,
    h('button', { type: 'submit', class: 'btn small-btn primary', 'data-testid': 'rename-save' }, S('renameSave')),
    button(S('cancel'), done, { class: 'btn small-btn' }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = input.value.trim();
    void ctx.act(async () => {
      const d = await classApi.rename(ctx.code, ctx.key, s.id, name);
      st.editing = null;
      ctx.say(S('renamed', { old: s.nickname, name }));
      return d;
    });
  });
  queueMicrotask(() => input.focus());
  return form;
}

function row(st: ListState, d: Dashboard, s: DashboardStudent): HTMLElement {
  const { ctx } = st;
  if (st.editing === s.id) return h('li', { 'data-student': s.id }, renameForm(st, s));
  const remove: HTMLButtonElement | null =
    s.matchID === null
      ? button(
          S('remove'),
          () =>
            void ctx.act(
              () => classApi.remove(ctx.code, ctx.key, s.id),
              S('removed', { name: s.nickname }),
              remove ?? undefined,
            ),
          { class: 'btn small-btn', 'aria-label': S('removeLabel', { name: s.nickname }), 'data-testid': 'remove' },
        )
      : null;
  const rename = button(
    S('rename'),
    () => {
      st.editing = s.id;
      st.draw(d);
    },
    {
      class: 'btn small-btn',
      'aria-label': S('renameLabel', { name: s.nickname }),
      'data-rename': s.id,
      'data-testid': 'rename',
    },
  );
  return h(
    'li',
    { class: s.connected ? '' : 'off', 'data-student': s.id },
    h('span', { class: 'sl-name' }, s.nickname),
    h('span', { class: 'sl-where' }, where(d, s)),
    h('span', { class: 'row sl-actions' }, rename, remove),
  );
}

export function studentList(ctx: DashContext): StudentList {
  const title = h('h2', { id: 'dash-students-title' });
  const list = h('ul', { class: 'student-list', 'data-testid': 'student-list' });
  const st: ListState = {
    ctx,
    list,
    editing: null,
    draw: (d) => {
      title.textContent = S('studentsHeading', { n: d.students.length });
      list.replaceChildren(...d.students.map((s) => row(st, d, s)));
    },
  };
  const element = h(
    'details',
    { class: 'dash-box students', 'data-testid': 'students' },
    h('summary', {}, title),
    list,
  );
  return {
    element,
    update: (d) => {
      title.textContent = S('studentsHeading', { n: d.students.length });
      if (st.editing === null || !d.students.some((s) => s.id === st.editing)) {
        st.editing = null;
        st.draw(d);
      }
    },
  };
}
