import { describe, expect, it } from 'vitest';
import { onlineSetupOf, onlineSetupProblem, swappedSeat, swappedSetup } from '../../src/online/setup';

describe('online match settings', () => {
  it('a rematch swaps Russia and China, computer seats included, and keeps Kazakhstan and the timer', () => {
    expect(['0', '1', '2'].map(swappedSeat)).toEqual(['1', '0', '2']);
    const setup = {
      scenario: 'classroom-quick',
      players: 3,
      online: { bots: { '1': 'standard', '2': 'random' }, turnSeconds: 60 },
    } as const;
    const swapped = swappedSetup(setup);
    expect(swapped).toEqual({
      scenario: 'classroom-quick',
      players: 3,
      online: { bots: { '0': 'standard', '2': 'random' }, turnSeconds: 60 },
    });
    expect(onlineSetupProblem(swapped)).toBeNull();
    expect(swappedSetup({ players: 2 })).toEqual({ players: 2 });
  });

  it('reads nothing from settings that would not pass the check', () => {
    expect(onlineSetupOf({ players: 2, online: { bots: { '5': 'standard' } } })).toEqual({});
    expect(onlineSetupOf(undefined)).toEqual({});
    expect(onlineSetupOf({ players: 2, online: { turnSeconds: 30 } })).toEqual({ turnSeconds: 30 });
    expect(onlineSetupProblem({ players: 3, online: { bots: { '2': 'standard' }, turnSeconds: 3601 } })).toMatch(
      /turnSeconds/,
    );
  });
});
