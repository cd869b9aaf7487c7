// The game-over sheet's rematch (boardgame.io's play-again): whoever presses first creates
// the new match with the same settings, Russia and China change sides, and everyone who
// presses is seated in it; a spectator follows to watch it.
import { swappedSeat, swappedSetup } from '../online/setup';
import { lobby, savedName, savedSeat, type LobbyMatch, type Seat } from '../net/lobbyApi';
import { button, h } from '../ui/dom';
import { openMatchUrl, roleName } from '../ui/lobbyParts';
import { ONLINE_TEXT as T } from '../ui/onlineText';
import { errorText } from '../ui/serverText';

/** The game-over sheet's rematch button: both players press it and meet in the new match, sides swapped. */
export function rematchActions(info: LobbyMatch, seat: Seat | null): HTMLElement[] {
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
