// The invite link opened in a browser without a seat in that match: take a free seat
// (with a name, remembered) or watch.
import { lobby, savedName, saveName, type LobbyMatch } from '../net/lobbyApi';
import { button, h } from './dom';
import { openMatchUrl, roleName, scenarioTitle } from './lobbyParts';
import { ONLINE_TEXT as T } from './onlineText';
import { errorText } from './serverText';

/** Someone opened an invite link without a seat here: take a free seat or watch. */
export function inviteSheet(app: HTMLElement, info: LobbyMatch): void {
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
