// The lobby's "New match" form: scenario, 2 or 3 players, your side, who plays each other
// seat, the pace (live with an optional turn timer, or turn-based over days with a time
// per move and a bank for the match), listed or private. Creating takes your seat and
// opens the match by its invite link.
import { PLAYER_LEVELS } from '../ai/bots';
import { SCENARIO_IDS } from '../content/ids';
import { lobby } from '../net/lobbyApi';
import { MOVE_BANK_CHOICES, TOTAL_BANK_CHOICES, TURN_SECONDS_CHOICES, type OnlineSetup } from '../online/setup';
import { button, h } from './dom';
import { bankChoiceText, GAMES_TEXT as G } from './gamesText';
import { labelled, levelName, openMatchUrl, option, roleName, scenarioTitle } from './lobbyParts';
import { ONLINE_TEXT as T } from './onlineText';
import { errorText } from './serverText';

const select = (id: string, ...options: HTMLOptionElement[]): HTMLSelectElement =>
  h('select', { id, name: id.replace('online-', '') }, ...options);

/** The seats' controls: your side, and a person or a computer level for each other seat. */
function seatControls(): {
  players: HTMLSelectElement;
  side: HTMLSelectElement;
  others: HTMLElement;
  bots: () => Record<string, string>;
} {
  const players = select('online-players', option('2', T.playersTwo), option('3', T.playersThree));
  const side = select('online-side');
  const others = h('div', { class: 'menu-options seat-choices' });
  const seatSelects = new Map<string, HTMLSelectElement>();
  const sync = (): void => {
    const seats = players.value === '3' ? ['0', '1', '2'] : ['0', '1'];
    const mine = seats.includes(side.value) ? side.value : '0';
    side.replaceChildren(...seats.map((s) => option(s, roleName(s))));
    side.value = mine;
    seatSelects.clear();
    others.replaceChildren(
      ...seats
        .filter((s) => s !== mine)
        .map((s) => {
          const sel = h(
            'select',
            { id: `online-seat-${s}`, 'data-seat': s },
            option('person', T.person),
            ...PLAYER_LEVELS.map((l) => option(l, T.computer(levelName(l)))),
          );
          seatSelects.set(s, sel);
          return labelled(T.seatPlayer(roleName(s)), sel);
        }),
    );
  };
  players.addEventListener('change', sync);
  side.addEventListener('change', sync);
  sync();
  const bots = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [seat, sel] of seatSelects) if (sel.value !== 'person') out[seat] = sel.value;
    return out;
  };
  return { players, side, others, bots };
}

/** The pace: live (with the turn timer) or turn-based (a time per move and a bank for the match). */
function paceControls(): { row: HTMLElement; online: () => OnlineSetup } {
  const mode = select('online-mode', option('live', G.word('modeLive')), option('turn', G.word('modeTurn')));
  const timer = select(
    'online-timer',
    option('', T.timerOff),
    ...TURN_SECONDS_CHOICES.map((s) => option(String(s), T.timerSeconds(s))),
  );
  const move = select('online-move-bank', ...MOVE_BANK_CHOICES.map((s) => option(String(s), bankChoiceText(s))));
  move.value = String(MOVE_BANK_CHOICES[1]);
  const total = select('online-total-bank', ...TOTAL_BANK_CHOICES.map((s) => option(String(s), bankChoiceText(s))));
  total.value = String(TOTAL_BANK_CHOICES[1]);
  const live = labelled(T.timer, timer);
  const banks = [labelled(G.word('moveBank'), move), labelled(G.word('totalBank'), total)];
  const sync = (): void => {
    live.hidden = mode.value === 'turn';
    for (const b of banks) b.hidden = mode.value !== 'turn';
  };
  mode.addEventListener('change', sync);
  sync();
  const online = (): OnlineSetup => {
    if (mode.value === 'turn') {
      const m = Number(move.value);
      return { moveBankSeconds: m, totalBankSeconds: Math.max(m, Number(total.value)) };
    }
    return timer.value === '' ? {} : { turnSeconds: Number(timer.value) };
  };
  return { row: h('div', { class: 'menu-options' }, labelled(G.word('mode'), mode), live, ...banks), online };
}

export function createForm(status: HTMLElement, needName: () => string | null): HTMLElement {
  const scenario = select('online-scenario', ...SCENARIO_IDS.map((id) => option(id, scenarioTitle(id))));
  scenario.value = 'classroom-quick';
  const seats = seatControls();
  const pace = paceControls();
  const listing = select('online-listing', option('listed', T.listed), option('unlisted', T.unlisted));
  const createBtn = button(T.create, () => void create(), { class: 'btn primary', 'data-testid': 'create' });
  const create = async (): Promise<void> => {
    const who = needName();
    if (who === null) return;
    const n = seats.players.value === '3' ? 3 : 2;
    const bots = seats.bots();
    // The levels are the registry's own (the choices offered); the server checks them again.
    const online = { ...(Object.keys(bots).length > 0 ? { bots } : {}), ...pace.online() } as OnlineSetup;
    status.textContent = T.creating;
    createBtn.disabled = true;
    try {
      const matchID = await lobby.create(
        n,
        { scenario: scenario.value, players: n, online },
        listing.value === 'unlisted',
      );
      await lobby.join(matchID, seats.side.value, who);
      window.location.assign(openMatchUrl(matchID));
    } catch (err) {
      status.textContent = T.failed(errorText(err));
      createBtn.disabled = false;
    }
  };
  return h(
    'section',
    { class: 'lobby-box', 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, T.createTitle),
    h(
      'div',
      { class: 'menu-options' },
      labelled(T.scenario, scenario),
      labelled(T.players, seats.players),
      labelled(T.yourSide, seats.side),
    ),
    seats.others,
    pace.row,
    h('div', { class: 'menu-options' }, labelled(T.listing, listing)),
    h('div', { class: 'row' }, createBtn),
  );
}
