import { logEntries } from '../../src/game/log';
import { Client } from 'boardgame.io/client';
import { describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { seededRandom } from '../../src/ai/rng';
import { actingSeat, makeMove, playOne, seededGame } from '../../src/ai/selfplay';
import type { GameState } from '../../src/game/state';
import { randomBot } from '../../src/ai/randomBot';
import { localGame, NewGreatGame } from '../../src/game/game';
import { finalResult, kazakhstanGoalMet } from '../../src/game/round';
import { HIDDEN, playerView } from '../../src/game/playerView';
import { initialState, type SetupData } from '../../src/game/setup';
import { SCENARIO_IDS } from '../../src/content/ids';
import { SCENARIOS } from '../../src/content/scenarios';

function client(seed: string, setupData: SetupData = {}, numPlayers = 2) {
  const c = Client({ game: localGame(setupData, seed), numPlayers });
  c.start();
  return c;
}

describe('the round, secrets and the end of the game', () => {
  it('setup holds no secret: no hands, no deck, no news order', () => {
    const G = initialState({}, 2);
    expect(G.hands).toEqual({ russia: [], china: [] });
    expect(G.deck).toEqual([]);
    expect(G.newsDeck).toEqual([]);
  });

  it('the first phase deals: the game opens in the actions phase with full hands and the news out', () => {
    const c = client('deal');
    const s = c.getState();
    expect(s?.ctx.phase).toBe('actions');
    expect(s?.ctx.currentPlayer).toBe('0');
    expect(s?.G.hands.russia).toHaveLength(7);
    expect(s?.G.hands.china).toHaveLength(7);
    expect(s?.G.news).not.toBeNull();
    expect(logEntries(s?.G ?? { log: [] }).find((l) => l.kind === 'news')).toBeDefined();
    c.stop();
  });

  it('playerView shows a seat its own hand only; spectators none; the deck to nobody', () => {
    const c = client('view');
    const G = c.getState()?.G;
    if (G === undefined) throw new Error('no state');
    const russia = playerView(G, '0');
    expect(russia.hands.russia).toEqual(G.hands.russia);
    expect(russia.hands.china.every((x) => x === HIDDEN)).toBe(true);
    expect(russia.hands.china).toHaveLength(G.hands.china.length);
    const spectator = playerView(G, null);
    expect(spectator.hands.russia.every((x) => x === HIDDEN)).toBe(true);
    expect(spectator.hands.china.every((x) => x === HIDDEN)).toBe(true);
    expect(spectator.deck.every((x) => x === HIDDEN)).toBe(true);
    expect(spectator.newsDeck.every((x) => x === HIDDEN)).toBe(true);
    c.stop();
  });

  it('the powers alternate, Russia first, one card a turn', () => {
    const c = client('turns');
    c.updatePlayerID('0'); // the client shows each seat its own view
    const s0 = c.getState();
    if (s0 === null) throw new Error('no state');
    const card = s0.G.hands.russia[0] ?? '';
    c.moves.playOps?.(card);
    c.moves.endPlay?.();
    expect(c.getState()?.ctx.currentPlayer).toBe('1');
    expect(c.getState()?.G.played).toEqual({ russia: 1, china: 0 });
    c.stop();
  });

  it('an illegal move is refused and changes nothing', () => {
    const c = client('illegal');
    c.updatePlayerID('1');
    const before = c.getState();
    c.moves.playOps?.(before?.G.hands.china[0]); // not China's turn
    c.moves.placeInfluence?.('astana'); // no card in play
    c.moves.playEvent?.('not-a-card');
    expect(c.getState()?.G).toEqual(before?.G);
    expect(c.getState()?._stateID).toBe(before?._stateID);
    c.stop();
  });

  it.each(SCENARIO_IDS.flatMap((s) => [[s, 2] as const, [s, 3] as const]))(
    '%s with %i players plays to the end',
    (scenario, players) => {
      const r = playOne({
        seed: `end:${scenario}:${players}`,
        setup: { scenario, players },
        bots: [randomBot, randomBot, randomBot],
      });
      expect(r.error).toBeNull();
      const G = r.state.G;
      expect(G.result).not.toBeNull();
      expect(r.state.ctx.gameover).toEqual(G.result);
      if (G.result?.reason === 'final' || G.result?.reason === 'kazakhstanGoal') {
        expect(G.round).toBe(SCENARIOS[scenario].years.length);
        expect(G.history).toHaveLength(G.round);
      }
    },
  );

  it('reaching an end of the rope wins at once', () => {
    // China holds every tile at rope 19: the first scoring pulls the rope to Beijing's end.
    const start = initialState({}, 2);
    for (const t of Object.values(start.influence)) Object.assign(t, { russia: 0, china: 5 });
    start.rope = 19;
    const c = Client({ game: { ...seededGame('rope'), setup: () => structuredClone(start) }, numPlayers: 2 });
    c.start();
    for (let guard = 0; guard < 100 && c.getState()?.ctx.gameover === undefined; guard++) {
      const st = c.getState();
      if (st === null) break;
      c.updatePlayerID(st.ctx.currentPlayer);
      if (st.G.pending === null) c.moves.playOps?.(st.G.hands[st.ctx.currentPlayer === '0' ? 'russia' : 'china'][0]);
      else c.moves.endPlay?.();
    }
    const end = c.getState();
    expect(end?.ctx.gameover).toEqual({ winner: 'china', reason: 'rope' });
    expect(end?.G.rope).toBe(20);
    expect(end?.G.round).toBe(1);
    c.stop();
  });

  it('after the last round the side the rope leans to wins; zero is a draw', () => {
    const G = initialState({}, 2);
    G.rope = -3;
    expect(finalResult(G)).toEqual({ winner: 'russia', reason: 'final' });
    G.rope = 0;
    expect(finalResult(G)).toEqual({ draw: true, reason: 'final' });
  });

  it('three-player Kazakhstan wins a balanced rope with Reform plus Identity at 12 and no power owning it', () => {
    const G = initialState({ players: 3 }, 3);
    G.rope = 4;
    G.values.reform = 6;
    G.values.identity = 6;
    expect(kazakhstanGoalMet(G)).toBe(true);
    expect(finalResult(G)).toEqual({ winner: 'kazakhstan', reason: 'kazakhstanGoal' });
    G.values.identity = 5;
    expect(finalResult(G)).toEqual({ winner: 'china', reason: 'final' });
    G.values.identity = 6;
    for (const t of ['astana', 'almaty', 'khorgos', 'aktau', 'atyrau'] as const)
      G.influence[t] = { russia: 5, china: 0 };
    expect(kazakhstanGoalMet(G)).toBe(false);
  });

  it('the same seed and the same moves replay the same game', () => {
    const a = playOne({ seed: 'replay', setup: {}, bots: [randomBot, randomBot] });
    const b = playOne({ seed: 'replay', setup: {}, bots: [randomBot, randomBot] });
    expect(a.error).toBeNull();
    expect(b.state.G).toEqual(a.state.G);
    expect(b.moves).toBe(a.moves);
    const c = playOne({ seed: 'replay-other', setup: {}, bots: [randomBot, randomBot] });
    expect(c.state.G).not.toEqual(a.state.G);
  });

  it('a move never changes an earlier state, though states share their unchanged parts', () => {
    const game = seededGame('share');
    let s = InitializeGame({ game, numPlayers: 2 }) as State<GameState>;
    const reducer = CreateGameReducer({ game, isClient: false });
    const rand = seededRandom('share');
    const kept: { state: State<GameState>; copy: GameState }[] = [];
    for (let i = 0; i < 400 && s.ctx.gameover === undefined; i++) {
      if (i % 25 === 0) kept.push({ state: s, copy: structuredClone(s.G) });
      const seat = actingSeat(s.ctx);
      const choice = randomBot(playerView(s.G, seat), s.ctx, seat, rand);
      if (choice === undefined) break;
      s = reducer(s, makeMove(choice.move, choice.args, seat)) as State<GameState>;
    }
    for (const k of kept) expect(k.state.G).toEqual(k.copy);
  });

  it('the game object is the one the server will host', () => {
    expect(NewGreatGame.name).toBe('new-great-game');
    expect(NewGreatGame.validateSetupData?.({ players: 3 }, 2)).toMatch(/must match/);
    expect(NewGreatGame.validateSetupData?.({}, 4)).toMatch(/2 or 3/);
  });
});
