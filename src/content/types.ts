// The content schema. Cards, world events and policies are declarative data;
// their effects are small typed records that one interpreter (src/game/effects.ts)
// applies, so content can be validated, logged with its lens and counted in a debrief.
import type { CountryId, Era, Lens, Power, ProjectKind, ScenarioId, TileId, TileTag, ValueId } from './ids';

/**
 * Who an effect is for. Absolute ('russia', 'china') or relative to the power
 * playing the card ('self', 'opponent'), or to the rope ('leader' is the power
 * the rope leans to; with the rope at 0 a leader/trailer effect does nothing).
 */
export type PowerRef = Power | 'self' | 'opponent' | 'leader' | 'trailer';

/** An effect applies only while a Kazakh value is inside these bounds (inclusive). */
export interface Condition {
  readonly value: ValueId;
  readonly atLeast?: number;
  readonly atMost?: number;
}

interface EffectBase {
  /** Realist (material) or constructivist (ideational) reading of this change. */
  readonly lens: Lens;
  readonly when?: Condition;
}

export type Effect =
  /** Add (or with a negative amount remove, never below 0) influence on a tile. */
  | (EffectBase & {
      readonly kind: 'influence';
      readonly power: PowerRef;
      readonly tile: TileId;
      readonly amount: number;
    })
  /** Shift a Kazakh value, clamped to 0..10. */
  | (EffectBase & { readonly kind: 'value'; readonly value: ValueId; readonly amount: number })
  /** Pull the rope toward a power by an amount (clamped to -20..20). */
  | (EffectBase & { readonly kind: 'rope'; readonly power: PowerRef; readonly amount: number })
  /** Build a project for a power if the tile has a free slot and the project fits it; else nothing. */
  | (EffectBase & { readonly kind: 'project'; readonly project: ProjectKind; readonly tile: TileId });

export type EffectKind = Effect['kind'];

/** The real fact behind a card, event or policy, in the game's own words. */
export interface HistoryNote {
  /** Year of the fact, e.g. 2015. */
  readonly year: number;
  /** One sentence stating what happened. */
  readonly fact: string;
  /**
   * Where it was found: the addresses of the articles, separated by "; "
   * (e.g. "https://www.rferl.org/a/1069776.html"). A speculative note names what
   * it is projected from instead, beginning "projection from ".
   */
  readonly source: string;
  /** True for anything after today: a plausible future, not a fact. */
  readonly speculative?: boolean;
}

export interface CardDef {
  /** Stable id, e.g. "c-eaeu-treaty". */
  readonly id: string;
  readonly title: string;
  /** Whose event this is. Playing the opponent's card for operations fires its event too. */
  readonly side: Power | 'neutral';
  /** Operations value, 1..4. */
  readonly ops: 1 | 2 | 3 | 4;
  /** Which era's deck the card joins. */
  readonly era: Era;
  /** One line saying what the event does in the game. */
  readonly text: string;
  /** The lens of the card's event and of influence bought with its operations. */
  readonly lens: Lens;
  readonly effects: readonly Effect[];
  /** Historical cards happen once: removed from the game after their event fires. */
  readonly once: boolean;
  /** Present on every historical card. Generic cards (no claim of fact) have none. */
  readonly history?: HistoryNote;
}

export interface WorldEventDef {
  /** Stable id, e.g. "e-crimea". */
  readonly id: string;
  readonly title: string;
  readonly era: Era;
  readonly text: string;
  readonly effects: readonly Effect[];
  /** The country scored this round beside Kazakhstan. */
  readonly scores: Exclude<CountryId, 'kazakhstan'>;
  readonly history: HistoryNote;
}

/** A policy's weight for the automaton: (base + sum(plus) - sum(minus)) / divide, floored at 0. */
export interface PolicyWeight {
  readonly base: number;
  readonly plus?: readonly ValueId[];
  readonly minus?: readonly ValueId[];
  readonly divide?: number;
}

export interface PolicyDef {
  /** Stable id, e.g. "p-alphabet". */
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly weight: PolicyWeight;
  readonly effects: readonly Effect[];
  readonly history?: HistoryNote;
}

export interface TileDef {
  readonly id: TileId;
  readonly name: string;
  readonly country: CountryId;
  /** 1..3; capitals 3. Control needs a lead of at least this much. */
  readonly stability: 1 | 2 | 3;
  readonly battleground: boolean;
  readonly tags: readonly TileTag[];
  /** Free project slots. */
  readonly slots: number;
  readonly adjacent: readonly TileId[];
  /** Where the tile's marker sits on the map (degrees). */
  readonly lon: number;
  readonly lat: number;
}

export interface ProjectDef {
  readonly kind: ProjectKind;
  readonly owner: Power;
  readonly name: string;
  /** Operations to build. */
  readonly cost: number;
  /** Influence paid to the owner on its tile each round (while Kazakhstan's wariness allows). */
  readonly income: number;
  /** The tile must carry this tag, or be in this country. */
  readonly requires?: TileTag | 'kazakhstan';
  /** Effects when built (material or ideational side effects on Kazakhstan's values). */
  readonly onBuild: readonly Effect[];
}

export interface CountryScoring {
  /** Presence, domination, control. */
  readonly tiers: readonly [number, number, number];
}

export interface ScenarioDef {
  readonly id: ScenarioId;
  readonly title: string;
  readonly description: string;
  /** The first year of each round; a round runs until the next one starts (the last to 2031). */
  readonly years: readonly number[];
  readonly handSize: number;
  /** Cards each power plays per round. */
  readonly playsPerRound: number;
  readonly influence: Readonly<Partial<Record<TileId, readonly [russia: number, china: number]>>>;
  readonly projects: readonly { readonly tile: TileId; readonly kind: ProjectKind }[];
  readonly values: Readonly<Record<ValueId, number>>;
  readonly rope: number;
}
