// Small pieces the teacher's dashboard and the projector share: the mini rope, the
// four value bars, a match's seats, and the QR code of the join link (drawn in the
// browser by the qrcode package, which arrives in its own chunk when first needed).
import { VALUES } from '../content/ids';
import type { DashboardMatch, DashboardSeat, ValueSet } from '../online/classroom';
import { t } from '../i18n/index';
import { h } from './dom';
import { WORLD_EVENTS } from '../content/index';
import { newsTitle, ROLE_NAME, SEAT_ROLE } from './names';
import { S, ropeLean } from './classText';

export function roleOf(role: string): string {
  return role === 'russia' || role === 'china' || role === 'kazakhstan' ? ROLE_NAME[role] : role;
}

/** The rope from Moscow (-20) to Beijing (+20), with its knot where the score stands. */
export function miniRope(rope: number, big = false): HTMLElement {
  const clamped = Math.max(-20, Math.min(20, rope));
  const knot = h('span', {
    class: `mr-knot${rope < 0 ? ' to-moscow' : rope > 0 ? ' to-beijing' : ''}`,
    style: `left:${((clamped + 20) / 40) * 100}%`,
  });
  return h(
    'div',
    {
      class: `mini-rope${big ? ' big' : ''}`,
      role: 'img',
      'aria-label': S('ropeLabel', { lean: ropeLean(rope) }),
      'data-rope': rope,
    },
    h('span', { class: 'mr-end moscow', 'aria-hidden': 'true' }, t('capital.moscow')),
    h('span', { class: 'mr-track', 'aria-hidden': 'true' }, h('span', { class: 'mr-mid' }), knot),
    h('span', { class: 'mr-end beijing', 'aria-hidden': 'true' }, t('capital.beijing')),
    h('span', { class: 'mr-lean', 'aria-hidden': 'true' }, ropeLean(rope)),
  );
}

/** Kazakhstan's four values, each 0..10, as labelled bars with the number. */
export function valueBars(values: ValueSet): HTMLElement {
  return h(
    'dl',
    { class: 'value-bars', 'aria-label': S('valuesLabel') },
    ...VALUES.flatMap((v) => [
      h('dt', {}, t(`valueShort.${v}`)),
      h(
        'dd',
        { 'data-value': v },
        h(
          'span',
          { class: `vb-bar vb-${v}`, 'aria-hidden': 'true' },
          h('span', { style: `width:${Math.max(0, Math.min(10, values[v])) * 10}%` }),
        ),
        h('span', { class: 'vb-num' }, String(values[v])),
      ),
    ]),
  );
}

function seatState(seat: DashboardSeat): { text: string; bad: boolean } {
  if (seat.kind === 'computer') return { text: S('computer'), bad: false };
  if (!seat.connected) return { text: S('disconnected'), bad: true };
  if (seat.idleSeconds >= 60) return { text: S('idle', { n: Math.floor(seat.idleSeconds / 60) }), bad: true };
  return { text: S('connected'), bad: false };
}

export function seatList(m: DashboardMatch): HTMLElement {
  return h(
    'ul',
    { class: 'mc-seats' },
    ...m.seats.map((seat) => {
      const st = seatState(seat);
      const role = seat.role;
      const turn = m.gameover === null && m.ended !== true && m.currentPlayer === seat.playerID;
      return h(
        'li',
        { class: `mc-seat${st.bad ? ' bad' : ''}${turn ? ' turn' : ''}`, 'data-seat': seat.playerID },
        h(
          'span',
          { class: `mc-shape who-${role}`, 'aria-hidden': 'true' },
          role === 'russia' ? '■' : role === 'china' ? '●' : '◆',
        ),
        // A computer seat's name comes from the server in English: the state says "computer" in the reader's language.
        h(
          'span',
          { class: 'mc-name' },
          seat.kind === 'computer' ? roleOf(role) : S('seatLine', { role: roleOf(role), name: seat.name }),
        ),
        h('span', { class: 'mc-state' }, st.text),
      );
    }),
  );
}

/** Who is to play, in words ("To play: China (Swift Falcon 12)"), or null between turns. */
export function whoseTurn(m: DashboardMatch): string | null {
  if (
    m.gameover !== null ||
    m.ended === true ||
    m.currentPlayer === null ||
    (m.phase !== 'actions' && m.phase !== 'kazakhstan')
  )
    return null;
  const seat = m.seats.find((s) => s.playerID === m.currentPlayer);
  const role = roleOf(seat?.role ?? SEAT_ROLE[m.currentPlayer] ?? '');
  return S('toPlay', { who: seat === undefined || seat.kind === 'computer' ? role : `${role} (${seat.name})` });
}

export function resultLine(m: DashboardMatch): string | null {
  if (m.gameover === null) return null;
  return m.gameover.winner === null ? S('overDraw') : S('overWon', { role: roleOf(m.gameover.winner) });
}

/** A box that fills itself with the join link's QR code (SVG, so it stays crisp on a projector). */
export function qrBox(url: string, onFail: (why: string) => void): HTMLElement {
  const box = h('div', { class: 'qr', role: 'img', 'aria-label': S('qrLabel'), 'data-testid': 'qr' });
  void import('qrcode')
    .then(async (QR) => {
      const svg = await QR.toString(url, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
        color: { dark: '#231d18', light: '#fffdf7' },
      });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const el = doc.documentElement;
      el.setAttribute('aria-hidden', 'true');
      el.setAttribute('focusable', 'false');
      box.replaceChildren(document.importNode(el, true));
      box.dataset.ready = 'true';
    })
    .catch((err: unknown) => onFail(err instanceof Error ? err.message : String(err)));
  return box;
}

const EVENT_ID_BY_TITLE: ReadonlyMap<string, string> = new Map(
  WORLD_EVENTS.map((e): [string, string] => [e.title, e.id]),
);

/** The dashboard's last event arrives as its English title: shown in the reader's language. */
export function eventTitle(titleOrId: string): string {
  return newsTitle(EVENT_ID_BY_TITLE.get(titleOrId) ?? titleOrId) ?? titleOrId;
}
