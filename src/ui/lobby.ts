// The online lobby: your name (remembered), a new match (scenario, 2 or 3 players, your
// side, who plays the other seats, the turn timer, listed or private), and the open
// matches with who is in, refreshed every few seconds. Joining or creating takes a seat
// and opens the match by its invite link, so a reload later lands in the same place.
import { PLAYER_LEVELS } from '../ai/bots';
import { SCENARIO_IDS } from '../content/ids';
import { SCENARIOS } from '../content/scenarios';
import { lobby, savedName, saveName, savedSeat, type LobbyMatch } from '../net/lobbyApi';
import { TURN_SECONDS_CHOICES, type OnlineSetup } from '../online/setup';
import { button, h } from './dom';
import { ROLE_NAME, SEAT_ROLE } from './names';
import { tc } from '../i18n/index';
import { BOT_LEVEL_NAME, ONLINE_TEXT as T } from './onlineText';
import { errorText } from './serverText';

const REFRESH_MS = 4000;

export const roleName = (seat: string): string => ROLE_NAME[SEAT_ROLE[seat] ?? 'russia'];
export const levelName = (level: string): string => BOT_LEVEL_NAME[level] ?? level;

export function scenarioTitle(id: string | undefined): string {
  const s = (SCENARIOS as Record<string, { title: string } | undefined>)[id ?? ''];
  return s === undefined ? (id ?? '') : tc(`scenarioTitle.${id ?? ''}`, s.title);
}

function option(value: string, label: string): HTMLOptionElement {
  return h('option', { value }, label);
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return h('label', {}, text, control);
}

/** Where a match opens: its invite link (optionally as a spectator). */
export function openMatchUrl(matchID: string, watch = false): string {
  return `${window.location.pathname}?match=${encodeURIComponent(matchID)}${watch ? '&watch=1' : ''}`;
}

export function mountLobby(app: HTMLElement, note?: string): () => void {
  const status = h(
    'p',
    { class: 'menu-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'lobby-status' },
    note ?? '',
  );
  const name = h('input', {
    id: 'online-name',
    name: 'name',
    maxlength: 40,
    autocomplete: 'nickname',
    placeholder: T.namePlaceholder,
    value: savedName(),
  });
  name.addEventListener('input', () => saveName(name.value));

  const scenario = h(
    'select',
    { id: 'online-scenario', name: 'scenario' },
    ...SCENARIO_IDS.map((id) => option(id, scenarioTitle(id))),
  );
  scenario.value = 'classroom-quick';
  const players = h(
    'select',
    { id: 'online-players', name: 'players' },
    option('2', T.playersTwo),
    option('3', T.playersThree),
  );
  const side = h('select', { id: 'online-side', name: 'side' });
  const timer = h(
    'select',
    { id: 'online-timer', name: 'timer' },
    option('', T.timerOff),
    ...TURN_SECONDS_CHOICES.map((s) => option(String(s), T.timerSeconds(s))),
  );
  const listing = h(
    'select',
    { id: 'online-listing', name: 'listing' },
    option('listed', T.listed),
    option('unlisted', T.unlisted),
  );
  const others = h('div', { class: 'menu-options seat-choices' });
  const seatSelects = new Map<string, HTMLSelectElement>();

  const syncSeats = (): void => {
    const n = players.value === '3' ? 3 : 2;
    const seats = n === 3 ? ['0', '1', '2'] : ['0', '1'];
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
  players.addEventListener('change', syncSeats);
  side.addEventListener('change', syncSeats);
  syncSeats();

  const needName = (): string | null => {
    const n = name.value.trim();
    if (n === '') {
      status.textContent = T.nameNeeded;
      name.focus();
      return null;
    }
    saveName(n);
    return n;
  };

  const createBtn = button(T.create, () => void create(), { class: 'btn primary', 'data-testid': 'create' });
  const create = async (): Promise<void> => {
    const who = needName();
    if (who === null) return;
    const n = players.value === '3' ? 3 : 2;
    const bots: Record<string, string> = {};
    for (const [seat, sel] of seatSelects) if (sel.value !== 'person') bots[seat] = sel.value;
    const online: { bots?: Record<string, string>; turnSeconds?: number } = {};
    if (Object.keys(bots).length > 0) online.bots = bots;
    if (timer.value !== '') online.turnSeconds = Number(timer.value);
    const setupData = { scenario: scenario.value, players: n, online: online as OnlineSetup };
    status.textContent = T.creating;
    createBtn.disabled = true;
    try {
      const matchID = await lobby.create(n, setupData, listing.value === 'unlisted');
      await lobby.join(matchID, side.value, who);
      window.location.assign(openMatchUrl(matchID));
    } catch (err) {
      status.textContent = T.failed(errorText(err));
      createBtn.disabled = false;
    }
  };

  const list = h(
    'ul',
    { class: 'match-list', 'data-testid': 'open-matches', 'aria-live': 'polite' },
    h('li', { class: 'match-empty' }, T.loading),
  );
  const join = async (matchID: string, seat: string): Promise<void> => {
    const who = needName();
    if (who === null) return;
    status.textContent = T.joining;
    try {
      await lobby.join(matchID, seat, who);
      window.location.assign(openMatchUrl(matchID));
    } catch (err) {
      status.textContent = T.failed(errorText(err));
      void refresh();
    }
  };
  const refresh = async (): Promise<void> => {
    try {
      const matches = await lobby.list();
      list.replaceChildren(
        ...(matches.length === 0
          ? [h('li', { class: 'match-empty' }, T.noOpen)]
          : matches
              .slice(-30)
              .reverse()
              .map((m) => matchItem(m, join))),
      );
    } catch (err) {
      list.replaceChildren(h('li', { class: 'match-empty' }, T.failed(errorText(err))));
    }
  };

  const card = h(
    'div',
    { class: 'menu-card lobby-card' },
    h('p', { class: 'menu-kicker' }, T.kicker),
    h('h1', { id: 'lobby-title' }, T.lobbyTitle),
    h('p', { class: 'menu-lede' }, T.lobbyLede),
    h('div', { class: 'menu-options' }, labelled(T.yourName, name)),
    h(
      'div',
      { class: 'lobby-grid' },
      h(
        'section',
        { class: 'lobby-box', 'aria-labelledby': 'open-title' },
        h(
          'h2',
          { id: 'open-title' },
          T.openTitle,
          ' ',
          button(T.refresh, () => void refresh(), { class: 'btn small-btn' }),
        ),
        list,
      ),
      h(
        'section',
        { class: 'lobby-box', 'aria-labelledby': 'create-title' },
        h('h2', { id: 'create-title' }, T.createTitle),
        h(
          'div',
          { class: 'menu-options' },
          labelled(T.scenario, scenario),
          labelled(T.players, players),
          labelled(T.yourSide, side),
        ),
        others,
        h('div', { class: 'menu-options' }, labelled(T.timer, timer), labelled(T.listing, listing)),
        h('div', { class: 'row' }, createBtn),
      ),
    ),
    status,
    h(
      'div',
      { class: 'row' },
      button(T.backToMenu, () => window.location.assign(window.location.pathname), { class: 'btn ghost' }),
    ),
  );
  app.replaceChildren(
    h('main', { class: 'menu lobby', 'aria-labelledby': 'lobby-title', 'data-testid': 'lobby' }, card),
  );
  void refresh();
  const every = window.setInterval(() => void refresh(), REFRESH_MS);
  return () => window.clearInterval(every);
}

function seatsText(m: LobbyMatch): string {
  return m.players.map((p) => T.seatLine(roleName(String(p.id)), p.name ?? T.free)).join(' · ');
}

function matchItem(m: LobbyMatch, join: (matchID: string, seat: string) => Promise<void>): HTMLLIElement {
  const bits = [T.matchRounds(scenarioTitle(m.setupData?.scenario), m.players.length)];
  const t = m.setupData?.online?.turnSeconds;
  if (t !== undefined) bits.push(T.timed(t));
  const mine = savedSeat(m.matchID);
  const free = mine === null ? m.players.filter((p) => p.name === undefined) : [];
  return h(
    'li',
    { class: 'match-item', 'data-match': m.matchID },
    h('div', { class: 'match-title' }, bits.join(' · ')),
    h('div', { class: 'match-seats' }, seatsText(m)),
    h(
      'div',
      { class: 'row' },
      mine === null
        ? null
        : button(T.returnTo(roleName(mine.playerID)), () => window.location.assign(openMatchUrl(m.matchID)), {
            class: 'btn primary',
            'data-return': m.matchID,
          }),
      ...free.map((p) =>
        button(T.joinAs(roleName(String(p.id))), () => void join(m.matchID, String(p.id)), {
          class: 'btn primary',
          'data-join': String(p.id),
        }),
      ),
      button(T.watch, () => window.location.assign(openMatchUrl(m.matchID, true)), {
        class: 'btn',
        'data-watch': m.matchID,
      }),
    ),
  );
}
