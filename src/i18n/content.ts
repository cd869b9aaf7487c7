// The game's content words as i18next resources. English is read from the content
// tables themselves (they stay the one source of truth for cards, news and policies);
// other locales give the same keys, by content id, in their own files.
import { CARDS, POLICIES, PROJECTS, SCENARIOS, TILES, WORLD_EVENTS } from '../content/index';
import { ESSAY_PROMPT, PROMPTS, type ReflectionPrompt } from '../content/prompts';
import { COUNTRY_NAMES } from '../content/tiles';

export interface ContentText {
  readonly title: string;
  readonly text: string;
  /** The dated fact behind a historical card or event (its source stays untranslated). */
  readonly fact?: string;
}

export interface ContentStrings {
  readonly card: Readonly<Record<string, ContentText>>;
  readonly event: Readonly<Record<string, ContentText>>;
  readonly policy: Readonly<Record<string, ContentText>>;
  readonly tile: Readonly<Record<string, string>>;
  readonly country: Readonly<Record<string, string>>;
  readonly project: Readonly<Record<string, string>>;
  readonly scenarioTitle: Readonly<Record<string, string>>;
  /** The debrief's reflection prompt for each world event, by the event's id. */
  readonly prompt: Readonly<Record<string, ReflectionPrompt>>;
  /** The essay's question and its two readings, closing every debrief. */
  readonly essay: {
    readonly question: string;
    readonly realist: string;
    readonly constructivist: string;
    readonly ask: string;
  };
}

function text(x: { title: string; text: string; history?: { fact: string } }): ContentText {
  return x.history === undefined
    ? { title: x.title, text: x.text }
    : { title: x.title, text: x.text, fact: x.history.fact };
}

export function contentEn(): ContentStrings {
  return {
    card: Object.fromEntries(CARDS.map((c) => [c.id, text(c)])),
    event: Object.fromEntries(WORLD_EVENTS.map((e) => [e.id, text(e)])),
    policy: Object.fromEntries(POLICIES.map((p) => [p.id, text(p)])),
    tile: Object.fromEntries(TILES.map((t) => [t.id, t.name])),
    country: { ...COUNTRY_NAMES },
    project: Object.fromEntries(PROJECTS.map((p) => [p.kind, p.name])),
    scenarioTitle: Object.fromEntries(Object.values(SCENARIOS).map((s) => [s.id, s.title])),
    prompt: Object.fromEntries(
      Object.entries(PROMPTS).map(([id, p]) => [
        id,
        { realist: p.realist, constructivist: p.constructivist, question: p.question },
      ]),
    ),
    essay: { ...ESSAY_PROMPT },
  };
}
