// An online match in the browser. The invite link (?match=ID) opens it: with this
// browser's saved seat it returns to that seat (a reload or a lost connection comes
// back the same way); without one it offers the free seats or watching; ?watch=1
// watches. Above the table a strip shows who plays whom, who is connected (and says
// when someone drops and comes back), the turn clock, and the server's refusals go to
// the table's message line. Until every seat is taken a waiting room shows the
// invite link. At the end, a rematch with sides swapped (boardgame.io's playAgain).
import { onlineSetupOf, swappedSeat, swappedSetup } from '../online/setup';
import { button, h } from '../ui/dom';
import { levelName, mountLobby, openMatchUrl, roleName, scenarioTitle } from '../ui/lobby';
import { ONLINE_TEXT as T } from '../ui/onlineText';
import { errorText } from '../ui/serverText';
import {
  forget,
  inviteLink,
  lobby,
  LobbyError,
  savedName,
  saveName,
  savedSeat,
  type LobbyMatch,
  type LobbyPlayer,
  type Seat,
} from '../net/lobbyApi';
import { takeResumeLink } from '../net/matchApi';
import { mountMyGames } from '../ui/myGames';
import { OnlineMatch, type ClockInfo } from './onlineMatch';
import type { MatchOptions } from '../ui/options';
import { mountTable, type TableController } from './table';
import type { TableDom } from '../ui/tableDom';
import { isScenario } from '../ui/options';

/** Decides from the address what to show: a match (?match=) or the lobby. */
export async function startOnline(app: HTMLElement, search: string): Promise<void> {
  const q = new URLSearchParams(search);
  const matchID = q.get('match');
  if (q.has('games')) {
    mountMyGames(app);
    return;
  }
  if (matchID !== null && matchID !== '') takeResumeLink(matchID);
  if (matchID === null || matchID === '') {
    mountLobby(app);
    return;
  }
  let info: LobbyMatch;
  try {
    info = await lobby.get(matchID);
  } catch (err) {
    mountLobby(app, err instanceof LobbyError && err.status === 404 ? T.notFound : T.failed(errorText(err)));
    return;
  }
  const watch = q.get('watch') === '1';
  const seat = watch ? null : savedSeat(matchID);
  if (seat === null && !watch) {
    inviteSheet(app, info);
    return;
  }
  playMatch(app, info, seat);
}

/** Someone opened an invite link without a seat here: take a free seat or watch. */
function inviteSheet(app: HTMLElement, info: LobbyMatch): void {
  const status = h('p', { class: 'menu-status', role: 'status', 'aria-live': 'polite' });
  const name = h('input', {
    id: 'invite-name',
    name: 'name',
    maxlength: 40,
    placeholder: T.namePlaceholder,
    value: savedName(),
  });
  const free = info.players.filter((p) => p.name === undefined);
  const join = async (seat: string): Promise<void> => {
    const who = name.value.trim();
    if (who === '') {
      status.textContent = T.nameNeeded;
      name.focus();
      return;
    }
    saveName(who);
    status.textContent = T.joining;
    try {
      await lobby.join(info.matchID, seat, who);
      window.location.assign(openMatchUrl(info.matchID));
    } catch (err) {
      status.textContent = T.failed(errorText(err));
    }
  };
  const seats = info.players.map((p) => h('li', {}, T.seatLine(roleName(String(p.id)), p.name ?? T.free)));
  const card = h(
    'div',
    { class: 'menu-card lobby-card' },
    h('p', { class: 'menu-kicker' }, T.kicker),
    h('h1', { id: 'invite-title' }, T.inviteTitle),
    h('p', { class: 'menu-lede' }, T.matchRounds(scenarioTitle(info.setupData?.scenario), info.players.length)),
    h('ul', { class: 'seat-list' }, ...seats),
    free.length === 0
      ? h('p', {}, T.inviteFull)
      : h('div', { class: 'menu-options' }, h('label', {}, T.yourName, name)),
    h(
      'div',
      { class: 'row' },
      ...free.map((p) =>
        button(T.joinAs(roleName(String(p.id))), () => void join(String(p.id)), {
          class: 'btn primary',
          'data-join': String(p.id),
        }),
      ),
      button(T.watch, () => window.location.assign(openMatchUrl(info.matchID, true)), {
        class: 'btn',
        'data-testid': 'watch',
      }),
      button(T.toLobby, () => window.location.assign(`${window.location.pathname}?online=1`), { class: 'btn ghost' }),
    ),
    status,
  );
  app.replaceChildren(
    h('main', { class: 'menu lobby', 'aria-labelledby': 'invite-title', 'data-testid': 'invite' }, card),
  );
}

function clockText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What a class session changes in an online match: no rematch, and its own way back. */
export interface PlayOptions {
  readonly gameOver?: () => { readonly actions: readonly HTMLElement[]; readonly onMenu: () => void };
}

/** The online table for a match: this browser's seat (or none, to watch), the strip, the waiting room. */
export function playMatch(
  app: HTMLElement,
  info: LobbyMatch,
  seat: Seat | null,
  opts: PlayOptions = {},
): { dom: TableDom; table: TableController } {
  const online = onlineSetupOf(info.setupData);
  const numPlayers = info.players.length;
  const scenario = info.setupData?.scenario ?? 'classroom-quick';
  const options: MatchOptions = {
    mode: 'computer',
    scenario: isScenario(scenario) ? scenario : 'classroom-quick',
    players: numPlayers === 3 ? 3 : 2,
    humanSeats: seat === null ? [] : [seat.playerID],
  };
  let table: TableController | null = null;
  let clock: ClockInfo | null = null;
  let note = '';
  let noteAt = 0;
  /** A note (someone left, came back, ran out of time) shows for this long. */
  const NOTE_MS = 12_000;
  const say = (text: string): void => {
    note = text;
    noteAt = performance.now();
  };
  const match = new OnlineMatch(
    info.matchID,
    seat?.playerID ?? null,
    seat?.credentials,
    numPlayers,
    online.bots ?? {},
    {
      refused: (_reason, refusal) => {
        // Our saved seat is not valid (the seat was left or the match replaced): forget it and offer the seats again.
        if (seat !== null && (refusal?.code === 'wrongCredentials' || refusal?.code === 'noSeat')) {
          forget(info.matchID);
          window.location.assign(openMatchUrl(info.matchID));
          return;
        }
        table?.showRefusal(T.refused(refusal));
      },
      clock: (c) => {
        clock = c;
        if (c.expired && c.seat !== null) say(T.timedOut(roleName(c.seat)));
        renderStrip();
      },
    },
  );
  const mounted = mountTable(app, match, options, {
    remote: true,
    gameOver:
      opts.gameOver ??
      (() => ({ actions: rematchActions(info, seat), onMenu: () => window.location.assign(window.location.pathname) })),
  });
  table = mounted.table;
  const { dom } = mounted;
  dom.root.classList.add('online');
  const strip = h('section', { class: 'online-strip', 'aria-label': T.stripLabel, 'data-testid': 'online-strip' });
  dom.root.prepend(strip);

  let known: readonly LobbyPlayer[] = [];
  // Seats said to be gone: only those are said to be back (a seat connecting for the first time is not).
  const gone = new Set<string>();
  let waiting: HTMLElement | null = null;
  let copyLabel: string = T.copy;

  const renderStrip = (): void => {
    // Before the socket's first sync, the lobby's answer says who is in.
    const players = match.players().length > 0 ? match.players() : info.players;
    // Who dropped and who came back, among the others.
    for (const p of players) {
      const id = String(p.id);
      const before = known.find((k) => k.id === p.id);
      if (id === seat?.playerID || before === undefined || before.name === undefined || p.name === undefined) continue;
      if (before.isConnected === true && p.isConnected !== true) {
        gone.add(id);
        say(T.gone(roleName(id)));
      }
      if (before.isConnected !== true && p.isConnected === true && gone.delete(id)) say(T.isBack(roleName(id)));
    }
    known = players;
    const chips = players.map((p) => {
      const id = String(p.id);
      const bot = p.data?.bot;
      const state =
        p.name === undefined
          ? T.waitingSeat
          : bot !== undefined
            ? levelName(bot)
            : p.isConnected === true
              ? T.connected
              : T.disconnected;
      const who = p.name === undefined ? '—' : id === seat?.playerID ? `${p.name} (${T.you})` : p.name;
      return h(
        'span',
        {
          class: `chip who-${['russia', 'china', 'kazakhstan'][Number(id)] ?? 'russia'}${p.name === undefined || p.isConnected === true || bot !== undefined ? '' : ' off'}`,
          'data-seat': id,
        },
        bot !== undefined ? T.seatLine(roleName(id), T.computer(levelName(bot))) : T.presence(roleName(id), who, state),
      );
    });
    const now = performance.now();
    const s = match.state('');
    const clockEl =
      clock !== null && clock.seat !== null && !clock.expired && s?.ctx.gameover === undefined
        ? h(
            'span',
            { class: `clock${clock.deadline - now < 10_000 ? ' low' : ''}`, 'data-testid': 'clock' },
            clock.seat === seat?.playerID
              ? T.clockMine(clockText(clock.deadline - now))
              : T.clock(roleName(clock.seat), clockText(clock.deadline - now)),
          )
        : null;
    const parts: (HTMLElement | null)[] = [
      h('strong', { class: 'me' }, seat === null ? T.watching : T.playingAs(roleName(seat.playerID))),
      ...chips,
      clockEl,
      match.online ? null : h('span', { class: 'note' }, T.offline),
      note === '' || now - noteAt > NOTE_MS ? null : h('span', { class: 'note', 'data-testid': 'presence-note' }, note),
    ];
    strip.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    renderWaiting(players);
  };

  const renderWaiting = (players: readonly LobbyPlayer[]): void => {
    const open = players.some((p) => p.name === undefined);
    if (!open) {
      waiting?.remove();
      waiting = null;
      return;
    }
    const link = inviteLink(info.matchID);
    const input = h('input', {
      class: 'invite-link',
      readonly: true,
      value: link,
      'aria-label': T.inviteLink,
      'data-testid': 'invite-link',
    });
    const copy = button(
      copyLabel,
      () => {
        const done = (label: string): void => {
          copyLabel = label;
          copy.textContent = label;
        };
        const copying = navigator.clipboard?.writeText(link);
        if (copying === undefined) done(T.copyFailed);
        else
          copying.then(
            () => done(T.copied),
            () => {
              input.select();
              done(T.copyFailed);
            },
          );
      },
      { class: 'btn primary', 'data-testid': 'copy-link' },
    );
    const leave =
      seat === null
        ? button(T.toLobby, () => window.location.assign(`${window.location.pathname}?online=1`), {
            class: 'btn ghost',
          })
        : button(
            T.leave,
            () => {
              match.stop();
              lobby.leave(info.matchID, seat).then(
                () => window.location.assign(`${window.location.pathname}?online=1`),
                (err: unknown) => table?.showRefusal(T.failed(errorText(err))),
              );
            },
            { class: 'btn ghost', 'data-testid': 'leave' },
          );
    const rows = players.map((p) => {
      const id = String(p.id);
      const state =
        p.name === undefined
          ? T.waitingSeat
          : p.data?.bot !== undefined
            ? levelName(p.data.bot)
            : p.isConnected === true
              ? T.connected
              : T.disconnected;
      const bot = p.data?.bot;
      return h(
        'li',
        { 'data-seat': id },
        bot !== undefined
          ? T.seatLine(roleName(id), T.computer(levelName(bot)))
          : T.presence(roleName(id), p.name ?? '—', state),
      );
    });
    const sheet = h(
      'div',
      {
        class: 'overlay',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'waiting-title',
        'data-testid': 'waiting-room',
      },
      h(
        'div',
        { class: 'sheet' },
        h('h2', { id: 'waiting-title' }, T.waitingTitle),
        h(
          'p',
          {},
          T.matchRounds(scenarioTitle(info.setupData?.scenario), numPlayers),
          online.turnSeconds === undefined ? '' : ` · ${T.timed(online.turnSeconds)}`,
        ),
        h('ul', { class: 'seat-list' }, ...rows),
        h('p', {}, T.waitingNote),
        h('div', { class: 'row invite-row' }, input, copy),
        h('div', { class: 'row' }, leave),
      ),
    );
    if (waiting === null) dom.overlay.append(sheet);
    else waiting.replaceWith(sheet);
    waiting = sheet;
  };

  match.onChange(() => renderStrip());
  window.setInterval(() => {
    if ((clock !== null && clock.seat !== null) || (note !== '' && performance.now() - noteAt < NOTE_MS + 1000))
      renderStrip();
  }, 500);
  renderStrip();
  return mounted;
}

/** The game-over sheet's rematch button: both players press it and meet in the new match, sides swapped. */
function rematchActions(info: LobbyMatch, seat: Seat | null): HTMLElement[] {
  const note = h('p', { class: 'rematch-note', 'data-testid': 'rematch-note' });
  const go = async (): Promise<void> => {
    try {
      const old = await lobby.get(info.matchID);
      if (seat === null) {
        if (old.nextMatchID !== undefined) window.location.assign(openMatchUrl(old.nextMatchID, true));
        else note.textContent = T.noRematchYet;
        return;
      }
      const next = old.nextMatchID ?? (await lobby.playAgain(info.matchID, seat, swappedSetup(old.setupData ?? {})));
      const mine = swappedSeat(seat.playerID);
      if (savedSeat(next) === null) await lobby.join(next, mine, savedName() || roleName(mine));
      window.location.assign(openMatchUrl(next));
    } catch (err) {
      note.textContent = T.failed(errorText(err));
    }
  };
  const btn = button(seat === null ? T.rematchWatch : T.rematch, () => void go(), {
    class: 'btn primary',
    'data-testid': 'rematch',
  });
  if (seat !== null) note.textContent = T.rematchAs(roleName(swappedSeat(seat.playerID)));
  // Tell whoever has not pressed yet that a rematch is waiting.
  const poll = window.setInterval(() => {
    if (!btn.isConnected) {
      window.clearInterval(poll);
      return;
    }
    lobby.get(info.matchID).then(
      (m) => {
        if (m.nextMatchID !== undefined) {
          note.textContent = T.rematchWanted;
          window.clearInterval(poll);
        }
      },
      () => undefined,
    );
  }, 2000);
  return [btn, note];
}
