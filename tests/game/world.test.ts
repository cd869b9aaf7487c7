// The realist world (world.ts): the same rules with every value-dependent effect off.
import { describe, expect, it } from 'vitest';
import { applyEffect } from '../../src/game/effects';
import { hedgeBeneficiary, policyWeight } from '../../src/game/kazakhstan';
import { REFUSE, softPowerTarget } from '../../src/game/moves';
import { kazakhstanGoalMet } from '../../src/game/round';
import { countryScore, payProjectIncome } from '../../src/game/scoring';
import { alignment, influenceCost, SOFT_POWER_TARGET, valueModifiers } from '../../src/game/selectors';
import { initialState, setupDataProblem } from '../../src/game/setup';
import type { GameState } from '../../src/game/state';
import { valuesCount, worldOf } from '../../src/game/world';
import { POLICIES } from '../../src/content/index';
import { ctxFor, openingState } from './fixtures';

function both(mutate: (G: GameState) => void): [GameState, GameState] {
  const real = openingState();
  const realist = openingState({ world: 'realist' });
  mutate(real);
  mutate(realist);
  return [real, realist];
}

describe('the realist world switch', () => {
  it('is off by default and set from the setup data', () => {
    expect(worldOf(openingState())).toBe('real');
    expect('world' in openingState()).toBe(false);
    expect(valuesCount(openingState())).toBe(true);
    expect(valuesCount(initialState({ world: 'realist' }))).toBe(false);
    expect(setupDataProblem({ world: 'realist' })).toBeNull();
    expect(setupDataProblem({ world: 'liberal' })).toBe('world must be real or realist');
  });

  it('no wariness price', () => {
    const [a, b] = both((G) => {
      G.values.warinessChina = 8;
      G.influence.almaty = { russia: 0, china: 0 };
    });
    expect(influenceCost(a, 'china', 'almaty')).toBe(2);
    expect(influenceCost(b, 'china', 'almaty')).toBe(1);
  });

  it('no value modifiers in scoring', () => {
    const [a, b] = both((G) => {
      G.values = { reform: 1, identity: 1, warinessRussia: 1, warinessChina: 9 };
      G.influence.astana = { russia: 4, china: 0 };
    });
    expect(valueModifiers(a).length).toBeGreaterThan(0);
    expect(valueModifiers(b)).toEqual([]);
    expect(countryScore(b, 'kazakhstan', [1, 3, 5]).ideational).toEqual({ russia: 0, china: 0 });
    expect(countryScore(a, 'kazakhstan', [1, 3, 5]).ideational.russia).toBeGreaterThan(0);
  });

  it('soft power needs the plain target whatever the lean', () => {
    const [a, b] = both((G) => {
      G.values.reform = 2;
    });
    expect(softPowerTarget(a, 'reform+', 'russia')).toBe(SOFT_POWER_TARGET + 1);
    expect(softPowerTarget(b, 'reform+', 'russia')).toBe(SOFT_POWER_TARGET);
  });

  it('projects pay whatever the wariness, and pressure is never barred', () => {
    const [a, b] = both((G) => {
      G.values.warinessRussia = 10;
      G.projects.petropavl = ['russiaPipeline'];
      G.influence.petropavl = { russia: 1, china: 1 };
    });
    payProjectIncome(a);
    payProjectIncome(b);
    expect(a.influence.petropavl.russia).toBe(1);
    expect(b.influence.petropavl.russia).toBeGreaterThan(1);
    for (const G of [a, b]) G.pending = { power: 'russia', card: 'c-russian-tv', opsLeft: 3, action: null };
    const ctx = ctxFor('actions', '0');
    expect(REFUSE.pressure(a, ctx, '0', ['petropavl'])?.code).toBe('pressureBarred');
    expect(REFUSE.pressure(b, ctx, '0', ['petropavl'])).toBeNull();
  });

  it('value-gated influence never applies; value effects keep their conditions', () => {
    const [a, b] = both((G) => {
      G.values.identity = 8;
    });
    const gated = {
      kind: 'influence',
      power: 'china',
      tile: 'almaty',
      amount: 1,
      lens: 'ideational',
      when: { value: 'identity', atLeast: 6 },
    } as const;
    const cause = { type: 'card', id: 'test' } as const;
    const before = a.influence.almaty.china;
    applyEffect(a, gated, 'china', cause);
    applyEffect(b, gated, 'china', cause);
    expect(a.influence.almaty.china).toBe(before + 1);
    expect(b.influence.almaty.china).toBe(before);
    applyEffect(
      b,
      { kind: 'value', value: 'reform', amount: 1, lens: 'ideational', when: { value: 'identity', atLeast: 6 } },
      null,
      cause,
    );
    expect(b.values.reform).toBe(a.values.reform + 1);
  });

  it('the hedge reads the influence gap alone; policies weigh the same; the Kazakh goal has no values clause', () => {
    const [a, b] = both((G) => {
      G.values.warinessRussia = 10;
      G.values.warinessChina = 0;
      for (const t of Object.keys(G.influence) as (keyof GameState['influence'])[])
        G.influence[t] = { russia: 0, china: 0 };
    });
    expect(alignment(a)).toBe(10);
    expect(alignment(b)).toBe(0);
    expect(hedgeBeneficiary(a)).toBe('russia');
    expect(hedgeBeneficiary(b)).toBeNull();
    expect(new Set(POLICIES.map((p) => policyWeight(b, p)))).toEqual(new Set([1]));
    for (const G of [a, b]) {
      G.rope = 0;
      G.values.reform = 0;
      G.values.identity = 0;
    }
    expect(kazakhstanGoalMet(a)).toBe(false);
    expect(kazakhstanGoalMet(b)).toBe(true);
  });
});
