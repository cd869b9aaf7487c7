// The pieces of the strip over an online table and of its waiting room: who plays which
// side and whether they are connected, the live turn clock, the turn-based clocks (the
// time left to move, who the computer stands in for, ending the match as abandoned), and
// the waiting room's sheet with the invite link.
import type { LobbyPlayer } from '../net/lobbyApi';
import type { BankInfo } from '../net/matchApi';
import { button, h } from './dom';
import { GAMES_TEXT as G } from './gamesText';
import { levelName, roleName } from './lobbyParts';
import { ONLINE_TEXT as T } from './onlineText';

const ROLE_CLASS = ['russia', 'china', 'kazakhstan'];

function seatState(p: LobbyPlayer): string {
  if (p.name === undefined) return T.waitingSeat;
  if (p.data?.bot !== undefined) return levelName(p.data.bot);
  return p.isConnected === true ? T.connected : T.disconnected;
}

/** One chip per seat: the role, the name (yours marked) and connected or not; a computer seat by its level. */
export function presenceChips(players: readonly LobbyPlayer[], mine: string | null): HTMLElement[] {
  return players.map((p) => {
    const id = String(p.id);
    const bot = p.data?.bot;
    const who = p.name === undefined ? '—' : id === mine ? `${p.name} (${T.you})` : p.name;
    const off = p.name === undefined || p.isConnected === true || bot !== undefined ? '' : ' off';
    return h(
      'span',
      { class: `chip who-${ROLE_CLASS[Number(id)] ?? 'russia'}${off}`, 'data-seat': id },
      bot !== undefined
        ? T.seatLine(roleName(id), T.computer(levelName(bot)))
        : T.presence(roleName(id), who, seatState(p)),
    );
  });
}

function clockText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The live turn clock: whose, and the time left (ms). */
export function liveClock(seat: string, msLeft: number, mine: string | null): HTMLElement {
  return h(
    'span',
    { class: `clock${msLeft < 10_000 ? ' low' : ''}`, 'data-testid': 'clock' },
    seat === mine ? T.clockMine(clockText(msLeft)) : T.clock(roleName(seat), clockText(msLeft)),
  );
}

/**
 * The turn-based clocks: the time the seat to move has left, who the computer stands in
 * for, and (for a seated player, while the computer stands in for someone else) the
 * button that ends the match as abandoned.
 */
export function bankChips(
  bank: BankInfo,
  msLeft: number,
  mine: string | null,
  abandon: (() => void) | null,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (bank.seat !== null && bank.deadline !== null)
    out.push(
      h(
        'span',
        { class: 'clock', 'data-testid': 'bank-clock' },
        bank.seat === mine ? G.bankMine(msLeft) : G.bank(roleName(bank.seat), msLeft),
      ),
    );
  for (const seat of bank.standIn)
    out.push(h('span', { class: 'note', 'data-testid': 'stand-in' }, G.standingIn(roleName(seat))));
  if (abandon !== null && mine !== null && bank.standIn.some((s) => s !== mine))
    out.push(button(G.word('abandon'), abandon, { class: 'btn small-btn', 'data-testid': 'abandon' }));
  return out;
}

export interface WaitingRoom {
  readonly players: readonly LobbyPlayer[];
  readonly title: string;
  readonly link: string;
  readonly copyLabel: string;
  readonly copy: (input: HTMLInputElement, done: (label: string) => void) => void;
  readonly leave: HTMLElement;
}

/** The waiting room's sheet: who is in, the invite link with a copy button, and leaving. */
export function waitingSheet(w: WaitingRoom): HTMLElement {
  const input = h('input', {
    class: 'invite-link',
    readonly: true,
    value: w.link,
    'aria-label': T.inviteLink,
    'data-testid': 'invite-link',
  });
  const copy = button(w.copyLabel, () => w.copy(input, (label) => void (copy.textContent = label)), {
    class: 'btn primary',
    'data-testid': 'copy-link',
  });
  const rows = w.players.map((p) => {
    const id = String(p.id);
    const bot = p.data?.bot;
    return h(
      'li',
      { 'data-seat': id },
      bot !== undefined
        ? T.seatLine(roleName(id), T.computer(levelName(bot)))
        : T.presence(roleName(id), p.name ?? '—', seatState(p)),
    );
  });
  return h(
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
      h('p', {}, w.title),
      h('ul', { class: 'seat-list' }, ...rows),
      h('p', {}, T.waitingNote),
      h('div', { class: 'row invite-row' }, input, copy),
      h('div', { class: 'row' }, w.leave),
    ),
  );
}
