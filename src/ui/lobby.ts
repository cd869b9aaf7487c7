// The online lobby: your name (remembered), a new match (lobbyCreate.ts), and the open
// matches with who is in, refreshed every few seconds. Joining or creating takes a seat
// and opens the match by its invite link, so a reload later lands in the same place.
import { lobby, savedName, saveName, savedSeat, type LobbyMatch } from '../net/lobbyApi';
import { button, h } from './dom';
import { createForm } from './lobbyCreate';
import { labelled, openMatchUrl, roleName, scenarioTitle } from './lobbyParts';
import { ONLINE_TEXT as T } from './onlineText';
import { GAMES_TEXT as G } from './gamesText';
import { errorText } from './serverText';

export { levelName, openMatchUrl, roleName, scenarioTitle } from './lobbyParts';

const REFRESH_MS = 4000;

/** The open matches, refreshed by the caller; joining needs a name first. */
function openList(
  status: HTMLElement,
  needName: () => string | null,
): { box: HTMLElement; refresh: () => Promise<void> } {
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
  const box = h(
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
  );
  return { box, refresh };
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
  const open = openList(status, needName);
  const card = h(
    'div',
    { class: 'menu-card lobby-card' },
    h('p', { class: 'menu-kicker' }, T.kicker),
    h('h1', { id: 'lobby-title' }, T.lobbyTitle),
    h('p', { class: 'menu-lede' }, T.lobbyLede),
    h('div', { class: 'menu-options' }, labelled(T.yourName, name)),
    h('div', { class: 'lobby-grid' }, open.box, createForm(status, needName)),
    status,
    h(
      'div',
      { class: 'row' },
      button(T.backToMenu, () => window.location.assign(window.location.pathname), { class: 'btn ghost' }),
      button(G.word('title'), () => window.location.assign(`${window.location.pathname}?games=1`), {
        class: 'btn ghost',
        'data-testid': 'to-my-games',
      }),
    ),
  );
  app.replaceChildren(
    h('main', { class: 'menu lobby', 'aria-labelledby': 'lobby-title', 'data-testid': 'lobby' }, card),
  );
  void open.refresh();
  const every = window.setInterval(() => void open.refresh(), REFRESH_MS);
  return () => window.clearInterval(every);
}

function seatsText(m: LobbyMatch): string {
  return m.players.map((p) => T.seatLine(roleName(String(p.id)), p.name ?? T.free)).join(' · ');
}

function matchItem(m: LobbyMatch, join: (matchID: string, seat: string) => Promise<void>): HTMLLIElement {
  const bits = [T.matchRounds(scenarioTitle(m.setupData?.scenario), m.players.length)];
  const t = m.setupData?.online?.turnSeconds;
  if (t !== undefined) bits.push(T.timed(t));
  if (m.setupData?.online?.moveBankSeconds !== undefined) bits.push(G.word('modeTurn'));
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
