// An own event scores: the rope moves one step toward the power that plays one of its own
// cards for its event, in the card's lens; neutral events and an opponent's event fired by
// playing its card for operations score nothing of the kind.
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/index';
import type { CardDef } from '../../src/content/types';
import { logEntries } from '../../src/game/log';
import { OWN_EVENT_ROPE, eventRope } from '../../src/game/levers';
import { playEvent, playOps } from '../../src/game/moves';
import { envFor, openingState, withCard } from './fixtures';

const noRope = (c: CardDef) => c.effects.every((e) => e.kind !== 'rope');
const find = (f: (c: CardDef) => boolean): CardDef => {
  const c = CARDS.find(f);
  if (c === undefined) throw new Error('no card fits this test');
  return c;
};

describe('an own event scores', () => {
  it.each([
    ['russia', '0', -1],
    ['china', '1', 1],
  ] as const)('%s playing its own card for the event moves the rope its way, in the card lens', (power, seat, dir) => {
    const card = find((c) => c.side === power && noRope(c));
    const G = withCard(openingState(), power, card.id);
    playEvent(envFor(G, seat), card.id);
    expect(OWN_EVENT_ROPE).toBe(1);
    expect(G.rope).toBe(dir * OWN_EVENT_ROPE);
    const moves = logEntries(G).filter((e) => e.kind === 'rope');
    expect(moves).toHaveLength(1);
    const m = moves[0];
    if (m?.kind !== 'rope') throw new Error('no rope entry');
    expect(m.cause).toEqual({ type: 'card', id: card.id, by: power });
    expect(m.lens).toBe(card.lens);
  });

  it('a neutral event and an opponent event fired by operations score nothing', () => {
    const neutral = find((c) => c.side === 'neutral' && noRope(c));
    const G = withCard(openingState(), 'russia', neutral.id);
    playEvent(envFor(G, '0'), neutral.id);
    expect(G.rope).toBe(0);
    expect(eventRope(neutral, 'russia')).toBe(0);

    const theirs = find((c) => c.side === 'china' && noRope(c));
    const H = withCard(openingState(), 'russia', theirs.id);
    playOps(envFor(H, '0'), theirs.id);
    expect(H.rope).toBe(0);
    expect(eventRope(theirs, 'russia')).toBe(0);
    expect(eventRope(theirs, 'china')).toBe(OWN_EVENT_ROPE);
  });
});
