// The game state G: plain JSON, no classes or Maps, all randomness through
// boardgame.io's seeded random. Secrets (hands, deck order, future news, the
// Kazakh policy hand) live here and are stripped per seat by playerView.
import type {
  ActionType,
  CardId,
  CountryId,
  Era,
  EventId,
  Lens,
  PolicyId,
  Power,
  ProjectKind,
  ScenarioId,
  TileId,
  ValueId,
} from '../content/ids';

/** An id a seat may not see, in its view of the state (playerView.ts): counts stay visible. */
export type Hidden = '?';
export const HIDDEN: Hidden = '?';

export type Influence = Record<Power, number>;

/** What caused a change: the debrief groups the log by this. */
export interface Cause {
  readonly type: 'setup' | 'card' | 'event' | 'action' | 'policy' | 'project' | 'scoring' | 'hedge' | 'nudge' | 'final';
  /** Card, event, policy id, or the action type; e.g. "c-eaeu-treaty", "influence". */
  readonly id?: string;
  /** The power that acted, when one did. */
  readonly by?: Power | 'kazakhstan';
  /** Classroom: a world event the teacher injected, not the scheduled news (see inject.ts). */
  readonly injected?: true;
}

export type LogEntry =
  /** Influence on a tile changed. */
  | {
      readonly kind: 'influence';
      readonly round: number;
      readonly power: Power;
      readonly tile: TileId;
      readonly delta: number;
      readonly after: number;
      readonly cause: Cause;
      readonly lens: Lens;
    }
  /** A Kazakh value changed. */
  | {
      readonly kind: 'value';
      readonly round: number;
      readonly value: ValueId;
      readonly delta: number;
      readonly after: number;
      readonly cause: Cause;
      readonly lens: Lens;
    }
  /** The rope moved; positive toward Beijing. */
  | {
      readonly kind: 'rope';
      readonly round: number;
      readonly delta: number;
      readonly after: number;
      readonly cause: Cause;
      readonly lens: Lens;
      readonly note?: string;
    }
  /** A project was built. */
  | {
      readonly kind: 'project';
      readonly round: number;
      readonly power: Power;
      readonly tile: TileId;
      readonly project: ProjectKind;
      readonly cause: Cause;
      readonly lens: Lens;
    }
  /** A card was played, for its event or for operations. */
  | {
      readonly kind: 'play';
      readonly round: number;
      readonly power: Power;
      readonly card: CardId;
      readonly mode: 'event' | 'ops';
    }
  /** A die was rolled for soft power or pressure. */
  | {
      readonly kind: 'roll';
      readonly round: number;
      readonly power: Power;
      readonly action: 'softPower' | 'pressure';
      readonly die: number;
      readonly total: number;
      readonly target: number;
      readonly success: boolean;
      readonly tile?: TileId;
      readonly value?: ValueId;
    }
  /** This round's world event, or one the teacher injected (classroom). */
  | { readonly kind: 'news'; readonly round: number; readonly event: EventId; readonly injected?: true }
  /** Kazakhstan adopted a policy. */
  | { readonly kind: 'policy'; readonly round: number; readonly policy: PolicyId; readonly by: 'automaton' | 'player' }
  /** A country was scored. */
  | {
      readonly kind: 'score';
      readonly round: number;
      readonly country: CountryId;
      readonly russia: number;
      readonly china: number;
      readonly tier: Record<Power, 'none' | 'presence' | 'domination' | 'control'>;
    };

/** A card being resolved for operations, spent one step at a time. */
export interface PendingPlay {
  readonly power: Power;
  readonly card: CardId;
  /** Operations still to spend on this card. */
  opsLeft: number;
  /** The action type chosen with the first step; a card's operations go to one action type. */
  action: ActionType | null;
}

/** Kazakhstan's values and the rope at the end of a round, for the charts. */
export interface Snapshot {
  readonly round: number;
  readonly year: number;
  readonly rope: number;
  readonly values: Record<ValueId, number>;
  readonly control: Record<Power, number>;
}

export type Result =
  | { readonly winner: Power | 'kazakhstan'; readonly reason: 'rope' | 'final' | 'kazakhstanGoal' }
  | { readonly draw: true; readonly reason: 'final' };

export interface GameState {
  readonly scenario: ScenarioId;
  /** 2: Kazakhstan is the automaton; 3: a person plays it. */
  readonly players: 2 | 3;
  /** historical: news in the order of the timeline; alternate: shuffled within eras. */
  readonly newsMode: 'historical' | 'alternate';
  /** 1-based index of the current round. */
  round: number;
  /** Number of rounds in the scenario. */
  readonly rounds: number;
  /** First year of the current round, e.g. 2015. */
  year: number;
  influence: Record<TileId, Influence>;
  /** Projects built on each tile (the owner follows from the kind). */
  projects: Record<TileId, ProjectKind[]>;
  /** Kazakhstan's values, each 0..10. */
  values: Record<ValueId, number>;
  /** -20 (Moscow) .. +20 (Beijing). */
  rope: number;
  /** Secret: each power's hand of card ids. */
  hands: Record<Power, (CardId | Hidden)[]>;
  /** Secret: the draw pile, top last. */
  deck: (CardId | Hidden)[];
  discard: CardId[];
  /** Cards out of the game (historical events that fired). */
  removed: CardId[];
  /** Secret: the news events for the coming rounds, next first. */
  newsDeck: (EventId | Hidden)[];
  /** This round's world event. */
  news: EventId | null;
  /**
   * Classroom: world events a teacher injected, waiting for the start of the next news
   * phase (see inject.ts). Absent in a match no teacher ever touched.
   */
  injected?: readonly EventId[];
  /** Eras whose cards have joined the deck. */
  erasAdded: Era[];
  /** Cards played this round per power. */
  played: Record<Power, number>;
  readonly playsPerRound: number;
  readonly handSize: number;
  pending: PendingPlay | null;
  /** Secret except to Kazakhstan: the human Kazakhstan's three policies this round. */
  policyHand: (PolicyId | Hidden)[];
  /** The human Kazakhstan has used its nudge this round. */
  nudged: boolean;
  /**
   * Everything that happened, with cause and lens: log[r - 1] is round r, as batches
   * of entries, one batch per move or phase hook (see log.ts; read it with logEntries).
   */
  log: LogEntry[][][];
  history: Snapshot[];
  /** Operations spent per action type, both powers together. */
  opsSpent: Record<ActionType, number>;
  result: Result | null;
  /**
   * The last automatic phase whose work is done, as "phase:round", e.g. "news:3".
   * boardgame.io checks a phase's endIf before running its onBegin, so an automatic
   * phase ends on this mark rather than on `true`.
   */
  autoDone: string;
}
