import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/game/setup';
import { boardModel, diffBoards } from '../../src/render/viewModel';

describe('board view model: what the table shows and what changed', () => {
  const G = initialState({ scenario: 'classroom-quick', players: 2 }, 2);

  it('derives control from influence and stability, as the rules do', () => {
    const m = boardModel(G);
    // Petropavl: Russia 3, China 0, stability 1.
    expect(m.tiles.petropavl.control).toBe('russia');
    // Almaty: 1 against 1.
    expect(m.tiles.almaty.control).toBeNull();
    expect(m.tiles.khorgos.projects.map((p) => p.mark)).toEqual(['TC']);
    expect(m.tiles.khorgos.slots).toBe(3);
  });

  it('lists influence, control, project, rope and value changes', () => {
    const a = boardModel(G);
    const H = structuredClone(G);
    H.influence.almaty.china += 2;
    H.projects.khorgos.push('dryPort');
    H.rope = 3;
    H.values.reform += 1;
    const changes = diffBoards(a, boardModel(H));
    expect(changes).toContainEqual({ kind: 'influence', tile: 'almaty', power: 'china', delta: 2 });
    expect(changes).toContainEqual({ kind: 'control', tile: 'almaty', from: null, to: 'china' });
    expect(changes).toContainEqual({ kind: 'project', tile: 'khorgos', project: 'dryPort' });
    expect(changes).toContainEqual({ kind: 'rope', from: 0, to: 3 });
    expect(changes).toContainEqual({ kind: 'value', value: 'reform', from: 3, to: 4 });
  });

  it('reports nothing when nothing visible changed', () => {
    expect(diffBoards(boardModel(G), boardModel(structuredClone(G)))).toEqual([]);
  });
});
