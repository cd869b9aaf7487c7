// Each side's briefing before the first move: its words are in the locales (session
// keys brief<Side>Who/Want/Fear/Values); the historical facts it cites are the game's
// own content (world events and cards, each with its year and source), picked here so a
// test can hold every one of them to the content's rules.
import { CARD_BY_ID, EVENT_BY_ID } from '../content/index';
import type { HistoryNote } from '../content/types';
import type { Role } from '../online/classroom';

export interface BriefingFactRef {
  readonly kind: 'news' | 'card';
  readonly id: string;
}

/** Three facts per side: what binds Kazakhstan to it, what it offers, what it should fear. */
export const BRIEFING_FACTS: Readonly<Record<Role, readonly BriefingFactRef[]>> = {
  russia: [
    { kind: 'news', id: 'e-eaeu-in-force' },
    { kind: 'news', id: 'e-january-unrest' },
    { kind: 'news', id: 'e-latin-decree' },
  ],
  china: [
    { kind: 'news', id: 'e-silk-road-belt' },
    { kind: 'news', id: 'e-xian-summit' },
    { kind: 'card', id: 'c-land-protests' },
  ],
  kazakhstan: [
    { kind: 'news', id: 'e-crimea-abstention' },
    { kind: 'news', id: 'e-statehood-remark' },
    { kind: 'news', id: 'e-invasion-of-ukraine' },
  ],
};

export interface BriefingFact extends BriefingFactRef {
  /** The content's English title and history note (the browser shows the reader's language). */
  readonly title: string;
  readonly history: HistoryNote;
  /** The source's addresses, one by one. */
  readonly sources: readonly string[];
}

/** A side's facts, read from the content; a reference the content lacks is left out. */
export function briefingFacts(role: Role): BriefingFact[] {
  const out: BriefingFact[] = [];
  for (const ref of BRIEFING_FACTS[role]) {
    const def = ref.kind === 'news' ? EVENT_BY_ID[ref.id] : CARD_BY_ID[ref.id];
    const history = def?.history;
    if (def === undefined || history === undefined) continue;
    const sources = history.source
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    out.push({ ...ref, title: def.title, history, sources });
  }
  return out;
}
