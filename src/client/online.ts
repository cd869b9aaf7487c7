// An online match in the browser. The invite link (?match=ID) opens it: with this
// browser's saved seat it returns to that seat (a reload or a lost connection comes
// back the same way; a resume link carries a seat to another browser); without one it
// offers the free seats or watching; ?watch=1 watches; ?games=1 is "My games". Above the
// table a strip shows who plays whom, who is connected (and says when someone drops and
// comes back), the turn clock or the turn-based clocks, and the server's refusals go to
// the table's message line. Until every seat is taken a waiting room shows the invite
// link. At the end, a rematch with sides swapped (rematch.ts).
import { onlineSetupOf } from '../online/setup';
import { button } from '../ui/dom';
import { inviteSheet } from '../ui/inviteSheet';
import { mountLobby, openMatchUrl, roleName, scenarioTitle } from '../ui/lobby';
import { mountMyGames } from '../ui/myGames';
import { bankChips, liveClock, presenceChips, waitingSheet } from '../ui/onlineStrip';
import { ONLINE_TEXT as T } from '../ui/onlineText';
import { errorText } from '../ui/serverText';
import { h } from '../ui/dom';
import {
  forget,
  inviteLink,
  lobby,
  LobbyError,
  savedSeat,
  type LobbyMatch,
  type LobbyPlayer,
  type Seat,
} from '../net/lobbyApi';
import { bankEvent, matchApi, takeResumeLink, type BankInfo } from '../net/matchApi';
import { OnlineMatch, type ClockInfo } from './onlineMatch';
import type { MatchOptions } from '../ui/options';
import { mountTable, type TableController } from './table';
import type { TableDom } from '../ui/tableDom';
import { isScenario } from '../ui/options';
import { rematchActions } from './rematch';

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

/** What a class session changes in an online match: no rematch, and its own way back. */
export interface PlayOptions {
  readonly gameOver?: () => { readonly actions: readonly HTMLElement[]; readonly onMenu: () => void };
}

/** A note (someone left, came back, ran out of time) shows for this long. */
const NOTE_MS = 12_000;

/** What the strip shows, kept between renders. */
class StripState {
  clock: ClockInfo | null = null;
  bank: { info: BankInfo; at: number } | null = null;
  note = '';
  noteAt = 0;
  known: readonly LobbyPlayer[] = [];
  /** Seats said to be gone: only those are said to be back (a seat connecting for the first time is not). */
  readonly gone = new Set<string>();
  waiting: HTMLElement | null = null;
  copyLabel: string = T.copy;

  say(text: string): void {
    this.note = text;
    this.noteAt = performance.now();
  }

  /** Says who dropped and who came back, among the others. */
  presence(players: readonly LobbyPlayer[], mine: string | null): void {
    for (const p of players) {
      const id = String(p.id);
      const before = this.known.find((k) => k.id === p.id);
      if (id === mine || before === undefined || before.name === undefined || p.name === undefined) continue;
      if (before.isConnected === true && p.isConnected !== true) {
        this.gone.add(id);
        this.say(T.gone(roleName(id)));
      }
      if (before.isConnected !== true && p.isConnected === true && this.gone.delete(id))
        this.say(T.isBack(roleName(id)));
    }
    this.known = players;
  }

  /** Anything that counts down (a clock, a note) needs a render every half second. */
  get ticking(): boolean {
    return (
      (this.clock !== null && this.clock.seat !== null) ||
      this.bank?.info.deadline != null ||
      (this.note !== '' && performance.now() - this.noteAt < NOTE_MS + 1000)
    );
  }
}

function tableOptions(info: LobbyMatch, seat: Seat | null): MatchOptions {
  const scenario = info.setupData?.scenario ?? 'classroom-quick';
  return {
    mode: 'computer',
    scenario: isScenario(scenario) ? scenario : 'classroom-quick',
    players: info.players.length === 3 ? 3 : 2,
    humanSeats: seat === null ? [] : [seat.playerID],
  };
}

function copyLink(link: string, input: HTMLInputElement, done: (label: string) => void): void {
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
}

/** The online table for a match: this browser's seat (or none, to watch), the strip, the waiting room. */
export function playMatch(
  app: HTMLElement,
  info: LobbyMatch,
  seat: Seat | null,
  opts: PlayOptions = {},
): { dom: TableDom; table: TableController } {
  const online = onlineSetupOf(info.setupData);
  const st = new StripState();
  let table: TableController | null = null;
  let render = (): void => undefined;
  const match = new OnlineMatch(
    info.matchID,
    seat?.playerID ?? null,
    seat?.credentials,
    info.players.length,
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
        st.clock = c;
        if (c.expired && c.seat !== null) st.say(T.timedOut(roleName(c.seat)));
        render();
      },
      turnBased: (event, payload) => {
        const bank = event === 'bank' ? bankEvent(payload, info.matchID) : null;
        if (bank !== null) st.bank = { info: bank, at: performance.now() };
        if (event === 'abandoned' && table !== null) table.showRefusal(T.refused({ code: 'abandoned', params: {} }));
        render();
      },
    },
  );
  const mounted = mountTable(app, match, tableOptions(info, seat), {
    remote: true,
    gameOver:
      opts.gameOver ??
      (() => ({ actions: rematchActions(info, seat), onMenu: () => window.location.assign(window.location.pathname) })),
  });
  table = mounted.table;
  mounted.dom.root.classList.add('online');
  const strip = h('section', { class: 'online-strip', 'aria-label': T.stripLabel, 'data-testid': 'online-strip' });
  mounted.dom.root.prepend(strip);
  render = (): void => renderStrip({ strip, st, match, info, seat, dom: mounted.dom, table });
  match.onChange(() => render());
  window.setInterval(() => {
    if (st.ticking) render();
  }, 500);
  render();
  return mounted;
}

interface StripContext {
  readonly strip: HTMLElement;
  readonly st: StripState;
  readonly match: OnlineMatch;
  readonly info: LobbyMatch;
  readonly seat: Seat | null;
  readonly dom: TableDom;
  readonly table: TableController | null;
}

function renderStrip(c: StripContext): void {
  const { st, match, seat } = c;
  // Before the socket's first sync, the lobby's answer says who is in.
  const players = match.players().length > 0 ? match.players() : c.info.players;
  const mine = seat?.playerID ?? null;
  st.presence(players, mine);
  const now = performance.now();
  const over = match.state('')?.ctx.gameover !== undefined;
  const clock = st.clock;
  const live =
    clock !== null && clock.seat !== null && !clock.expired && !over
      ? liveClock(clock.seat, clock.deadline - now, mine)
      : null;
  const abandon =
    seat === null
      ? null
      : (): void =>
          void matchApi
            .abandon(c.info.matchID, seat)
            .catch((err: unknown) => c.table?.showRefusal(T.failed(errorText(err))));
  const bank =
    st.bank === null || over ? [] : bankChips(st.bank.info, st.bank.info.msLeft - (now - st.bank.at), mine, abandon);
  const parts: (HTMLElement | null)[] = [
    h('strong', { class: 'me' }, seat === null ? T.watching : T.playingAs(roleName(seat.playerID))),
    ...presenceChips(players, mine),
    live,
    ...bank,
    match.online ? null : h('span', { class: 'note' }, T.offline),
    st.note === '' || now - st.noteAt > NOTE_MS
      ? null
      : h('span', { class: 'note', 'data-testid': 'presence-note' }, st.note),
  ];
  c.strip.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  renderWaiting(c, players);
}

function renderWaiting(c: StripContext, players: readonly LobbyPlayer[]): void {
  const { st, seat, info } = c;
  if (!players.some((p) => p.name === undefined)) {
    st.waiting?.remove();
    st.waiting = null;
    return;
  }
  const online = onlineSetupOf(info.setupData);
  const toLobby = (): void => window.location.assign(`${window.location.pathname}?online=1`);
  const leave =
    seat === null
      ? button(T.toLobby, toLobby, { class: 'btn ghost' })
      : button(
          T.leave,
          () => {
            c.match.stop();
            lobby
              .leave(info.matchID, seat)
              .then(toLobby, (err: unknown) => c.table?.showRefusal(T.failed(errorText(err))));
          },
          { class: 'btn ghost', 'data-testid': 'leave' },
        );
  const link = inviteLink(info.matchID);
  const sheet = waitingSheet({
    players,
    title:
      T.matchRounds(scenarioTitle(info.setupData?.scenario), info.players.length) +
      (online.turnSeconds === undefined ? '' : ` · ${T.timed(online.turnSeconds)}`),
    link,
    copyLabel: st.copyLabel,
    copy: (input, done) =>
      copyLink(link, input, (label) => {
        st.copyLabel = label;
        done(label);
      }),
    leave,
  });
  if (st.waiting === null) c.dom.overlay.append(sheet);
  else st.waiting.replaceWith(sheet);
  st.waiting = sheet;
}
