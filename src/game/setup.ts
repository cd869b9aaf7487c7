// The opening position of a scenario. Nothing secret is decided here: boardgame.io
// sends this state unfiltered on sync, so the decks are built and shuffled in the
// first phase ('deal'), never in setup.
import { ACTIONS, SCENARIO_IDS, TILE_IDS, type Power, type ScenarioId, type TileId } from '../content/ids';
import { SCENARIOS } from '../content/scenarios';
import type { GameState, Influence } from './state';
import { isWorld, type World } from './world';

export interface SetupData {
  readonly scenario?: ScenarioId;
  readonly players?: 2 | 3;
  readonly newsMode?: 'historical' | 'alternate';
  /** 'realist' runs the counterfactual world where values change nothing (world.ts); default 'real'. */
  readonly world?: World;
}

/** Checks setup data from outside (lobby, classroom); returns a reason or null. */
export function setupDataProblem(data: unknown): string | null {
  if (data === undefined || data === null) return null;
  if (typeof data !== 'object') return 'setup data must be an object';
  const d = data as Record<string, unknown>;
  if (d.scenario !== undefined && !(SCENARIO_IDS as readonly unknown[]).includes(d.scenario))
    return `unknown scenario ${String(d.scenario)}`;
  if (d.players !== undefined && d.players !== 2 && d.players !== 3) return 'players must be 2 or 3';
  if (d.newsMode !== undefined && d.newsMode !== 'historical' && d.newsMode !== 'alternate')
    return 'newsMode must be historical or alternate';
  if (d.world !== undefined && !isWorld(d.world)) return 'world must be real or realist';
  return null;
}

export function initialState(data: SetupData = {}, numPlayers = 2): GameState {
  const scenario = SCENARIOS[data.scenario ?? 'belt-and-road-2013'];
  const players = data.players ?? (numPlayers === 3 ? 3 : 2);
  const influence = Object.fromEntries(
    TILE_IDS.map((t): [TileId, Influence] => {
      const start = scenario.influence[t];
      return [t, { russia: start?.[0] ?? 0, china: start?.[1] ?? 0 }];
    }),
  ) as Record<TileId, Influence>;
  const projects = Object.fromEntries(
    TILE_IDS.map((t) => [t, [] as GameState['projects'][TileId]]),
  ) as GameState['projects'];
  for (const p of scenario.projects) projects[p.tile].push(p.kind);
  const perPower = <T>(f: () => T): Record<Power, T> => ({ russia: f(), china: f() });
  return {
    scenario: scenario.id,
    ...(data.world === 'realist' ? { world: 'realist' as const } : {}),
    players,
    newsMode: data.newsMode ?? 'historical',
    round: 1,
    rounds: scenario.years.length,
    year: scenario.years[0] ?? 2013,
    influence,
    projects,
    values: { ...scenario.values },
    rope: scenario.rope,
    hands: perPower(() => []),
    deck: [],
    discard: [],
    removed: [],
    newsDeck: [],
    news: null,
    erasAdded: [],
    played: perPower(() => 0),
    playsPerRound: scenario.playsPerRound,
    handSize: scenario.handSize,
    pending: null,
    policyHand: [],
    nudged: false,
    log: [],
    history: [],
    opsSpent: Object.fromEntries(ACTIONS.map((a) => [a, 0])) as GameState['opsSpent'],
    result: null,
    autoDone: '',
  };
}
