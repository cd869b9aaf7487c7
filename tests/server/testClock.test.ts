// The test clock itself: time stands still until advanced, due timers fire in order at
// their own time, a zero delay fires on the next turn of the event loop, a cleared timer
// never fires.
import { describe, expect, it } from 'vitest';
import { TestClock } from './testClock';

describe('the test clock', () => {
  it('fires timers in order at their own time, only when advanced', () => {
    const clock = new TestClock(1_000);
    const fired: [string, number][] = [];
    clock.setTimeout(() => fired.push(['b', clock.now()]), 200);
    clock.setTimeout(() => fired.push(['a', clock.now()]), 100);
    const cleared = clock.setTimeout(() => fired.push(['x', clock.now()]), 150);
    clock.clearTimeout(cleared);
    clock.setTimeout(() => {
      fired.push(['c', clock.now()]);
      // Set while firing, and due before the end of the advance: fires in the same advance.
      clock.setTimeout(() => fired.push(['d', clock.now()]), 10);
    }, 250);
    clock.advance(199);
    expect(fired).toEqual([['a', 1_100]]);
    clock.advance(101);
    expect(fired).toEqual([
      ['a', 1_100],
      ['b', 1_200],
      ['c', 1_250],
      ['d', 1_260],
    ]);
    expect(clock.now()).toBe(1_300);
    expect(clock.pending).toBe(0);
  });

  it('fires a timer already due on the next turn of the event loop, without moving time', async () => {
    const clock = new TestClock(5);
    let ran = false;
    clock.setTimeout(() => (ran = true), 0);
    expect(ran).toBe(false);
    expect(clock.due).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(ran).toBe(true);
    expect(clock.now()).toBe(5);
  });
});
