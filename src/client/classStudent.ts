// A student's way through a class session, from the join link (/?class=CODE): a
// nickname (a generated one offered), the waiting room, then straight into their match
// on the online table as soon as the teacher pairs them, with a banner while the
// teacher has paused it, and the debrief from the game-over sheet. The browser keeps
// {code, token}, so a reload (or a closed tab opened again) lands back in the match.
import type { Socket } from 'socket.io-client';
import { button, h } from '../ui/dom';
import { isLang, language, setLanguage } from '../i18n/index';
import { S, ropeLean } from '../ui/classText';
import { roleOf } from '../ui/classWidgets';
import { classErrorText, socketErrorText } from '../ui/serverText';
import { ClassError, normalizeCode, type Me } from '../online/classroom';
import { parsePayload } from '../net/http';
import { meSchema } from '../net/classSchemas';
import { classApi, connectClass, forgetStudent, savedStudent, saveStudent, type ClassInfo } from '../net/classApi';
import { lobby, remember } from '../net/lobbyApi';

const INFO_REFRESH_MS = 5000;

function page(testid: string, titleId: string, ...children: (Node | string | null)[]): HTMLElement {
  return h(
    'main',
    { class: 'menu lobby class-student', 'aria-labelledby': titleId, 'data-testid': testid },
    h('div', { class: 'menu-card class-card' }, ...children),
  );
}

function why(err: unknown): string {
  return classErrorText(err);
}

/** A page that only says why (no class, the session ended), with a field for another code. */
function refusalPage(app: HTMLElement, message: string): void {
  const input = h('input', {
    id: 'class-code-again',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    class: 'code-input',
  });
  const status = h('p', { class: 'menu-status', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'row class-code-row' },
    h('label', { for: 'class-code-again' }, S('joinCode')),
    input,
    h('button', { type: 'submit', class: 'btn primary' }, S('joinGo')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const code = normalizeCode(input.value);
    if (code === null) status.textContent = S('codeInvalid');
    else window.location.assign(`${window.location.pathname}?class=${code}`);
  });
  app.replaceChildren(
    page(
      'class-refused',
      'class-refused-title',
      h('p', { class: 'menu-kicker' }, S('kicker')),
      h('h1', { id: 'class-refused-title' }, S('joinTitle')),
      h('p', { class: 'class-refusal', role: 'alert', 'data-testid': 'class-refusal' }, message),
      form,
      status,
      button(S('backToMenu'), () => window.location.assign(window.location.pathname), { class: 'btn ghost' }),
    ),
  );
}

export async function startStudent(app: HTMLElement, rawCode: string): Promise<void> {
  const code = normalizeCode(rawCode);
  if (code === null) {
    refusalPage(app, S('codeInvalid'));
    return;
  }
  let info: ClassInfo;
  try {
    info = await classApi.info(code);
  } catch (err) {
    refusalPage(
      app,
      err instanceof ClassError && err.status === 404 ? S('classGone', { code }) : S('failed', { why: why(err) }),
    );
    return;
  }
  // The class's language, unless this visit asked for one (?lang=).
  if (!new URLSearchParams(window.location.search).has('lang') && isLang(info.language) && info.language !== language())
    await setLanguage(info.language, false).catch(() => undefined);
  const saved = savedStudent(code);
  if (saved !== null) {
    try {
      const me = await classApi.me(code, saved.token);
      live(app, code, saved.token, me, info);
      return;
    } catch (err) {
      // A token the server no longer knows: join afresh. Anything else (the server away) is said.
      if (!(err instanceof ClassError) || (err.status !== 401 && err.status !== 403 && err.status !== 404)) {
        refusalPage(app, S('failed', { why: why(err) }));
        return;
      }
      forgetStudent();
    }
  }
  if (info.status === 'ended') {
    refusalPage(app, S('classEnded'));
    return;
  }
  joinPage(app, code, info);
}

function joinPage(app: HTMLElement, code: string, info: ClassInfo): void {
  const name = h('input', {
    id: 'class-nickname',
    name: 'nickname',
    maxlength: 24,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'class-nickname-hint',
    'data-testid': 'class-nickname',
  });
  const status = h('p', {
    class: 'menu-status',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'class-join-status',
  });
  const suggest = async (): Promise<void> => {
    try {
      name.value = await classApi.nickname(code);
    } catch (err) {
      status.textContent = S('failed', { why: why(err) });
    }
  };
  const join = h('button', { type: 'submit', class: 'btn primary big', 'data-testid': 'class-join' }, S('joinButton'));
  const form = h(
    'form',
    { class: 'class-join-form' },
    h('label', { for: 'class-nickname' }, S('nickname')),
    h(
      'div',
      { class: 'row' },
      name,
      button(S('another'), () => void suggest(), { class: 'btn', 'data-testid': 'class-suggest' }),
    ),
    h('p', { id: 'class-nickname-hint', class: 'hint' }, S('nicknameHint')),
    h('div', { class: 'row' }, join),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const nickname = name.value.trim();
      if (nickname === '') {
        status.textContent = S('nicknameNeeded');
        name.focus();
        return;
      }
      join.disabled = true;
      status.textContent = S('joining');
      try {
        const joined = await classApi.join(code, nickname);
        saveStudent({ code, token: joined.token });
        const me = await classApi.me(code, joined.token);
        live(app, code, joined.token, me, info);
      } catch (err) {
        // The server's own sentence: a taken nickname, markup, the session ended.
        status.textContent = S('failed', { why: why(err) });
        join.disabled = false;
        name.focus();
      }
    })();
  });
  app.replaceChildren(
    page(
      'class-join-page',
      'class-join-title',
      h('p', { class: 'menu-kicker' }, S('kicker')),
      h('h1', { id: 'class-join-title' }, S('joinTitle')),
      h('p', { class: 'menu-lede' }, S('joinLede', { code })),
      form,
      status,
    ),
  );
  void suggest().then(() => {
    if (info.status !== 'ended') name.focus();
  });
}

/** Opens the student's reflection form (the questions the teacher chose). */
function reflectButton(app: HTMLElement, code: string, token: string): HTMLButtonElement {
  return button(
    S('reflect'),
    () =>
      void import('../ui/classReflect')
        .then(({ showReflection }) => showReflection(app, code, token))
        .catch(() => undefined),
    { class: 'btn primary', 'data-testid': 'reflect-open' },
  );
}

const BRIEFED_KEY = (matchID: string): string => `ngg.briefed.${matchID}`;

/** Whether this browser has shown the briefing of this match (a reload does not show it again). */
function briefed(matchID: string): boolean {
  try {
    return window.localStorage.getItem(BRIEFED_KEY(matchID)) === '1';
  } catch {
    return false;
  }
}

function markBriefed(matchID: string): void {
  try {
    window.localStorage.setItem(BRIEFED_KEY(matchID), '1');
  } catch {
    // private mode: the briefing shows again after a reload
  }
}

/** What a student sees once the session has ended: where the rope stopped their match, if it was unfinished. */
function endedText(me: Me): string {
  if (me.ended === undefined) return S('endedBanner');
  if (me.ended.leader === null) return S('endedLevel');
  return S('endedLead', { role: roleOf(me.ended.leader), lean: ropeLean(me.ended.rope) });
}

/** What the waiting room and the match's banner show, changed by the `me` events and the socket. */
interface LiveState {
  readonly app: HTMLElement;
  readonly code: string;
  readonly token: string;
  readonly status: HTMLElement;
  me: Me;
  students: number;
  inMatch: string | null;
  banner: HTMLElement | null;
  connection: 'connecting' | 'online' | 'offline';
  connectError: string;
  socket: Socket | null;
  every: number;
}

function connectionText(st: LiveState): string {
  if (st.connectError !== '') return S('failed', { why: st.connectError });
  if (st.connection === 'offline') return S('offline');
  return st.connection === 'connecting' ? S('connecting') : '';
}

function renderWaiting(st: LiveState): void {
  if (st.inMatch !== null) return;
  const ended = st.me.status === 'ended';
  st.status.textContent = connectionText(st);
  st.app.replaceChildren(
    page(
      'class-waiting',
      'class-waiting-title',
      h('p', { class: 'menu-kicker' }, S('waitingClass', { code: st.code, n: st.students })),
      h('h1', { id: 'class-waiting-title' }, S('waitingTitle', { name: st.me.nickname })),
      ended
        ? h('p', { class: 'class-refusal', role: 'alert' }, S('classEnded'))
        : h('p', { class: 'menu-lede' }, S('waitingLede')),
      ended ? null : h('div', { class: 'class-wait-dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
      h('p', { class: 'hint' }, S('keepOpen')),
      st.status,
    ),
  );
}

function renderBanner(st: LiveState): void {
  const { banner, me } = st;
  if (banner === null) return;
  const ended = me.status === 'ended' ? endedText(me) : null;
  const text = ended ?? (me.paused ? S('pausedBanner') : st.connection === 'offline' ? S('offline') : '');
  // A match the end of the session stopped says its result over a dimmed table, which takes no moves.
  const stopped = me.status === 'ended' && me.ended !== undefined;
  banner.replaceChildren(
    ...(stopped
      ? [h('strong', {}, S('endedTitle')), h('br'), text, h('br'), reflectButton(st.app, st.code, st.token)]
      : [text]),
  );
  banner.hidden = text === '';
  banner.className = `class-banner${me.paused ? ' paused' : ''}${stopped ? ' ended' : ''}`;
  banner.closest('.table')?.classList.toggle('class-stopped', stopped);
}

async function enterMatch(st: LiveState): Promise<void> {
  const { app, code, token } = st;
  const a = st.me.match;
  if (a === null || st.inMatch === a.matchID) return;
  st.inMatch = a.matchID;
  remember(a.matchID, { playerID: a.playerID, credentials: a.credentials });
  try {
    const [matchInfo, { playMatch }] = await Promise.all([lobby.get(a.matchID), import('./online')]);
    const { dom } = playMatch(
      app,
      matchInfo,
      { playerID: a.playerID, credentials: a.credentials },
      {
        gameOver: () => ({
          actions: [reflectButton(app, code, token)],
          onMenu: () => window.location.assign(window.location.pathname),
        }),
      },
    );
    st.banner = h('div', {
      class: 'class-banner',
      role: 'status',
      'aria-live': 'assertive',
      'data-testid': 'class-banner',
      hidden: true,
    });
    dom.root.append(st.banner);
    dom.live.textContent = S('assigned', { role: roleOf(a.role) });
    renderBanner(st);
    // Before the first move, once per match: the side's briefing over the table.
    if (!briefed(a.matchID) && st.me.status !== 'ended') {
      const { showBriefing } = await import('../ui/classBriefing');
      showBriefing(dom.root, a.role, () => markBriefed(a.matchID));
    }
  } catch (err) {
    st.inMatch = null;
    st.connectError = why(err);
    renderWaiting(st);
  }
}

function update(st: LiveState, next: Me): void {
  st.me = next;
  // Paired again into another match (a second round of pairing): open that one afresh.
  if (next.match !== null && st.inMatch !== null && next.match.matchID !== st.inMatch) {
    window.location.reload();
    return;
  }
  if (next.match !== null && st.inMatch === null) void enterMatch(st);
  else if (st.inMatch === null) renderWaiting(st);
  renderBanner(st);
}

function listen(st: LiveState, s: Socket): void {
  const redraw = (): void => {
    renderWaiting(st);
    renderBanner(st);
  };
  s.on('connect', () => {
    st.connection = 'online';
    st.connectError = '';
    redraw();
  });
  s.on('disconnect', () => {
    st.connection = 'offline';
    redraw();
  });
  s.on('connect_error', (err: Error) => {
    st.connection = 'offline';
    st.connectError = socketErrorText(err);
    redraw();
  });
  // The teacher deleted the session: nothing of it is left, this link included.
  s.on('deleted', () => {
    s.close();
    window.clearInterval(st.every);
    refusalPage(st.app, S('deletedLive'));
  });
  s.on('me', (body: unknown) => {
    const next = parsePayload(meSchema, body);
    if (next !== null) update(st, next);
  });
}

/**
 * While waiting, the class's head count is re-read at once (it was read before this
 * student joined) and then now and then (the `me` event does not carry it).
 */
function recount(st: LiveState): void {
  if (st.inMatch !== null || st.me.status === 'ended') {
    window.clearInterval(st.every);
    return;
  }
  classApi.info(st.code).then(
    (i) => {
      if (i.students !== st.students) {
        st.students = i.students;
        renderWaiting(st);
      }
    },
    () => undefined,
  );
}

/** The waiting room until the match is there, then the match; both follow the `me` events. */
function live(app: HTMLElement, code: string, token: string, first: Me, info: ClassInfo): void {
  const status = h('p', {
    class: 'menu-status',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'class-live-status',
  });
  const st: LiveState = {
    app,
    code,
    token,
    status,
    me: first,
    students: info.students,
    inMatch: null,
    banner: null,
    connection: 'connecting',
    connectError: '',
    socket: null,
    every: 0,
  };
  renderWaiting(st);
  update(st, first);
  void connectClass({ code, token }).then((s) => {
    st.socket = s;
    listen(st, s);
  });
  st.every = window.setInterval(() => recount(st), INFO_REFRESH_MS);
  recount(st);
  window.addEventListener('pagehide', () => st.socket?.close());
}
