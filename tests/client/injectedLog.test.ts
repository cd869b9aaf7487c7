// The log tells a teacher's injected event apart from the scheduled news, in words.
import { describe, expect, it } from 'vitest';
import { causeText, logLine } from '../../src/ui/logText';

describe('injected events in the log', () => {
  it('names the teacher as the cause and keeps the lens', () => {
    expect(logLine({ kind: 'news', round: 2, event: 'e-invasion-of-ukraine', injected: true }).text).toBe(
      'News injected by the teacher: War in Ukraine.',
    );
    expect(logLine({ kind: 'news', round: 2, event: 'e-invasion-of-ukraine' }).text).toBe('News: War in Ukraine.');
    const cause = { type: 'event', id: 'e-invasion-of-ukraine', injected: true } as const;
    expect(causeText(cause)).toBe('news injected by the teacher: War in Ukraine');
    const line = logLine({
      kind: 'value',
      round: 2,
      value: 'warinessRussia',
      delta: 1,
      after: 5,
      cause,
      lens: 'ideational',
    });
    expect(line.text).toBe('Wariness of Russia +1 (now 5), from news injected by the teacher: War in Ukraine.');
    expect(line.lens).toBe('ideational');
  });
});
