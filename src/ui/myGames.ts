// "My games" (/?games=1): every online match this browser holds a seat in, with whose
// turn it is and the time left, your turn first; each opens its match, and each offers
// the seat's personal resume link to copy (to play on another device). The first screen
// shows how many there are, and how many wait for you (gamesBadge).
import { savedSeat, type Seat } from '../net/lobbyApi';
import { matchApi, resumeLink, savedMatchIDs, type MatchStatus } from '../net/matchApi';
import { button, h } from './dom';
import { GAMES_TEXT as G } from './gamesText';
import { openMatchUrl, roleName, scenarioTitle } from './lobbyParts';

export interface MyGame {
  readonly matchID: string;
  readonly seat: Seat;
  readonly status: MatchStatus | null;
}

/** Your turn first (the least time left first), then the others' turns, the waiting rooms, the finished. */
export function gameRank(g: MyGame): [number, number] {
  const s = g.status;
  if (s === null) return [4, 0];
  if (s.over) return [3, 0];
  if (!s.started) return [2, 0];
  const left = s.bank?.msLeft ?? Number.MAX_SAFE_INTEGER;
  return s.actor === g.seat.playerID || s.bank?.standIn.includes(g.seat.playerID) === true ? [0, left] : [1, left];
}

export function sortGames(games: readonly MyGame[]): MyGame[] {
  return [...games].sort((a, b) => {
    const [ra, la] = gameRank(a);
    const [rb, lb] = gameRank(b);
    return ra - rb || la - lb || a.matchID.localeCompare(b.matchID);
  });
}

/** Reads every saved seat's match status (a match the server no longer knows reads as null). */
export async function loadMyGames(): Promise<MyGame[]> {
  const games = await Promise.all(
    savedMatchIDs().map(async (matchID): Promise<MyGame | null> => {
      const seat = savedSeat(matchID);
      if (seat === null) return null;
      const status = await matchApi.status(matchID).catch(() => null);
      return { matchID, seat, status };
    }),
  );
  return sortGames(games.filter((x): x is MyGame => x !== null));
}

/** How many saved matches wait for this browser's move. */
export function yourTurns(games: readonly MyGame[]): number {
  return games.filter((g) => gameRank(g)[0] === 0).length;
}

function stateText(g: MyGame): string {
  const s = g.status;
  if (s === null) return G.word('unreachable');
  if (s.abandoned !== undefined) return G.word('abandoned');
  if (s.over) return G.word('over');
  if (!s.started) return G.word('waiting');
  if (s.bank?.standIn.includes(g.seat.playerID) === true) return G.word('standIn');
  if (s.actor === g.seat.playerID) return G.word('yourTurn');
  return s.actor === null ? '' : G.theirTurn(roleName(s.actor));
}

function copyButton(link: string): HTMLButtonElement {
  const b = button(
    G.word('copyResume'),
    () => {
      const copying = navigator.clipboard?.writeText(link);
      const done = (key: string): void => void (b.textContent = G.word(key));
      if (copying === undefined) done('copyFailed');
      else
        copying.then(
          () => done('copied'),
          () => done('copyFailed'),
        );
    },
    { class: 'btn small-btn', 'data-testid': 'copy-resume' },
  );
  return b;
}

function gameItem(g: MyGame): HTMLLIElement {
  const s = g.status;
  const mine = gameRank(g)[0] === 0;
  const time = s?.bank !== undefined && !s.over && s.bank.deadline !== null ? G.timeLeft(s.bank.msLeft) : null;
  const link = resumeLink(g.matchID, g.seat);
  return h(
    'li',
    { class: `match-item${mine ? ' mine' : ''}`, 'data-match': g.matchID, 'data-testid': 'my-game' },
    h('div', { class: 'match-title' }, `${roleName(g.seat.playerID)} · ${scenarioTitle(s?.scenario ?? undefined)}`),
    h(
      'div',
      { class: 'match-seats' },
      h('strong', { 'data-testid': 'game-state' }, stateText(g)),
      time === null ? '' : ` · ${time}`,
    ),
    h(
      'div',
      { class: 'row' },
      button(G.word('open'), () => window.location.assign(openMatchUrl(g.matchID)), {
        class: mine ? 'btn primary' : 'btn',
        'data-open': g.matchID,
      }),
      copyButton(link),
    ),
  );
}

export function mountMyGames(app: HTMLElement): void {
  const list = h(
    'ul',
    { class: 'match-list', 'data-testid': 'my-games' },
    h('li', { class: 'match-empty' }, G.word('loading')),
  );
  const card = h(
    'div',
    { class: 'menu-card lobby-card' },
    h('h1', { id: 'games-title' }, G.word('title')),
    h('p', { class: 'menu-lede' }, G.word('lede')),
    list,
    h('p', { class: 'menu-status' }, G.word('resumeNote')),
    h(
      'div',
      { class: 'row' },
      button(G.word('back'), () => window.location.assign(window.location.pathname), { class: 'btn ghost' }),
    ),
  );
  app.replaceChildren(
    h('main', { class: 'menu lobby', 'aria-labelledby': 'games-title', 'data-testid': 'games' }, card),
  );
  void loadMyGames().then((games) =>
    list.replaceChildren(
      ...(games.length === 0 ? [h('li', { class: 'match-empty' }, G.word('none'))] : games.map(gameItem)),
    ),
  );
}

/** The first screen's link to "My games", with how many there are and how many wait for you; nothing without any. */
export async function gamesBadge(where: HTMLElement): Promise<void> {
  if (savedMatchIDs().length === 0) return;
  const games = await loadMyGames();
  const link = h(
    'a',
    { class: 'btn', href: `${window.location.pathname}?games=1`, 'data-testid': 'my-games-link' },
    G.menuCount(games.length, yourTurns(games)),
  );
  where.append(link);
}
