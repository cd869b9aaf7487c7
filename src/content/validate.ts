// Content validation: every rule a card, event, policy, tile or scenario must
// keep, checked over plain data and returned as a list of errors (values, not
// exceptions), each naming the id at fault and why. The game refuses to load
// content with errors (index.ts); tests break one thing at a time in a copy.
// Truthfulness rules live here too: a dated fact needs a source, and anything
// after today must be flagged speculative and phrased as a scenario.
import { VALUES, type ProjectKind, type TileId } from './ids';
import { FINAL_YEAR, roundSpans } from './scenarios';
import type { CardDef, Effect, HistoryNote, PolicyDef, ProjectDef, ScenarioDef, TileDef, WorldEventDef } from './types';
import { eraOfYear } from './eras';

/** The day the content was last checked against the world: later years are speculative. */
export const TODAY = { year: 2026, month: 12, day: 2 } as const;
/** History notes must fall inside these years (inclusive). */
export const HISTORY_YEARS = [1990, 2031] as const;
/** Sources are separated by this, e.g. "https://a.org/x; https://b.org/y". */
export const SOURCE_SEPARATOR = '; ';
/** A source an item can be checked against: a web address naming a page on its site, not a bare domain. */
const ARTICLE_URL = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[^\s/]\S*$/i;
/** How a speculative note names what it projects from (it cites a trend, not an article). */
export const PROJECTION_PREFIX = 'projection from ';
/** Cards, events and policies stating a real (not speculative) fact, at least. */
export const MIN_HISTORICAL_ITEMS = 30;

export type ContentErrorCode =
  | 'bad-id'
  | 'duplicate-id'
  | 'missing-text'
  | 'dangling-tile'
  | 'asymmetric-adjacency'
  | 'unknown-project'
  | 'project-misfit'
  | 'empty-effect'
  | 'bad-amount'
  | 'bad-condition'
  | 'no-player'
  | 'bad-ops'
  | 'history-incomplete'
  | 'source-without-path'
  | 'history-year'
  | 'unflagged-future'
  | 'speculative-past'
  | 'era-mismatch'
  | 'never-dealt'
  | 'not-once'
  | 'scenario-influence'
  | 'scenario-values'
  | 'uncovered-span'
  | 'too-little-history';

export interface ContentError {
  readonly code: ContentErrorCode;
  /** The card, event, policy, tile, project kind or scenario at fault. */
  readonly id: string;
  readonly reason: string;
}

export interface ContentBundle {
  readonly tiles: readonly TileDef[];
  readonly projects: readonly ProjectDef[];
  readonly cards: readonly CardDef[];
  readonly events: readonly WorldEventDef[];
  readonly policies: readonly PolicyDef[];
  readonly scenarios: readonly ScenarioDef[];
}

type Owner = 'card' | 'event' | 'policy' | 'project';

const ID_PATTERN = {
  card: /^c-[a-z0-9]+(-[a-z0-9]+)*$/,
  event: /^e-[a-z0-9]+(-[a-z0-9]+)*$/,
  policy: /^p-[a-z0-9]+(-[a-z0-9]+)*$/,
} as const;

/**
 * Why a note's source cannot be checked, if it cannot: a real fact must name the
 * articles it rests on by their full addresses; a future note cannot cite an
 * article about itself, so it names the trend it projects from instead.
 */
function sourceProblems(h: HistoryNote): string[] {
  if (h.speculative === true || h.year > TODAY.year)
    return h.source.startsWith(PROJECTION_PREFIX)
      ? []
      : [`a speculative note's source must begin "${PROJECTION_PREFIX}"`];
  return h.source
    .split(SOURCE_SEPARATOR)
    .map((ref) => ref.trim())
    .filter((ref) => !ARTICLE_URL.test(ref))
    .map(
      (ref) => `source "${ref}" is not the address of an article (https://site/path; a bare domain cannot be checked)`,
    );
}

/** What every check reads and where it reports: the content, its lookups, and `fail`. */
interface Check {
  readonly content: ContentBundle;
  readonly fail: (code: ContentErrorCode, id: string, reason: string) => void;
  readonly tileById: ReadonlyMap<string, TileDef>;
  readonly projectByKind: ReadonlyMap<string, ProjectDef>;
  /** Ids of cards, events and policies seen so far, with what used them (they share one namespace). */
  readonly seen: Map<string, string>;
}

/** The board: unique tile ids, adjacency to known tiles and both ways. */
function checkBoard({ content, fail, tileById }: Check): void {
  const tileIds = new Set<string>();
  for (const t of content.tiles) {
    if (tileIds.has(t.id)) fail('duplicate-id', t.id, 'tile id used twice');
    tileIds.add(t.id);
    for (const a of t.adjacent) {
      const other = tileById.get(a);
      if (other === undefined) fail('dangling-tile', t.id, `adjacent to unknown tile "${a}"`);
      else if (a === t.id) fail('asymmetric-adjacency', t.id, 'lists itself as adjacent');
      else if (!other.adjacent.includes(t.id))
        fail('asymmetric-adjacency', t.id, `lists ${a} as adjacent but ${a} does not list ${t.id}`);
    }
  }
}

/** Why a project cannot stand on a tile, or null when it fits. */
function misfit({ tileById, projectByKind }: Check, kind: string, tile: string): string | null {
  const p = projectByKind.get(kind);
  const t = tileById.get(tile);
  if (p === undefined || t === undefined) return null; // reported as unknown-project / dangling-tile
  if (t.slots <= 0) return `${p.name} cannot be built in ${t.name}: it has no project slots`;
  if (p.requires === 'kazakhstan' && t.country !== 'kazakhstan')
    return `${p.name} must be built in Kazakhstan, not in ${t.name}`;
  if (p.requires !== undefined && p.requires !== 'kazakhstan' && !t.tags.some((tag) => tag === p.requires))
    return `${p.name} needs a ${p.requires} tile, and ${t.name} is not one`;
  return null;
}

/** An effect's amount: not zero, whole, and a rope pull of 1 or 2. */
function checkAmount({ fail }: Check, e: Effect, id: string): void {
  if (e.kind !== 'influence' && e.kind !== 'value' && e.kind !== 'rope') return;
  if (e.amount === 0) fail('empty-effect', id, `a ${e.kind} effect of 0 does nothing`);
  else if (!Number.isInteger(e.amount))
    fail('bad-amount', id, `a ${e.kind} effect amount must be a whole number, not ${e.amount}`);
  else if (e.kind === 'rope' && (e.amount < 1 || e.amount > 2))
    fail('bad-amount', id, `a rope pull must be 1 or 2, not ${e.amount}`);
}

/** An effect's condition: a known value, at least one bound, bounds in 0..10 that can hold. */
function checkCondition({ fail }: Check, when: NonNullable<Effect['when']>, id: string): void {
  const { value, atLeast, atMost } = when;
  if (!VALUES.some((v) => v === value)) fail('bad-condition', id, `a condition names unknown value "${value}"`);
  if (atLeast === undefined && atMost === undefined) fail('bad-condition', id, 'a condition sets no bound');
  for (const b of [atLeast, atMost])
    if (b !== undefined && (!Number.isInteger(b) || b < 0 || b > 10))
      fail('bad-condition', id, `a condition bound ${b} is outside 0..10`);
  if (atLeast !== undefined && atMost !== undefined && atLeast > atMost)
    fail('bad-condition', id, `a condition from ${atLeast} to ${atMost} can never hold`);
}

function checkEffect(c: Check, e: Effect, owner: Owner, id: string): void {
  const { fail, tileById, projectByKind } = c;
  if (e.kind === 'influence' || e.kind === 'project') {
    if (!tileById.has(e.tile)) fail('dangling-tile', id, `an effect names unknown tile "${e.tile}"`);
  }
  checkAmount(c, e, id);
  if (e.kind === 'value' && !VALUES.some((v) => v === e.value))
    fail('bad-amount', id, `an effect names unknown value "${e.value}"`);
  if (
    (e.kind === 'influence' || e.kind === 'rope') &&
    (e.power === 'self' || e.power === 'opponent') &&
    (owner === 'event' || owner === 'policy')
  ) {
    fail('no-player', id, `a ${owner} has no player, so "${e.power}" names nobody`);
  }
  if (e.kind === 'project') {
    if (!projectByKind.has(e.project)) fail('unknown-project', id, `an effect names unknown project "${e.project}"`);
    const why = misfit(c, e.project, e.tile);
    if (why !== null) fail('project-misfit', id, why);
  }
  if (e.when !== undefined) checkCondition(c, e.when, id);
}

function checkEffects(c: Check, effects: readonly Effect[], owner: Owner, id: string): void {
  if (effects.length === 0 && owner !== 'project') c.fail('empty-effect', id, `the ${owner} has no effects`);
  for (const e of effects) checkEffect(c, e, owner, id);
}

/** A history note: fact and checkable source, a year in range, the future marked speculative and phrased so. */
function checkHistory({ fail }: Check, h: HistoryNote, id: string): void {
  if (h.fact.trim() === '' || h.source.trim() === '')
    fail('history-incomplete', id, `the history note needs both a fact and a source`);
  else for (const why of sourceProblems(h)) fail('source-without-path', id, why);
  if (!Number.isInteger(h.year) || h.year < HISTORY_YEARS[0] || h.year > HISTORY_YEARS[1])
    fail('history-year', id, `year ${h.year} is outside ${HISTORY_YEARS[0]}..${HISTORY_YEARS[1]}`);
  const future = h.year > TODAY.year;
  if (future && h.speculative !== true)
    fail(
      'unflagged-future',
      id,
      `year ${h.year} is after today (${TODAY.year}-${TODAY.month}-${TODAY.day}) but not marked speculative`,
    );
  if (h.speculative === true && !future)
    fail('speculative-past', id, `marked speculative but dated ${h.year}, not after today`);
  if (h.speculative === true && !h.fact.startsWith('Scenario:'))
    fail('unflagged-future', id, 'a speculative note must read as a hypothetical, beginning "Scenario:"');
}

/** An id shared by cards, events and policies: its pattern, used once, with a title and a text. */
function checkId({ fail, seen }: Check, id: string, kind: keyof typeof ID_PATTERN, title: string, text: string): void {
  if (!ID_PATTERN[kind].test(id))
    fail('bad-id', id, `${kind === 'event' ? 'an' : 'a'} ${kind} id must be kebab-case starting "${kind[0] ?? ''}-"`);
  const before = seen.get(id);
  if (before !== undefined) fail('duplicate-id', id, `id already used by a ${before}`);
  seen.set(id, kind);
  if (title.trim() === '' || text.trim() === '') fail('missing-text', id, 'needs a title and a text');
}

function checkCards(c: Check): void {
  const { content, fail } = c;
  const firstStart = Math.min(...content.scenarios.map((s) => s.years[0] ?? FINAL_YEAR));
  for (const card of content.cards) {
    checkId(c, card.id, 'card', card.title, card.text);
    if (!Number.isInteger(card.ops) || card.ops < 1 || card.ops > 4)
      fail('bad-ops', card.id, `operations ${card.ops} are not 1..4`);
    checkEffects(c, card.effects, 'card', card.id);
    if (card.history === undefined) continue;
    checkHistory(c, card.history, card.id);
    if (!card.once) fail('not-once', card.id, 'a historical card happens once: set once to true');
    if (card.history.year < firstStart)
      fail('never-dealt', card.id, `dated ${card.history.year}, before every scenario starts, so it is never dealt`);
    else if (eraOfYear(card.history.year) !== card.era)
      fail('era-mismatch', card.id, `dated ${card.history.year} but in the ${card.era} deck`);
  }
}

function checkEvents(c: Check): void {
  for (const e of c.content.events) {
    checkId(c, e.id, 'event', e.title, e.text);
    checkEffects(c, e.effects, 'event', e.id);
    checkHistory(c, e.history, e.id);
    if (eraOfYear(e.history.year) !== e.era)
      c.fail('era-mismatch', e.id, `dated ${e.history.year} but in the ${e.era} era`);
  }
}

function checkPoliciesAndProjects(c: Check): void {
  for (const p of c.content.policies) {
    checkId(c, p.id, 'policy', p.title, p.text);
    checkEffects(c, p.effects, 'policy', p.id);
    if (p.history !== undefined) checkHistory(c, p.history, p.id);
  }
  for (const p of c.content.projects) checkEffects(c, p.onBuild, 'project', p.kind);
}

/** A scenario's opening board: influence and projects on known tiles that fit them. */
function checkOpening(c: Check, s: ScenarioDef): void {
  const { fail, tileById, projectByKind } = c;
  for (const [tile, pair] of Object.entries(s.influence)) {
    if (!tileById.has(tile)) fail('dangling-tile', s.id, `starting influence on unknown tile "${tile}"`);
    if (pair !== undefined && pair.some((n) => !Number.isInteger(n) || n < 0))
      fail(
        'scenario-influence',
        s.id,
        `starting influence on ${tile} must be whole numbers from 0, not [${pair.join(', ')}]`,
      );
  }
  const built = new Map<TileId, ProjectKind[]>();
  for (const { tile, kind } of s.projects) {
    if (!tileById.has(tile)) fail('dangling-tile', s.id, `a starting project on unknown tile "${tile}"`);
    if (!projectByKind.has(kind)) fail('unknown-project', s.id, `unknown starting project "${kind}"`);
    const why = misfit(c, kind, tile);
    if (why !== null) fail('project-misfit', s.id, why);
    built.set(tile, [...(built.get(tile) ?? []), kind]);
  }
  for (const [tile, kinds] of built) {
    const slots = tileById.get(tile)?.slots;
    if (slots !== undefined && kinds.length > slots)
      fail('project-misfit', s.id, `${kinds.length} starting projects on ${tile}, which has ${slots} slots`);
  }
}

/** A scenario's values in 0..10, and rounds whose years increase, each with news to draw. */
function checkRounds({ content, fail }: Check, s: ScenarioDef): void {
  for (const [v, n] of Object.entries(s.values))
    if (!Number.isInteger(n) || n < 0 || n > 10) fail('scenario-values', s.id, `starting ${v} ${n} is outside 0..10`);
  if (s.years.some((y, i) => i > 0 && y <= (s.years[i - 1] ?? y)))
    fail('uncovered-span', s.id, 'round years must increase');
  for (const [from, to] of roundSpans(s.years)) {
    if (!content.events.some((e) => e.history.year >= from && e.history.year <= to))
      fail('uncovered-span', s.id, `no world event dated ${from}-${to} for that round's news`);
  }
}

/** Enough real history to teach from. */
function checkEnoughHistory({ content, fail }: Check): void {
  const historical = [...content.cards, ...content.events, ...content.policies].filter(
    (x) => x.history !== undefined && x.history.speculative !== true,
  ).length;
  if (historical < MIN_HISTORICAL_ITEMS)
    fail(
      'too-little-history',
      'content',
      `only ${historical} historical items; at least ${MIN_HISTORICAL_ITEMS} are needed`,
    );
}

/** Every rule over the content, in a fixed order; the errors name the id at fault and why. */
export function validateContent(content: ContentBundle): ContentError[] {
  const errors: ContentError[] = [];
  const c: Check = {
    content,
    fail: (code, id, reason) => void errors.push({ code, id, reason: `${id}: ${reason}` }),
    tileById: new Map<string, TileDef>(content.tiles.map((t) => [t.id, t])),
    projectByKind: new Map<string, ProjectDef>(content.projects.map((p) => [p.kind, p])),
    seen: new Map<string, string>(),
  };
  checkBoard(c);
  checkCards(c);
  checkEvents(c);
  checkPoliciesAndProjects(c);
  for (const s of content.scenarios) {
    checkOpening(c, s);
    checkRounds(c, s);
  }
  checkEnoughHistory(c);
  return errors;
}
