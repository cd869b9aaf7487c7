// The online table's turn clock as the server's `timer` event tells it: the seat and the
// time left, an expiry, a clock stopped with no seat, and events for another match or
// of the wrong shape ignored.
import { describe, expect, it } from 'vitest';
import { clockOf } from '../../src/client/onlineMatch';

describe("the turn clock from the server's timer event", () => {
  it('reads a running clock, a stopped one and an expired one', () => {
    expect(clockOf({ matchID: 'm1', seat: '0', msLeft: 4000, seconds: 5 }, 'm1', 100)).toEqual({
      seat: '0',
      deadline: 4100,
      seconds: 5,
      expired: false,
    });
    expect(clockOf({ matchID: 'm1', seat: null, msLeft: 0, seconds: 5 }, 'm1', 100)?.seat).toBeNull();
    expect(clockOf({ matchID: 'm1', seat: '1', msLeft: 0, seconds: 5, expired: true }, 'm1', 0)?.expired).toBe(true);
  });

  it('ignores another match, and an event without the times', () => {
    expect(clockOf({ matchID: 'm2', seat: '0', msLeft: 4000, seconds: 5 }, 'm1', 0)).toBeNull();
    expect(clockOf({ matchID: 'm1', seat: '0', seconds: 5 }, 'm1', 0)).toBeNull();
    expect(clockOf('timer', 'm1', 0)).toBeNull();
  });
});
