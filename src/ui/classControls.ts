// The dashboard's controls for the whole class: pause and resume all, extend, the class
// debrief, the CSV/JSON exports, and ending the session (after a confirmation).
import { classApi } from '../net/classApi';
import type { Dashboard } from '../online/classroom';
import { exportFileName } from '../debrief/export';
import { button, h } from './dom';
import { S } from './classText';
import { classErrorText } from './serverText';
import type { DashContext } from './classDashContext';
import { printBriefings } from './classBriefing';

/** A confirmation: hidden until `open`, a question, Yes (runs `yes`) and Cancel (back to `opener`). */
export function confirmBox(
  id: string,
  question: string,
  yes: { readonly label: string; readonly testid: string; readonly run: () => void },
  opener: () => HTMLElement,
  before: readonly HTMLElement[] = [],
): { readonly element: HTMLElement; open(): void } {
  const element = h('div', {
    class: 'end-confirm',
    role: 'alertdialog',
    'aria-labelledby': `${id}-text`,
    hidden: true,
    'data-testid': id,
  });
  const yesBtn = button(
    yes.label,
    () => {
      element.hidden = true;
      yes.run();
    },
    { class: 'btn danger', 'data-testid': yes.testid },
  );
  element.append(
    h('p', { id: `${id}-text` }, question),
    ...(before.length === 0 ? [] : [h('div', { class: 'row' }, ...before)]),
    h(
      'div',
      { class: 'row' },
      yesBtn,
      button(
        S('cancel'),
        () => {
          element.hidden = true;
          opener().focus();
        },
        { class: 'btn' },
      ),
    ),
  );
  return {
    element,
    open: () => {
      element.hidden = false;
      yesBtn.focus();
    },
  };
}

/** Saves the class export (the teacher key goes in a header, so it is fetched, then saved). */
export async function saveExport(ctx: DashContext, ext: 'csv' | 'json'): Promise<void> {
  const text = await classApi.exportText(ctx.code, ctx.key, ext);
  const { download } = await import('./debrief');
  const name = exportFileName(`class ${ctx.code}`, ext, new Date());
  download(name, ext === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', text);
  ctx.say(S('saved', { name }));
}

export function exportButton(ctx: DashContext, ext: 'csv' | 'json', testid = `export-${ext}`): HTMLButtonElement {
  const b: HTMLButtonElement = button(
    ext === 'csv' ? S('exportCsv') : S('exportJson'),
    () => void ctx.act(() => saveExport(ctx, ext), undefined, b),
    { class: 'btn', 'data-testid': testid },
  );
  return b;
}

/** The class debrief sheet over the dashboard, from the class export. */
async function openDebrief(ctx: DashContext, main: HTMLElement, btn: HTMLButtonElement): Promise<void> {
  ctx.say(S('loadingDebrief'));
  btn.disabled = true;
  try {
    const [text, { readDebriefFile }, { classDebriefSheet }] = await Promise.all([
      classApi.exportText(ctx.code, ctx.key, 'json'),
      import('../debrief/read'),
      import('./classDebrief'),
    ]);
    const read = readDebriefFile(text);
    if (!read.ok) throw new Error(read.reason);
    const sheet = classDebriefSheet(
      read.matches,
      () => {
        sheet.remove();
        btn.focus();
      },
      { ended: ctx.current()?.status === 'ended' },
    );
    main.append(sheet);
    ctx.say('');
  } catch (err) {
    ctx.say(S('failed', { why: classErrorText(err) }));
  } finally {
    btn.disabled = false;
  }
}

/** The page a deleted session leaves behind on the teacher's screen. */
export function deletedPage(app: HTMLElement, text: string): void {
  app.replaceChildren(
    h(
      'main',
      { class: 'menu lobby class-student', 'aria-labelledby': 'class-deleted-title', 'data-testid': 'class-deleted' },
      h(
        'div',
        { class: 'menu-card class-card' },
        h('p', { class: 'menu-kicker' }, S('dashLabel')),
        h('h1', { id: 'class-deleted-title' }, S('deletedTitle')),
        h('p', { class: 'menu-lede', role: 'status', 'data-testid': 'class-deleted-text' }, text),
        button(S('backToMenu'), () => window.location.assign(window.location.pathname), { class: 'btn ghost' }),
      ),
    ),
  );
}

/** Deleting the session: a confirmation that offers the exports first. */
function deleteControl(ctx: DashContext): { button: HTMLButtonElement; confirm: HTMLElement } {
  const confirm = confirmBox(
    'delete-confirm',
    S('deleteConfirm'),
    {
      label: S('deleteYes'),
      testid: 'delete-yes',
      run: () =>
        void ctx.act(
          async () => {
            await classApi.deleteSession(ctx.code, ctx.key);
            const app = document.querySelector<HTMLElement>('[data-testid="dashboard"]')?.parentElement;
            if (app !== null && app !== undefined) deletedPage(app, S('deletedText', { code: ctx.code }));
          },
          undefined,
          btn,
        ),
    },
    () => btn,
    [exportButton(ctx, 'csv', 'delete-export-csv'), exportButton(ctx, 'json', 'delete-export-json')],
  );
  const btn = button(S('deleteSession'), () => confirm.open(), { class: 'btn danger', 'data-testid': 'delete' });
  return { button: btn, confirm: confirm.element };
}

export interface ClassControls {
  readonly element: HTMLElement;
  update(d: Dashboard): void;
}

export function classControls(ctx: DashContext, main: () => HTMLElement): ClassControls {
  const { code, key } = ctx;
  const pauseAll: HTMLButtonElement = button(
    S('pauseAll'),
    () => void ctx.act(() => classApi.pause(code, key), S('pausedAll'), pauseAll),
    { class: 'btn', 'data-testid': 'pause-all' },
  );
  const resumeAll: HTMLButtonElement = button(
    S('resumeAll'),
    () => void ctx.act(() => classApi.resume(code, key), S('resumedAll'), resumeAll),
    { class: 'btn', 'data-testid': 'resume-all' },
  );
  const minutes = h(
    'select',
    { id: 'dash-extend', 'data-testid': 'extend-minutes' },
    ...[5, 10, 15, 30].map((n) => h('option', { value: String(n) }, S('extendMinutes', { n }))),
  );
  minutes.value = '10';
  const extend: HTMLButtonElement = button(
    S('extend'),
    () => void ctx.act(() => classApi.extend(code, key, Number(minutes.value)), S('extended'), extend),
    { class: 'btn', 'data-testid': 'extend' },
  );
  const confirm = confirmBox(
    'end-confirm',
    S('endConfirm'),
    {
      label: S('endYes'),
      testid: 'end-yes',
      run: () => void ctx.act(() => classApi.end(code, key), S('ended'), endBtn),
    },
    () => endBtn,
  );
  const endBtn = button(S('end'), () => confirm.open(), { class: 'btn danger', 'data-testid': 'end' });
  const del = deleteControl(ctx);
  const debriefBtn: HTMLButtonElement = button(S('debrief'), () => void openDebrief(ctx, main(), debriefBtn), {
    class: 'btn primary',
    'data-testid': 'class-debrief-open',
  });
  const element = h(
    'section',
    { class: 'dash-box dash-all', 'aria-labelledby': 'dash-all-title' },
    h('h2', { id: 'dash-all-title' }, S('allHeading')),
    h(
      'div',
      { class: 'row' },
      pauseAll,
      resumeAll,
      h('span', { class: 'row extend' }, h('label', { for: 'dash-extend' }, S('extendBy')), minutes, extend),
      debriefBtn,
      button(S('briefPrint'), () => printBriefings(code, ctx.current()?.players ?? 2), {
        class: 'btn',
        'data-testid': 'print-briefings',
      }),
      exportButton(ctx, 'csv'),
      exportButton(ctx, 'json'),
      endBtn,
      del.button,
    ),
    confirm.element,
    del.confirm,
  );
  return {
    element,
    update: (d) => {
      for (const b of [pauseAll, resumeAll, extend, endBtn]) b.disabled = d.status === 'ended';
    },
  };
}
