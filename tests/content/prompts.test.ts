// The debrief's readings quote their sources word for word: every quotation in an
// English prompt is found, exactly, in the essay's sentences the game keeps or in
// the history note of the event it belongs to (the essay's spelling kept).
import { describe, expect, it } from 'vitest';
import { ESSAY_PASSAGES } from '../../src/content/essay';
import { WORLD_EVENTS } from '../../src/content/events';
import { ESSAY_PROMPT, PROMPTS } from '../../src/content/prompts';

const essay = ESSAY_PASSAGES.join('\n');
const quotes = (text: string): string[] => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
/**
 * A quotation may drop a closing full stop or comma that the sentence around it
 * supplies, and may lower its first capital when it runs on from the prompt's words.
 */
const inText = (q: string, text: string): boolean => {
  const core = q.replace(/[.,]$/, '');
  const raised = (core[0] ?? '').toUpperCase() + core.slice(1);
  return text.includes(core) || text.includes(raised);
};

describe('reflection prompts', () => {
  it('quote the essay, or the event’s own note, word for word', () => {
    const checked: string[] = [];
    for (const e of WORLD_EVENTS) {
      const p = PROMPTS[e.id];
      for (const q of [p.realist, p.constructivist, p.question].flatMap(quotes)) {
        expect(inText(q, essay) || inText(q, e.history.fact), `${e.id}: “${q}”`).toBe(true);
        checked.push(q);
      }
    }
    for (const q of [ESSAY_PROMPT.question, ESSAY_PROMPT.realist, ESSAY_PROMPT.constructivist].flatMap(quotes)) {
      expect(inText(q, essay), `essay prompt: “${q}”`).toBe(true);
      checked.push(q);
    }
    expect(essay.includes(ESSAY_PROMPT.question), 'the essay’s question, exactly').toBe(true);
    expect(checked.length).toBeGreaterThanOrEqual(10);
  });

  it('give every realist reading an argument, not a dismissal', () => {
    const dismissals = [/cost(s)? nothing/i, /changes? (little|nothing)/i, /do(es)? not change/i];
    for (const [id, p] of Object.entries(PROMPTS))
      for (const d of dismissals) expect(p.realist, `${id}: ${p.realist}`).not.toMatch(d);
  });
});
