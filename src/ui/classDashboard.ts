// The teacher's dashboard (/?teach=CODE#key=KEY): the join code large, the join link
// and its QR code; who is waiting and the Pair button; every student (rename, remove);
// every match at a glance (classMatchCard.ts) with Watch and pause/resume; for the whole
// class (classControls.ts): pause/resume, extend, end, the class debrief and the
// exports; injecting a news event (classInject.ts). It follows the server's `dashboard`
// socket events; the controls stay put between updates (only the live parts are
// redrawn, and focus is kept on a redrawn button).
import type { Socket } from 'socket.io-client';
import { classApi, classUrls, connectClass } from '../net/classApi';
import { dashboardSchema } from '../net/classSchemas';
import { parsePayload } from '../net/http';
import { ClassError, type Dashboard } from '../online/classroom';
import { button, h } from './dom';
import { S } from './classText';
import { saveTeacher } from './classCreate';
import { classErrorText, socketErrorText } from './serverText';
import { classControls, deletedPage } from './classControls';
import { dashContext, type DashContext } from './classDashContext';
import { injectBox } from './classInject';
import { joinBanner } from './classJoinBanner';
import { matchCard, sortedMatches, type SortKey } from './classMatchCard';
import { studentList } from './classStudents';
import { reflectionsBox } from './classReflect';
import { rubricBox } from './classGrading';

export { joinBanner } from './classJoinBanner';

function statusText(d: Dashboard): string {
  return d.status === 'waiting' ? S('statusWaiting') : d.status === 'running' ? S('statusRunning') : S('statusEnded');
}

/** The lesson clock: minutes since the session was created, and the time left once there is an end. */
function timeText(d: Dashboard, now: number): string[] {
  const elapsed = S('elapsed', { n: Math.max(0, Math.floor((now - d.createdAt) / 60_000)) });
  if (d.endsAt === null || d.status === 'ended') return d.status === 'ended' ? [] : [elapsed];
  const min = Math.ceil((d.endsAt - now) / 60_000);
  return [elapsed, min <= 0 ? S('timeUp') : S('endsIn', { n: min })];
}

function summaryText(d: Dashboard): string {
  return [statusText(d), S('studentsCount', { n: d.students.length }), ...timeText(d, Date.now())].join(' · ');
}

/** Who is waiting, and the Pair button. */
function waitingBox(ctx: DashContext): { element: HTMLElement; update(d: Dashboard): void } {
  const title = h('h2', { id: 'dash-waiting-title' });
  const list = h('ul', { class: 'waiting-list', 'data-testid': 'waiting-list' });
  const pairBtn: HTMLButtonElement = button(
    S('pair'),
    () => void ctx.act(() => classApi.pair(ctx.code, ctx.key), S('paired'), pairBtn),
    { class: 'btn primary big', 'data-testid': 'pair' },
  );
  return {
    element: h('section', { class: 'dash-box', 'aria-labelledby': 'dash-waiting-title' }, title, list, pairBtn),
    update: (d) => {
      const waiting = d.students.filter((s) => s.matchID === null);
      title.textContent = S('waitingHeading', { n: waiting.length });
      list.replaceChildren(
        ...(waiting.length === 0
          ? [h('li', { class: 'none' }, S('noneWaiting'))]
          : waiting.map((s) => h('li', { class: s.connected ? '' : 'off' }, s.nickname))),
      );
      pairBtn.disabled = waiting.length === 0 || d.status === 'ended';
    },
  };
}

/** The match grid with its sort order. */
function matchGrid(ctx: DashContext): { element: HTMLElement; update(d: Dashboard): void } {
  let sort: SortKey = 'formed';
  const title = h('h2', { id: 'dash-matches-title' });
  const grid = h('ol', { class: 'match-grid', 'data-testid': 'match-grid' });
  const sortPick = h(
    'select',
    { id: 'dash-sort', 'data-testid': 'sort' },
    ...(
      [
        ['formed', S('sortFormed')],
        ['attention', S('sortAttention')],
        ['rope', S('sortRope')],
        ['round', S('sortRound')],
      ] as const
    ).map(([v, l]) => h('option', { value: v }, l)),
  );
  const draw = (d: Dashboard): void => {
    const focused = document.activeElement?.getAttribute('data-fkey') ?? null;
    title.textContent = S('matchesHeading', { n: d.matches.length });
    grid.replaceChildren(
      ...(d.matches.length === 0
        ? [h('li', { class: 'match-empty' }, S('noMatches'))]
        : sortedMatches(d.matches, sort).map(({ m, n }) => matchCard(ctx, m, n))),
    );
    if (focused !== null) grid.querySelector<HTMLElement>(`[data-fkey="${focused}"]`)?.focus();
  };
  sortPick.addEventListener('change', () => {
    sort = sortPick.value as SortKey;
    const d = ctx.current();
    if (d !== null) draw(d);
  });
  return {
    element: h(
      'section',
      { class: 'dash-matches', 'aria-labelledby': 'dash-matches-title' },
      h('div', { class: 'row mg-head' }, title, h('label', { for: 'dash-sort' }, S('sortBy')), sortPick),
      grid,
    ),
    update: draw,
  };
}

/** Follows the teacher's live socket: each `dashboard` event is shown; a lost connection is said. */
function follow(ctx: DashContext, status: HTMLElement, app: HTMLElement): void {
  let socket: Socket | null = null;
  void connectClass({ code: ctx.code, teacherKey: ctx.key }).then((s) => {
    socket = s;
    s.on('dashboard', (d: unknown) => {
      const dashboard = parsePayload(dashboardSchema, d);
      if (dashboard !== null) ctx.show(dashboard);
    });
    s.on('deleted', () => {
      s.close();
      deletedPage(app, S('deletedText', { code: ctx.code }));
    });
    s.on('connect_error', (err: Error) => {
      // The session no longer exists: no point in trying again.
      if ((err as { data?: { code?: unknown } }).data?.code === 'classNotFound') {
        s.close();
        deletedPage(app, S('classGone', { code: ctx.code }));
      } else ctx.say(`${S('liveLost')} ${socketErrorText(err)}`);
    });
    s.on('disconnect', () => ctx.say(S('liveLost')));
    s.on('connect', () => {
      if (status.textContent?.startsWith(S('liveLost')) === true) ctx.say('');
    });
  });
  window.addEventListener('pagehide', () => socket?.close());
}

export function mountDashboard(app: HTMLElement, code: string, key: string): void {
  saveTeacher(code, key);
  const status = h('p', { class: 'dash-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'dash-status' });
  const summary = h('p', { class: 'dash-summary', 'data-testid': 'dash-summary' });
  const parts: { update(d: Dashboard): void }[] = [];
  const ctx = dashContext(code, key, status, (d) => {
    summary.textContent = summaryText(d);
    for (const p of parts) p.update(d);
  });
  const waiting = waitingBox(ctx);
  const students = studentList(ctx);
  const controls = classControls(ctx, () => main);
  const inject = injectBox(ctx);
  const grid = matchGrid(ctx);
  parts.push(waiting, students, controls, inject, grid);
  const main = h(
    'main',
    { class: 'dashboard', 'aria-labelledby': 'dash-title', 'data-testid': 'dashboard' },
    h(
      'div',
      { class: 'dash-side' },
      h(
        'header',
        { class: 'dash-head' },
        h('p', { class: 'menu-kicker' }, S('dashLabel')),
        h('h1', { id: 'dash-title' }, S('dashTitle', { code })),
        summary,
      ),
      joinBanner(code, ctx.say),
      h(
        'p',
        { class: 'hint' },
        S('privateNote'),
        ' ',
        h(
          'a',
          { href: classUrls.projector(code, key), target: '_blank', rel: 'noopener', 'data-testid': 'projector-link' },
          S('projector'),
        ),
      ),
      waiting.element,
      students.element,
      status,
    ),
    h(
      'div',
      { class: 'dash-main' },
      controls.element,
      inject.element,
      grid.element,
      reflectionsBox(code, key, (id) => (ctx.current()?.matches.findIndex((m) => m.matchID === id) ?? -1) + 1),
      rubricBox(code, key),
    ),
  );
  app.replaceChildren(main);
  void classApi.dashboard(code, key).then(ctx.show, (err: unknown) => {
    if (err instanceof ClassError && err.code === 'classNotFound') deletedPage(app, S('classGone', { code }));
    else ctx.say(S('failed', { why: classErrorText(err) }));
  });
  follow(ctx, status, app);
  // The lesson clock is re-said every fifteen seconds between updates.
  window.setInterval(() => {
    const d = ctx.current();
    if (d !== null) summary.textContent = summaryText(d);
  }, 15_000);
}
