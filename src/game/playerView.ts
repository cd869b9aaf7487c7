// What each seat may see. Hands are secret (a seat sees its own; spectators none),
// the deck's order and the news to come are secret to all; hidden ids become '?',
// so counts stay visible.
import { POWERS } from '../content/ids';
import { roleOfSeat } from './moves';
import { HIDDEN, type GameState, type Hidden } from './state';

export { HIDDEN };

const mask = (ids: readonly string[]): Hidden[] => ids.map(() => HIDDEN);

export function playerView(G: GameState, playerID: string | null | undefined): GameState {
  const role = roleOfSeat(playerID);
  const hands = { ...G.hands };
  for (const p of POWERS) if (role !== p) hands[p] = mask(G.hands[p]);
  return {
    ...G,
    hands,
    deck: mask(G.deck),
    newsDeck: mask(G.newsDeck),
    policyHand: role === 'kazakhstan' ? G.policyHand : mask(G.policyHand),
  };
}
