// The teacher's dashboard (/?teach=CODE#key=KEY): the join code large, the join link
// and its QR code; who is waiting and the Pair button; every match at a glance (round,
// the rope, Kazakhstan's four values, whose turn, who is disconnected or idle) with
// Watch and pause/resume; for the whole class: pause/resume, inject a news event into
// all or chosen matches, extend, end, the class debrief and the CSV/JSON exports.
// It follows the server's `dashboard` socket events; the controls stay put between
// updates (only the live parts are redrawn, and focus is kept on a redrawn button).
import type { Socket } from 'socket.io-client';
import { parsePayload } from '../net/http';
import { dashboardSchema } from '../net/classSchemas';
import { classApi, classUrls, connectClass, type InjectableEvent } from '../net/classApi';
import type { Dashboard, DashboardMatch } from '../online/classroom';
import { exportFileName } from '../debrief/export';
import { button, h } from './dom';
import { S, roundLine } from './classText';
import { eventTitle, miniRope, qrBox, resultLine, seatList, valueBars, whoseTurn } from './classWidgets';
import { newsTitle } from './names';
import { saveTeacher } from './classCreate';
import { classErrorText, injectRefusalText, socketErrorText } from './serverText';

type SortKey = 'formed' | 'rope' | 'round' | 'attention';

const why = classErrorText;

function statusText(d: Dashboard): string {
  return d.status === 'waiting' ? S('statusWaiting') : d.status === 'running' ? S('statusRunning') : S('statusEnded');
}

function timeText(d: Dashboard): string | null {
  if (d.endsAt === null || d.status === 'ended') return null;
  const min = Math.ceil((d.endsAt - Date.now()) / 60_000);
  return min <= 0 ? S('timeUp') : S('endsIn', { n: min });
}

/** How much a match needs the teacher's eye: someone gone or idle, then paused. */
function attention(m: DashboardMatch): number {
  const gone = m.seats.filter((s) => s.kind === 'person' && (!s.connected || s.idleSeconds >= 60)).length;
  return gone * 10 + (m.paused ? 1 : 0) - (m.gameover === null ? 0 : 100);
}

/** The join code, its link (with Copy) and QR code: the banner a teacher projects or reads out. */
export function joinBanner(code: string, say: (text: string) => void, big = false): HTMLElement {
  const link = classUrls.join(code);
  const input = h('input', {
    class: 'invite-link',
    readonly: true,
    value: link,
    id: big ? 'proj-link' : 'dash-link',
    'data-testid': 'join-link',
  });
  const copy = button(
    S('copy'),
    () => {
      const copying = navigator.clipboard?.writeText(link);
      if (copying === undefined) copy.textContent = S('copyFailed');
      else
        copying.then(
          () => (copy.textContent = S('copied')),
          () => {
            input.select();
            copy.textContent = S('copyFailed');
          },
        );
    },
    { class: 'btn', 'data-testid': 'copy-join-link' },
  );
  return h(
    'section',
    { class: `join-banner${big ? ' big' : ''}`, 'aria-label': S('codeHeading') },
    h(
      'div',
      { class: 'jb-text' },
      h('p', { class: 'jb-label' }, S('codeHeading')),
      h('p', { class: 'jb-code', 'data-testid': 'join-code' }, code),
      // On the projector the link is written out in words above the banner; here it can be copied.
      big ? null : h('label', { class: 'jb-label', for: input.id }, S('joinLink')),
      big ? null : h('div', { class: 'row invite-row' }, input, copy),
    ),
    qrBox(link, (reason) => say(`${S('qrFailed')} (${reason})`)),
  );
}

export function mountDashboard(app: HTMLElement, code: string, key: string): void {
  saveTeacher(code, key);
  let dash: Dashboard | null = null;
  let sort: SortKey = 'formed';
  let events: InjectableEvent[] = [];
  let targetsFor = '';
  const chosen = new Set<string>();
  let allTargets = true;

  const status = h('p', { class: 'dash-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'dash-status' });
  const say = (text: string): void => {
    status.textContent = text;
  };
  const act = async (run: () => Promise<unknown>, done?: string, btn?: HTMLButtonElement): Promise<void> => {
    if (btn !== undefined) btn.disabled = true;
    try {
      const r = await run();
      const dashboard = parsePayload(dashboardSchema, r);
      if (dashboard !== null) show(dashboard);
      if (done !== undefined) say(done);
    } catch (err) {
      say(S('failed', { why: why(err) }));
    } finally {
      if (btn !== undefined) btn.disabled = false;
    }
  };

  // ---- live parts ----
  const summary = h('p', { class: 'dash-summary', 'data-testid': 'dash-summary' });
  const waitingTitle = h('h2', { id: 'dash-waiting-title' });
  const waitingList = h('ul', { class: 'waiting-list', 'data-testid': 'waiting-list' });
  const pairBtn = button(S('pair'), () => void act(() => classApi.pair(code, key), S('paired'), pairBtn), {
    class: 'btn primary big',
    'data-testid': 'pair',
  });
  const matchesTitle = h('h2', { id: 'dash-matches-title' });
  const grid = h('ol', { class: 'match-grid', 'data-testid': 'match-grid' });
  const targets = h('div', { class: 'inject-targets' });

  // ---- controls (built once) ----
  const pauseAll = button(S('pauseAll'), () => void act(() => classApi.pause(code, key), S('pausedAll'), pauseAll), {
    class: 'btn',
    'data-testid': 'pause-all',
  });
  const resumeAll = button(
    S('resumeAll'),
    () => void act(() => classApi.resume(code, key), S('resumedAll'), resumeAll),
    { class: 'btn', 'data-testid': 'resume-all' },
  );
  const minutes = h(
    'select',
    { id: 'dash-extend', 'data-testid': 'extend-minutes' },
    ...[5, 10, 15, 30].map((n) => h('option', { value: String(n) }, S('extendMinutes', { n }))),
  );
  minutes.value = '10';
  const extend = button(
    S('extend'),
    () => void act(() => classApi.extend(code, key, Number(minutes.value)), S('extended'), extend),
    { class: 'btn', 'data-testid': 'extend' },
  );
  const confirmBox = h('div', {
    class: 'end-confirm',
    role: 'alertdialog',
    'aria-labelledby': 'end-confirm-text',
    hidden: true,
    'data-testid': 'end-confirm',
  });
  const endBtn = button(
    S('end'),
    () => {
      confirmBox.hidden = false;
      confirmBox.querySelector<HTMLButtonElement>('[data-testid="end-yes"]')?.focus();
    },
    { class: 'btn danger', 'data-testid': 'end' },
  );
  confirmBox.append(
    h('p', { id: 'end-confirm-text' }, S('endConfirm')),
    h(
      'div',
      { class: 'row' },
      button(
        S('endYes'),
        () => {
          confirmBox.hidden = true;
          void act(() => classApi.end(code, key), S('ended'), endBtn);
        },
        { class: 'btn danger', 'data-testid': 'end-yes' },
      ),
      button(
        S('cancel'),
        () => {
          confirmBox.hidden = true;
          endBtn.focus();
        },
        { class: 'btn' },
      ),
    ),
  );
  const debriefBtn = button(S('debrief'), () => void openDebrief(), {
    class: 'btn primary',
    'data-testid': 'class-debrief-open',
  });
  const exportBtn = (ext: 'csv' | 'json'): HTMLButtonElement => {
    const b = button(
      ext === 'csv' ? S('exportCsv') : S('exportJson'),
      () => {
        void act(
          async () => {
            const text = await classApi.exportText(code, key, ext);
            const { download } = await import('./debrief');
            const name = exportFileName(`class ${code}`, ext, new Date());
            download(name, ext === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', text);
            say(S('saved', { name }));
          },
          undefined,
          b,
        );
      },
      { class: 'btn', 'data-testid': `export-${ext}` },
    );
    return b;
  };

  const eventPick = h('select', { id: 'inject-event', 'data-testid': 'inject-event' });
  const injectBtn = button(S('inject'), () => void inject(), { class: 'btn primary', 'data-testid': 'inject' });
  const inject = async (): Promise<void> => {
    const d = dash;
    if (d === null || eventPick.value === '') return;
    const ids = allTargets ? undefined : d.matches.map((m) => m.matchID).filter((id) => chosen.has(id));
    if (ids !== undefined && ids.length === 0) {
      say(S('injectNoTarget'));
      return;
    }
    await act(
      async () => {
        const results = await classApi.inject(code, key, eventPick.value, ids);
        const number = (id: string): number => d.matches.findIndex((m) => m.matchID === id) + 1;
        const ok = results.filter((r) => r.ok).length;
        const refused = results
          .filter((r) => !r.ok)
          .map((r) => S('injectRefused', { n: number(r.matchID), why: injectRefusalText(r) }));
        say([S('injected', { ok, n: results.length }), ...refused].join(' '));
      },
      undefined,
      injectBtn,
    );
  };
  void classApi.events(code, key).then(
    (list) => {
      events = list;
      eventPick.replaceChildren(
        ...events.map((e) =>
          h(
            'option',
            { value: e.id },
            S(e.speculative ? 'eventSpeculative' : 'eventOption', { year: e.year, title: newsTitle(e.id) ?? e.title }),
          ),
        ),
      );
    },
    (err: unknown) => say(S('failed', { why: why(err) })),
  );

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
  sortPick.addEventListener('change', () => {
    sort = sortPick.value as SortKey;
    renderGrid();
  });

  const openDebrief = async (): Promise<void> => {
    say(S('loadingDebrief'));
    debriefBtn.disabled = true;
    try {
      const [text, { readDebriefFile }, { classDebriefSheet }] = await Promise.all([
        classApi.exportText(code, key, 'json'),
        import('../debrief/read'),
        import('./classDebrief'),
      ]);
      const read = readDebriefFile(text);
      if (!read.ok) throw new Error(read.reason);
      const sheet = classDebriefSheet(read.matches, () => {
        sheet.remove();
        debriefBtn.focus();
      });
      main.append(sheet);
      say('');
    } catch (err) {
      say(S('failed', { why: why(err) }));
    } finally {
      debriefBtn.disabled = false;
    }
  };

  // ---- rendering ----
  function matchCard(m: DashboardMatch, n: number): HTMLElement {
    const turn = whoseTurn(m);
    const result = resultLine(m);
    const toggle = m.paused
      ? button(S('resume'), () => void act(() => classApi.resume(code, key, [m.matchID]), undefined, toggle), {
          class: 'btn small-btn',
          'aria-label': S('resumeLabel', { n }),
          'data-fkey': `toggle-${m.matchID}`,
          'data-testid': 'match-resume',
        })
      : button(S('pause'), () => void act(() => classApi.pause(code, key, [m.matchID]), undefined, toggle), {
          class: 'btn small-btn',
          'aria-label': S('pauseLabel', { n }),
          'data-fkey': `toggle-${m.matchID}`,
          'data-testid': 'match-pause',
        });
    return h(
      'li',
      {
        class: `match-card${m.paused ? ' paused' : ''}${m.gameover === null ? '' : ' over'}`,
        'data-match': m.matchID,
        'aria-labelledby': `mc-${m.matchID}`,
      },
      h(
        'div',
        { class: 'mc-head' },
        h('h3', { id: `mc-${m.matchID}` }, S('matchN', { n })),
        h('span', { class: 'mc-round' }, roundLine(m.round, m.rounds, m.gameover === null ? m.phase : null)),
        m.paused ? h('span', { class: 'tag paused', 'data-testid': 'paused-tag' }, S('paused')) : null,
      ),
      miniRope(m.rope),
      valueBars(m.values),
      h('p', { class: 'mc-turn' }, result ?? turn ?? '\u00a0'),
      seatList(m),
      m.lastEvent === null ? null : h('p', { class: 'mc-event' }, S('lastEvent', { title: eventTitle(m.lastEvent) })),
      h(
        'div',
        { class: 'row mc-actions' },
        h(
          'a',
          {
            class: 'btn small-btn',
            href: classUrls.watch(m.matchID),
            target: '_blank',
            rel: 'noopener',
            'aria-label': S('watchLabel', { n }),
            'data-testid': 'watch',
          },
          S('watch'),
        ),
        m.gameover === null && dash?.status !== 'ended' ? toggle : null,
      ),
    );
  }

  function renderGrid(): void {
    const d = dash;
    if (d === null) return;
    const focused = document.activeElement?.getAttribute('data-fkey') ?? null;
    const numbered = d.matches.map((m, i) => ({ m, n: i + 1 }));
    if (sort === 'rope') numbered.sort((a, b) => Math.abs(b.m.rope) - Math.abs(a.m.rope) || a.n - b.n);
    if (sort === 'round') numbered.sort((a, b) => b.m.round - a.m.round || a.n - b.n);
    if (sort === 'attention') numbered.sort((a, b) => attention(b.m) - attention(a.m) || a.n - b.n);
    matchesTitle.textContent = S('matchesHeading', { n: d.matches.length });
    grid.replaceChildren(
      ...(d.matches.length === 0
        ? [h('li', { class: 'match-empty' }, S('noMatches'))]
        : numbered.map(({ m, n }) => matchCard(m, n))),
    );
    if (focused !== null) grid.querySelector<HTMLElement>(`[data-fkey="${focused}"]`)?.focus();
  }

  function renderTargets(d: Dashboard): void {
    const ids = d.matches.map((m) => m.matchID).join(',');
    if (ids === targetsFor) return;
    targetsFor = ids;
    const box = (id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement => {
      const input = h('input', { type: 'checkbox', id, checked });
      input.addEventListener('change', () => onChange(input.checked));
      return h('label', { class: 'check', for: id }, input, label);
    };
    targets.replaceChildren(
      box('inject-all', S('injectAll'), allTargets, (on) => {
        allTargets = on;
      }),
      ...d.matches.map((m, i) =>
        box(`inject-${i + 1}`, S('matchN', { n: i + 1 }), chosen.has(m.matchID), (on) => {
          if (on) chosen.add(m.matchID);
          else chosen.delete(m.matchID);
          if (on) {
            allTargets = false;
            const all = targets.querySelector<HTMLInputElement>('#inject-all');
            if (all !== null) all.checked = false;
          }
        }),
      ),
    );
  }

  function show(d: Dashboard): void {
    dash = d;
    const time = timeText(d);
    summary.textContent = [statusText(d), S('studentsCount', { n: d.students.length }), time]
      .filter((x) => x !== null)
      .join(' · ');
    const waiting = d.students.filter((s) => s.matchID === null);
    waitingTitle.textContent = S('waitingHeading', { n: waiting.length });
    waitingList.replaceChildren(
      ...(waiting.length === 0
        ? [h('li', { class: 'none' }, S('noneWaiting'))]
        : waiting.map((s) => h('li', { class: s.connected ? '' : 'off' }, s.nickname))),
    );
    pairBtn.disabled = waiting.length === 0 || d.status === 'ended';
    for (const b of [pauseAll, resumeAll, extend, endBtn, injectBtn]) b.disabled = d.status === 'ended';
    renderTargets(d);
    const injectBox = main.querySelector<HTMLElement>('.dash-box.inject');
    if (injectBox !== null) injectBox.hidden = d.matches.length === 0;
    renderGrid();
  }

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
      joinBanner(code, say),
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
      h('section', { class: 'dash-box', 'aria-labelledby': 'dash-waiting-title' }, waitingTitle, waitingList, pairBtn),
      status,
    ),
    h(
      'div',
      { class: 'dash-main' },
      h(
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
          exportBtn('csv'),
          exportBtn('json'),
          endBtn,
        ),
        confirmBox,
      ),
      h(
        'section',
        { class: 'dash-box inject', 'aria-labelledby': 'dash-inject-title', hidden: true },
        h('h2', { id: 'dash-inject-title' }, S('injectHeading')),
        h('div', { class: 'row' }, h('label', { for: 'inject-event' }, S('injectEvent')), eventPick),
        h('fieldset', { class: 'row' }, h('legend', {}, S('injectInto')), targets),
        h('div', { class: 'row' }, injectBtn),
      ),
      h(
        'section',
        { class: 'dash-matches', 'aria-labelledby': 'dash-matches-title' },
        h('div', { class: 'row mg-head' }, matchesTitle, h('label', { for: 'dash-sort' }, S('sortBy')), sortPick),
        grid,
      ),
    ),
  );
  app.replaceChildren(main);

  void classApi.dashboard(code, key).then(show, (err: unknown) => say(S('failed', { why: why(err) })));
  let socket: Socket | null = null;
  void connectClass({ code, teacherKey: key }).then((s) => {
    socket = s;
    s.on('dashboard', (d: unknown) => {
      const dashboard = parsePayload(dashboardSchema, d);
      if (dashboard !== null) show(dashboard);
    });
    s.on('connect_error', (err: Error) => say(`${S('liveLost')} ${socketErrorText(err)}`));
    s.on('disconnect', () => say(S('liveLost')));
    s.on('connect', () => {
      if (status.textContent?.startsWith(S('liveLost')) === true) say('');
    });
  });
  // The time left is re-said every half minute between updates.
  window.setInterval(() => {
    if (dash !== null)
      summary.textContent = [statusText(dash), S('studentsCount', { n: dash.students.length }), timeText(dash)]
        .filter((x) => x !== null)
        .join(' · ');
  }, 30_000);
  window.addEventListener('pagehide', () => socket?.close());
}
