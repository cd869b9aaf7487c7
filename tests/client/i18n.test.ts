// The locales are complete and honest: every key English has exists in Russian, Kazakh
// and Chinese (and no locale has a key English lacks), every value is a real string,
// every {{slot}} English fills is kept, Kazakh is written in its Latin alphabet, and the
// first screen's English in index.html is exactly the English locale's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromTag } from '../../src/i18n/detect';
import { englishLocale, t, type Locale } from '../../src/i18n/index';
import { KK } from '../../src/i18n/locales/kk';
import { RU } from '../../src/i18n/locales/ru';
import { ZH } from '../../src/i18n/locales/zh';
import { CARDS, POLICIES, WORLD_EVENTS } from '../../src/content/index';

function flatten(x: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (x !== null && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  else out.set(prefix, x);
  return out;
}
const flat = (l: Locale): Map<string, unknown> => flatten({ ui: l.ui, content: l.content });
const slots = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
/** Keys whose translation may be empty: Chinese names the Caspian in one word (里海), so the map's second line is blank. */
const MAY_BE_EMPTY = new Set(['ui.map.sea']);

const EN = flat(englishLocale());
const LOCALES: Record<string, Locale> = { ru: RU, kk: KK, zh: ZH };

describe('locales', () => {
  it('English has a title and text for every card, news event and policy, and a fact for every dated one', () => {
    for (const c of CARDS) {
      expect(EN.get(`content.card.${c.id}.title`)).toBe(c.title);
      if ('history' in c) expect(EN.get(`content.card.${c.id}.fact`)).toBe(c.history.fact);
    }
    for (const e of WORLD_EVENTS) expect(EN.get(`content.event.${e.id}.fact`)).toBe(e.history.fact);
    for (const p of POLICIES) expect(EN.get(`content.policy.${p.id}.text`)).toBe(p.text);
  });

  for (const [lang, locale] of Object.entries(LOCALES)) {
    describe(lang, () => {
      const mine = flat(locale);
      it('has every English key', () => {
        const missing = [...EN.keys()].filter((k) => !mine.has(k));
        expect(missing).toEqual([]);
      });
      it('has no key English lacks', () => {
        const extra = [...mine.keys()].filter((k) => !EN.has(k));
        expect(extra).toEqual([]);
      });
      it('gives every key a non-empty string that keeps English’s {{slots}}', () => {
        const bad: string[] = [];
        for (const [k, en] of EN) {
          const v = mine.get(k);
          if (typeof v !== 'string' || (v.trim() === '' && !MAY_BE_EMPTY.has(k))) bad.push(`${k}: empty`);
          else if (typeof en === 'string' && slots(en).join() !== slots(v).join())
            bad.push(`${k}: slots ${slots(v).join()} vs ${slots(en).join()}`);
        }
        expect(bad).toEqual([]);
      });
    });
  }

  it('writes Kazakh in the 2021 Latin alphabet (Cyrillic only where Қазақстан is quoted or a language names itself)', () => {
    const cyr: string[] = [];
    for (const [k, v] of flat(KK)) {
      if (typeof v !== 'string' || k === 'ui.lang.ru') continue;
      const rest = v.replaceAll('Қазақстан', '');
      if (/[\u0400-\u04ff]/.test(rest)) cyr.push(`${k}: ${v}`);
    }
    expect(cyr).toEqual([]);
    const all = [...flat(KK).values()].join(' ');
    for (const letter of ['ä', 'ğ', 'ñ', 'ö', 'ū', 'ü', 'ş', 'ı']) expect(all).toContain(letter);
  });

  it('uses no letter outside the 2021 Kazakh alphabet (acronyms such as CSV or COSCO aside)', () => {
    // The 2021 alphabet's 31 letters; і is written ı and и/й i, and there is no C, Ç, W, X or Ī.
    const letter = /[a-z]/i;
    const alphabet = /[abdefghıijklmnopqrstuvyzäğñöşūü]/i;
    const stray: string[] = [];
    for (const [k, v] of flat(KK)) {
      if (typeof v !== 'string' || k.startsWith('ui.lang.')) continue;
      const words = v
        .replace(/\{\{\w+\}\}/g, ' ')
        .replaceAll('Қазақстан', ' ')
        .split(/[^\p{L}\p{N}]+/u)
        // Acronyms and codes (CSV, COSCO, K7QX2M) are not Kazakh words.
        .filter((w) => !/^[\p{Lu}\p{N}]{2,}$/u.test(w));
      for (const w of words)
        for (const ch of w)
          if (/\p{L}/u.test(ch) && !(letter.test(ch) ? alphabet.test(ch) : alphabet.test(ch.normalize('NFC'))))
            stray.push(`${k}: "${ch}" in ${w}`);
    }
    expect(stray).toEqual([]);
  });

  it('names each thing one way: Кыргызстан in Russian, 戒心 for Wariness and 轮 for a round in Chinese', () => {
    const ru = [...flat(RU).entries()].filter(([, v]) => typeof v === 'string' && /Кирги[зс]/.test(v));
    expect(ru).toEqual([]);
    const zh = [...flat(ZH).entries()].filter(([, v]) => typeof v === 'string' && v.includes('警惕'));
    expect(zh).toEqual([]);
    // A round of the game is 轮; 回合 is kept for a player's turn.
    const rounds = [...flat(ZH).entries()].filter(([k, v]) => {
      const en = EN.get(k);
      return (
        typeof v === 'string' &&
        typeof en === 'string' &&
        /\bround/i.test(en) &&
        !/\bturn/i.test(en) &&
        v.includes('回合')
      );
    });
    expect(rounds).toEqual([]);
  });

  it('keeps card sources untranslated (they are citations)', () => {
    // Sources are not locale keys at all: the card shows def.history.source as written.
    for (const k of EN.keys()) expect(k.startsWith('content.') && k.endsWith('.source')).toBe(false);
  });

  it('index.html carries exactly the English locale’s words for the first screen', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const found = [...html.matchAll(/data-i18n="([^"]+)"[^>]*>([^<]*)</g)];
    expect(found.length).toBeGreaterThan(20);
    for (const [, key, text] of found)
      expect(`${key}: ${text?.replace(/&#39;/g, "'") ?? ''}`).toBe(`${key}: ${t(key ?? '')}`);
    for (const [, key] of html.matchAll(/data-i18n-aria="([^"]+)"/g)) expect(EN.has(`ui.${key ?? ''}`)).toBe(true);
  });

  it('maps browser language tags to ours', () => {
    expect(fromTag('ru-RU')).toBe('ru');
    expect(fromTag('kk')).toBe('kk');
    expect(fromTag('zh-Hans-CN')).toBe('zh');
    expect(fromTag('de-DE')).toBeNull();
  });
});
