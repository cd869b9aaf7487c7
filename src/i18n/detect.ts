// Which language to show: the one chosen before (kept in localStorage), else the
// browser's, else English. Tiny and free of i18next, so the first screen can decide
// without loading anything in English.
export const LANGS = ['en', 'ru', 'kk', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
const KEY = 'ngg.lang';

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** Maps a browser language tag (ru-RU, kk, zh-CN, zh-Hans...) to one of ours. */
export function fromTag(tag: string): Lang | null {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(base) ? base : null;
}

export function storedLang(): Lang | null {
  try {
    const v = window.localStorage.getItem(KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Private mode or storage off: the choice lasts for this page only.
  }
}

export function detectLang(languages: readonly string[]): Lang {
  const stored = storedLang();
  if (stored !== null) return stored;
  for (const tag of languages) {
    const l = fromTag(tag);
    if (l !== null) return l;
  }
  return 'en';
}
