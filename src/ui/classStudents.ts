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

function where(d: Dashboard, s: DashboardStudent): string {
  if (s.matchID === null) return S('waitingShort');
  const n = d.matches.findIndex((m) => m.matchID === s.matchID) + 1;
  const match = S('inMatchN', { n });
  return s.role === null ? match : `${match} · ${roleOf(s.role)}`;
}

export function studentList(ctx: DashContext): StudentList {
  const { code, key } = ctx;
  let editing: string | null = null;
  const title = h('h2', { id: 'dash-students-title' });
  const list = h('ul', { class: 'student-list', 'data-testid': 'student-list' });

  const renameForm = (s: DashboardStudent): HTMLElement => {
    const id = `rename-${s.id}`;
    const input = h('input', {
      id,
      value: s.nickname,
      maxlength: NICKNAME_MAX,
      autocomplete: 'off',
      spellcheck: 'false',
    });
    const form = h(
      'form',
      { class: 'row rename-form', 'data-testid': 'rename-form' },
      h('label', { for: id, class: 'sr-only' }, S('renameTo', { name: s.nickname })),
      input,
      h('button', { type: 'submit', class: 'btn small-btn primary', 'data-testid': 'rename-save' }, S('renameSave')),
      button(S('cancel'), () => done(), { class: 'btn small-btn' }),
    );
    const done = (): void => {
      editing = null;
      const d = ctx.current();
      if (d !== null) draw(d);
      list.querySelector<HTMLElement>(`[data-rename="${s.id}"]`)?.focus();
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const name = input.value.trim();
      void ctx.act(async () => {
        const d = await classApi.rename(code, key, s.id, name);
        editing = null;
        ctx.say(S('renamed', { old: s.nickname, name }));
        return d;
      });
    });
    queueMicrotask(() => input.focus());
    return form;
  };

  const row = (d: Dashboard, s: DashboardStudent): HTMLElement => {
    if (editing === s.id) return h('li', { 'data-student': s.id }, renameForm(s));
    const remove: HTMLButtonElement | null =
      s.matchID === null
        ? button(
            S('remove'),
            () =>
              void ctx.act(
                () => classApi.remove(code, key, s.id),
                S('removed', { name: s.nickname }),
                remove ?? undefined,
              ),
            { class: 'btn small-btn', 'aria-label': S('removeLabel', { name: s.nickname }), 'data-testid': 'remove' },
          )
        : null;
    return h(
      'li',
      { class: s.connected ? '' : 'off', 'data-student': s.id },
      h('span', { class: 'sl-name' }, s.nickname),
      h('span', { class: 'sl-where' }, where(d, s)),
      h(
        'span',
        { class: 'row sl-actions' },
        button(
          S('rename'),
          () => {
            editing = s.id;
            draw(d);
          },
          {
            class: 'btn small-btn',
            'aria-label': S('renameLabel', { name: s.nickname }),
            'data-rename': s.id,
            'data-testid': 'rename',
          },
        ),
        remove,
      ),
    );
  };

  const draw = (d: Dashboard): void => {
    title.textContent = S('studentsHeading', { n: d.students.length });
    list.replaceChildren(...d.students.map((s) => row(d, s)));
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
      if (editing === null || !d.students.some((s) => s.id === editing)) {
        editing = null;
        draw(d);
      }
    },
  };
}
