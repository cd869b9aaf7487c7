// The content's one public face: every table, lookup maps by id, and a single
// validation when the module loads. Invalid content stops the game at start-up
// with every reason listed, rather than misbehaving in the middle of a round.
import { CARDS } from './cards';
import { WORLD_EVENTS } from './events';
import { POLICIES } from './policies';
import { PROJECTS, PROJECT_BY_KIND } from './projects';
import { SCENARIOS } from './scenarios';
import { TILES, TILE_BY_ID } from './tiles';
import type { CardId, EventId, PolicyId } from './ids';
import type { CardDef, PolicyDef, WorldEventDef } from './types';
import { validateContent, type ContentBundle } from './validate';

export { CARDS, WORLD_EVENTS, POLICIES, PROJECTS, PROJECT_BY_KIND, SCENARIOS, TILES, TILE_BY_ID };

function byId<T extends { readonly id: string }>(items: readonly T[]): Readonly<Record<string, T>> {
  return Object.fromEntries(items.map((x) => [x.id, x]));
}

// Looked up by any string (a move's argument arrives from the wire); what they hold is named by its typed id.
export const CARD_BY_ID: Readonly<Record<string, CardDef & { readonly id: CardId }>> = byId(CARDS);
export const EVENT_BY_ID: Readonly<Record<string, WorldEventDef & { readonly id: EventId }>> = byId(WORLD_EVENTS);
export const POLICY_BY_ID: Readonly<Record<string, PolicyDef & { readonly id: PolicyId }>> = byId(POLICIES);

export const isCardId = (x: string): x is CardId => Object.hasOwn(CARD_BY_ID, x);
export const isEventId = (x: string): x is EventId => Object.hasOwn(EVENT_BY_ID, x);
export const isPolicyId = (x: string): x is PolicyId => Object.hasOwn(POLICY_BY_ID, x);

/** Everything the validator checks, as plain data. */
export const CONTENT: ContentBundle = {
  tiles: TILES,
  projects: PROJECTS,
  cards: CARDS,
  events: WORLD_EVENTS,
  policies: POLICIES,
  scenarios: Object.values(SCENARIOS),
};

/** The shipped content, validated; throws listing every reason if any rule is broken. */
export function loadContent(content: ContentBundle = CONTENT): ContentBundle {
  const errors = validateContent(content);
  if (errors.length > 0)
    throw new Error(
      `Invalid game content (${errors.length} problems):\n${errors.map((e) => `- ${e.reason}`).join('\n')}`,
    );
  return content;
}

loadContent();
