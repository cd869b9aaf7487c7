import { logEntries } from '../../src/game/log';
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/content/policies';
import {
  adoptPolicy,
  automatonPolicy,
  hedge,
  hedgeBeneficiary,
  mostContestedTile,
  policyWeight,
} from '../../src/game/kazakhstan';
import { CHECKS, kzNudge, kzPolicy } from '../../src/game/moves';
import type { GameState } from '../../src/game/state';
import { envFor, openingState } from './fixtures';

type Check = (before: GameState, after: GameState) => void;

const POLICY_CASES: Record<(typeof POLICIES)[number]['id'], Check> = {
  'p-alphabet': (b, a) => {
    expect(a.values.identity).toBe(b.values.identity + 1);
    expect(a.influence.petropavl.russia).toBe(b.influence.petropavl.russia - 1);
  },
  'p-reform': (b, a) => {
    expect(a.values.reform).toBe(b.values.reform + 1);
    expect(a.values.warinessRussia).toBe(b.values.warinessRussia + 1);
  },
  'p-eaeu': (b, a) => {
    expect(a.influence.astana.russia).toBe(b.influence.astana.russia + 1);
    expect(a.influence.petropavl.russia).toBe(b.influence.petropavl.russia + 1);
  },
  'p-bri': (b, a) => {
    expect(a.influence.khorgos.china).toBe(b.influence.khorgos.china + 1);
    expect(a.influence.almaty.china).toBe(b.influence.almaty.china + 1);
  },
  'p-csto': (b, a) => {
    expect(a.influence.astana.russia).toBe(b.influence.astana.russia + 1);
    // Reform -1 only while it is 5 or more: at the opening's 3 it holds.
    expect(a.values.reform).toBe(b.values.reform >= 5 ? b.values.reform - 1 : b.values.reform);
  },
  'p-land': (b, a) => {
    expect(a.influence.khorgos.china).toBe(b.influence.khorgos.china - 1);
    expect(a.influence.almaty.china).toBe(b.influence.almaty.china - 1);
    expect(a.values.identity).toBe(b.values.identity + 1);
  },
  'p-corridor': (b, a) => {
    expect(a.influence.aktau.russia).toBe(b.influence.aktau.russia - 1);
    expect(a.influence.atyrau.russia).toBe(b.influence.atyrau.russia - 1);
  },
  'p-summit': (b, a) => {
    // The rope leans to China here: China loses a point in Astana, Russia gains one.
    expect(a.influence.astana.china).toBe(b.influence.astana.china - 1);
    expect(a.influence.astana.russia).toBe(b.influence.astana.russia + 1);
  },
};

describe('Kazakhstan: hedging, policies and the three-player seat', () => {
  it.each(POLICIES.map((p) => [p.id, p] as const))('policy %s does what its text says', (id) => {
    const G = openingState();
    G.influence.astana.china = 2;
    G.influence.aktau = { russia: 1, china: 1 };
    G.rope = 3;
    const before = structuredClone(G);
    adoptPolicy(G, id, 'automaton');
    POLICY_CASES[id](before, G);
    expect(logEntries(G).find((l) => l.kind === 'policy')).toMatchObject({ policy: id, by: 'automaton' });
    for (const l of logEntries(G))
      if (l.kind === 'influence' || l.kind === 'value') expect(l.cause).toMatchObject({ type: 'policy', id });
  });

  it('policy weights follow the values (GAME.md first guesses)', () => {
    const G = openingState(); // reform 3, identity 4, wR 2, wC 2
    const w = Object.fromEntries(POLICIES.map((p) => [p.id, policyWeight(G, p)]));
    expect(w).toEqual({
      'p-alphabet': 4,
      'p-reform': 5,
      'p-eaeu': 8,
      'p-bri': 8,
      'p-csto': 7,
      'p-land': 2,
      'p-corridor': 2,
      'p-summit': 3,
    });
  });

  it('the automaton draws its policy with those weights', () => {
    const G = openingState();
    G.values = { reform: 0, identity: 10, warinessRussia: 10, warinessChina: 10 };
    // Weights now: alphabet 10, reform 2 (its base), eaeu 0, bri 0, csto 10, land 10, corridor 10, summit 3.
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const r = i / 200;
      seen.add(automatonPolicy(G, { Number: () => r, D6: () => 1, Shuffle: (d) => d }));
    }
    expect([...seen].sort()).toEqual(['p-alphabet', 'p-corridor', 'p-csto', 'p-land', 'p-reform', 'p-summit']);
  });

  it('hedges toward Russia at alignment +4 and toward China at -4, in the most contested battleground', () => {
    const G = openingState();
    // 2013 opens at alignment 0: nobody is far enough ahead for a hedge.
    expect(hedgeBeneficiary(G)).toBeNull();
    for (const t of Object.values(G.influence)) Object.assign(t, { russia: 0, china: 0 });
    G.values.warinessRussia = 5;
    G.values.warinessChina = 5;
    expect(hedgeBeneficiary(G)).toBeNull();
    G.influence.khorgos.china = 4;
    G.influence.almaty = { russia: 1, china: 1 };
    expect(hedgeBeneficiary(G)).toBe('russia');
    expect(mostContestedTile(G)).toBe('astana'); // 0:0, first in board order
    const tile = mostContestedTile(G);
    const before = G.influence[tile].russia;
    hedge(G);
    expect(G.influence[tile].russia).toBe(before + 1);
    expect(logEntries(G).at(-1)).toMatchObject({ kind: 'influence', cause: { type: 'hedge' }, lens: 'material' });
    G.influence.petropavl.russia = 9;
    expect(hedgeBeneficiary(G)).toBe('china');
  });

  it('a human Kazakhstan moves one point once, then adopts a policy from its hand', () => {
    const G = openingState({ players: 3 });
    G.policyHand = ['p-eaeu', 'p-bri', 'p-land'];
    const env = envFor(G, '2', 'kazakhstan');
    expect(CHECKS.kzNudge(G, env.ctx, '2', ['tashkent', 'russia', 1])).toMatch(/not in Kazakhstan/);
    expect(CHECKS.kzNudge(G, env.ctx, '2', ['shymkent', 'russia', -1])).toMatch(/no influence/);
    expect(CHECKS.kzNudge(G, env.ctx, '1', ['astana', 'china', 1])).toMatch(/only Kazakhstan/);
    kzNudge(env, 'astana', 'china', 1);
    expect(G.influence.astana.china).toBe(1);
    expect(CHECKS.kzNudge(G, env.ctx, '2', ['astana', 'china', 1])).toMatch(/already/);
    expect(CHECKS.kzPolicy(G, env.ctx, '2', ['p-csto'])).toMatch(/in your hand/);
    const khorgos = G.influence.khorgos.china;
    kzPolicy(env, 'p-bri');
    expect(G.policyHand).toEqual([]);
    expect(G.influence.khorgos.china).toBe(khorgos + 1);
  });
});
