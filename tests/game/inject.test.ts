// Classroom injections through boardgame.io's own reducer, the way a server holds a
// match: the teacher's event is queued on the stored state between moves and must
// resolve at the start of the next news phase, logged as the teacher's, with lenses.
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/ai/rng';
import { randomBot } from '../../src/ai/randomBot';
import { actingSeat, makeMove, seededGame } from '../../src/ai/selfplay';
import { EVENT_BY_ID, WORLD_EVENTS } from '../../src/content/index';
import { injectableEvents, injectEvent, injectionProblem, MAX_WAITING_INJECTIONS } from '../../src/game/inject';
import { logEntries, roundEntries } from '../../src/game/log';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';

type S = State<GameState>;

function start(seed: string): { s: S; step: (s: S) => S } {
  const game = seededGame(seed);
  const s = InitializeGame({ game, numPlayers: 2, setupData: { scenario: 'classroom-quick' } }) as S;
  const reducer = CreateGameReducer({ game, isClient: false });
  const rand = seededRandom(`bots:${seed}`);
  const step = (x: S): S => {
    const seat = actingSeat(x.ctx);
    const choice = randomBot(playerView(x.G, seat), x.ctx, seat, rand);
    if (choice === undefined) throw new Error('no legal move');
    return reducer(x, makeMove(choice.move, choice.args, seat)) as S;
  };
  return { s, step };
}

/** Plays until the round number changes (or the game ends). */
function toNextRound(s: S, step: (s: S) => S): S {
  const r = s.G.round;
  let x = s;
  for (let i = 0; i < 500 && x.G.round === r && x.ctx.gameover === undefined; i++) x = step(x);
  return x;
}

/** An event id that has not resolved in this match and is not the scheduled one for the next round. */
function freshEvent(G: GameState): string {
  const fired = new Set<string>(logEntries(G).flatMap((e) => (e.kind === 'news' ? [e.event] : [])));
  const id = ['e-invasion-of-ukraine', 'e-factory-protests', 'e-latin-decree', 'e-january-unrest'].find(
    (x) => !fired.has(x) && G.newsDeck[0] !== x,
  );
  if (id === undefined) throw new Error('no fresh event');
  return id;
}

describe('injected events (classroom)', () => {
  it('a queued event resolves at the start of the next news phase, before the scheduled news, logged as the teacher’s with its lenses', () => {
    const { s: s0, step } = start('inject-1');
    let s = step(step(s0));
    expect(s.ctx.phase).toBe('actions');
    const id = freshEvent(s.G);
    const out = injectEvent(s.G, s.ctx, id);
    if (!out.ok) throw new Error(out.reason);
    expect(out.G.injected).toEqual([id]);
    // Nothing resolves before the next news phase.
    s = { ...s, G: out.G };
    s = step(s);
    expect(logEntries(s.G).some((e) => e.kind === 'news' && e.event === id)).toBe(false);
    const round = s.G.round;
    s = toNextRound(s, step);
    expect(s.G.round).toBe(round + 1);
    const entries = roundEntries(s.G, round + 1);
    const news = entries.filter((e) => e.kind === 'news');
    expect(news[0]).toEqual({ kind: 'news', round: round + 1, event: id, injected: true });
    // The scheduled news still resolves, after the injected one.
    expect(news[1]?.kind === 'news' && news[1].injected).toBeUndefined();
    expect(news[1]?.kind === 'news' ? news[1].event : null).toBe(s.G.news);
    // Every change the event made carries the teacher's cause and the effect's lens.
    const caused = entries.filter((e) => 'cause' in e && e.cause.injected === true);
    const def = EVENT_BY_ID[id];
    expect(caused.length).toBeGreaterThan(0);
    for (const e of caused) {
      expect('cause' in e && e.cause).toEqual({ type: 'event', id, injected: true });
      expect('lens' in e && def?.effects.some((f) => f.lens === e.lens)).toBe(true);
    }
    expect(s.G.injected).toEqual([]);
  });

  it('refuses unknown ids, bad input, duplicates, a full queue and a finished match with a reason, state unchanged', () => {
    const { s: s0, step } = start('inject-2');
    const s = step(s0);
    const before = structuredClone(s.G);
    for (const bad of ['e-no-such-event', '', 42, null, undefined, 'x'.repeat(10_000), 'toString', '__proto__']) {
      const out = injectEvent(s.G, s.ctx, bad);
      expect(out.ok, String(bad).slice(0, 20)).toBe(false);
      if (!out.ok) expect(out.reason.length).toBeLessThan(120);
    }
    const unknown = injectEvent(s.G, s.ctx, 'e-no-such-event');
    expect(unknown.ok === false && unknown.reason).toBe('there is no world event "e-no-such-event"');
    expect(s.G).toEqual(before);

    const first = injectEvent(s.G, s.ctx, 'e-invasion-of-ukraine');
    if (!first.ok) throw new Error(first.reason);
    expect(s.G).toEqual(before); // the input is never changed
    const again = injectEvent(first.G, s.ctx, 'e-invasion-of-ukraine');
    expect(again.ok === false && again.reason).toContain('already waiting');

    let G = first.G;
    for (const id of ['e-factory-protests', 'e-latin-decree']) {
      const r = injectEvent(G, s.ctx, id);
      if (!r.ok) throw new Error(r.reason);
      G = r.G;
    }
    expect(G.injected).toHaveLength(MAX_WAITING_INJECTIONS);
    const full = injectEvent(G, s.ctx, 'e-january-unrest');
    expect(full.ok === false && full.reason).toContain('already waiting');

    // An event that already resolved in this match.
    const scheduled = logEntries(s.G).find((e) => e.kind === 'news');
    if (scheduled?.kind !== 'news') throw new Error('no news');
    expect(injectionProblem(s.G, s.ctx, scheduled.event)).toContain('has already happened');

    // A finished match, and a last round whose news has resolved.
    expect(injectionProblem({ ...s.G, result: { winner: 'china', reason: 'rope' } }, s.ctx, 'e-astana-again')).toBe(
      'the match is over',
    );
    expect(injectionProblem({ ...s.G, round: s.G.rounds }, s.ctx, 'e-astana-again')).toContain('no news phase is left');
  });

  it('lists every event for a teacher’s picker, the ones refused now with their reason', () => {
    const { s: s0, step } = start('inject-4');
    const s = step(s0);
    const list = injectableEvents(s.G, s.ctx);
    expect(list.map((e) => e.id)).toEqual(WORLD_EVENTS.map((e) => e.id));
    const fired = logEntries(s.G).flatMap((e) => (e.kind === 'news' ? [e.event] : []));
    for (const e of list) {
      expect(e.problem === null, e.id).toBe(!fired.includes(e.id));
      if (e.problem === null) expect(injectEvent(s.G, s.ctx, e.id).ok).toBe(true);
    }
    expect(list.filter((e) => e.speculative).every((e) => e.year > 2026)).toBe(true);
  });

  it('an injected event that is also scheduled later resolves once, and the game stays deterministic', () => {
    const run = (): S => {
      const { s: s0, step } = start('inject-3');
      let s = step(s0);
      // The secret schedule's next entry, injected now: it resolves as the teacher's and is not drawn again.
      const later = s.G.newsDeck[s.G.newsDeck.length - 1];
      if (later === undefined) throw new Error('no scheduled news');
      const out = injectEvent(s.G, s.ctx, later);
      if (!out.ok) throw new Error(out.reason);
      s = { ...s, G: out.G };
      for (let i = 0; i < 3000 && s.ctx.gameover === undefined; i++) s = step(s);
      return s;
    };
    const a = run();
    const b = run();
    expect(a.ctx.gameover).toBeDefined();
    const news = logEntries(a.G).filter((e) => e.kind === 'news');
    const ids = news.map((e) => (e.kind === 'news' ? e.event : ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect(news.filter((e) => e.kind === 'news' && e.injected === true)).toHaveLength(1);
    expect(b.G).toEqual(a.G);
  });
});
