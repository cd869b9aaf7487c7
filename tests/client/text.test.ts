import { describe, expect, it } from 'vitest';
import { readUrlOptions, seatsFor } from '../../src/ui/options';
import type { LogEntry } from '../../src/game/state';
import { lensSentence, lensSplit } from '../../src/ui/lensSplit';
import { causeText, logLine } from '../../src/ui/logText';
import { resultText } from '../../src/ui/resultText';

describe('client text and helpers: log sentences, URL options, results', () => {
  const cases: { name: string; entry: LogEntry; has: string[] }[] = [
    {
      name: 'influence with its cause and lens',
      entry: {
        kind: 'influence',
        round: 1,
        power: 'china',
        tile: 'khorgos',
        delta: 1,
        after: 3,
        cause: { type: 'action', id: 'influence', by: 'china' },
        lens: 'material',
      },
      has: ['China +1 influence in Khorgos', 'now 3', "China's influence"],
    },
    {
      name: 'a value shift',
      entry: {
        kind: 'value',
        round: 2,
        value: 'warinessChina',
        delta: 1,
        after: 5,
        cause: { type: 'hedge' },
        lens: 'ideational',
      },
      has: ['Wariness of China +1', 'now 5', "Kazakhstan's hedge"],
    },
    {
      name: 'the rope',
      entry: { kind: 'rope', round: 2, delta: -2, after: -3, cause: { type: 'scoring' }, lens: 'material' },
      has: ['2 toward Moscow', 'Moscow +3'],
    },
    {
      name: 'a die roll',
      entry: {
        kind: 'roll',
        round: 1,
        power: 'russia',
        action: 'pressure',
        die: 4,
        total: 3,
        target: 1,
        success: true,
        tile: 'almaty',
      },
      has: ['Russia rolls 4', 'pressure on Almaty', 'success'],
    },
  ];
  for (const c of cases)
    it(`reads ${c.name} as a sentence`, () => {
      const line = logLine(c.entry);
      for (const part of c.has) expect(line.text).toContain(part);
    });

  it('names every kind of cause', () => {
    for (const type of [
      'setup',
      'card',
      'event',
      'action',
      'policy',
      'project',
      'scoring',
      'hedge',
      'nudge',
      'final',
    ] as const)
      expect(causeText({ type }).length).toBeGreaterThan(3);
  });

  it('names the project that paid, never its id', () => {
    expect(causeText({ type: 'project', id: 'tradeCentre', by: 'china' })).toBe('income from the trade centre');
    expect(causeText({ type: 'project', id: 'not-a-project' })).toBe('project income');
  });

  it('reads a seed and a bounded bot delay from the URL', () => {
    expect(readUrlOptions('?seed=abc&botDelay=20')).toEqual({ seed: 'abc', botDelayMs: 20 });
    expect(readUrlOptions('?botDelay=99999').botDelayMs).toBe(5000);
    expect(readUrlOptions('?botDelay=-3')).toEqual({});
  });

  it('gives people every seat in hotseat and one against the computer', () => {
    expect(seatsFor('hotseat', 3, '0')).toEqual(['0', '1', '2']);
    expect(seatsFor('computer', 2, '1')).toEqual(['1']);
  });

  it('reads the computer level from the URL, ignoring unknown ones', () => {
    expect(readUrlOptions('?bot=random').botLevel).toBe('random');
    expect(readUrlOptions('?bot=grandmaster').botLevel).toBeUndefined();
  });

  it("splits each side's pull on the rope by lens", () => {
    const rope = (delta: number, lens: 'material' | 'ideational'): LogEntry => ({
      kind: 'rope',
      round: 1,
      delta,
      after: 0,
      cause: { type: 'scoring' },
      lens,
    });
    const split = lensSplit([rope(3, 'material'), rope(1, 'ideational'), rope(-2, 'ideational'), rope(0, 'material')]);
    expect(split).toEqual({ beijing: { material: 3, ideational: 1 }, moscow: { material: 0, ideational: 2 } });
    expect(lensSentence(split)).toContain("Beijing's pull: 4 points, 75% material");
    expect(lensSentence(lensSplit([]))).toContain('Moscow gained nothing');
  });

  it('names the winner and how the game ended', () => {
    expect(resultText({ winner: 'china', reason: 'rope' }, 20)).toEqual({
      title: 'China wins',
      detail: 'The rope reached Beijing.',
    });
    expect(resultText({ winner: 'russia', reason: 'final' }, -4).detail).toContain('leans to Moscow (4)');
    expect(resultText({ winner: 'kazakhstan', reason: 'kazakhstanGoal' }, 1).title).toBe('Kazakhstan wins');
    expect(resultText({ draw: true, reason: 'final' }, 0).title).toBe('A draw');
  });
});
