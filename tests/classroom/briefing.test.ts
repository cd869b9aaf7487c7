// The briefings' facts are the content's own: each side cites two or three, every one a
// dated fact (not speculative, not after today) with article addresses as its source.
import { describe, expect, it } from 'vitest';
import { BRIEFING_FACTS, briefingFacts } from '../../src/classroom/briefing';
import { ROLES } from '../../src/online/classroom';
import { UI_EN } from '../../src/i18n/en';
import { KK } from '../../src/i18n/locales/kk';
import { RU } from '../../src/i18n/locales/ru';
import { ZH } from '../../src/i18n/locales/zh';

describe('briefings', () => {
  it('cite two or three dated historical facts per side, each with an article address', () => {
    for (const role of ROLES) {
      const facts = briefingFacts(role);
      expect(facts.length, role).toBe(BRIEFING_FACTS[role].length);
      expect(facts.length, role).toBeGreaterThanOrEqual(2);
      expect(facts.length, role).toBeLessThanOrEqual(3);
      for (const f of facts) {
        expect(f.history.speculative ?? false, f.id).toBe(false);
        expect(f.history.year, f.id).toBeLessThanOrEqual(2026);
        expect(f.history.fact.length, f.id).toBeGreaterThan(20);
        expect(f.sources.length, f.id).toBeGreaterThan(0);
        // An article, not a bare domain.
        for (const s of f.sources) expect(s, f.id).toMatch(/^https?:\/\/[^/\s]+\/\S+/);
      }
    }
  });

  it('have their words for every side in every language', () => {
    const sides = ['Russia', 'China', 'Kazakhstan'];
    const parts = ['Who', 'Want', 'Fear', 'Values'];
    for (const [lang, session] of [
      ['en', UI_EN.session],
      ['ru', RU.ui.session],
      ['kk', KK.ui.session],
      ['zh', ZH.ui.session],
    ] as const)
      for (const side of sides)
        for (const part of parts) {
          const text = (session as Record<string, string>)[`brief${side}${part}`];
          expect(text, `${lang} ${side} ${part}`).toBeTypeOf('string');
          expect(text?.length ?? 0, `${lang} ${side} ${part}`).toBeGreaterThan(30);
        }
  });
});
