// The one i18next instance for the browser. English is built in (the interface words
// in en.ts and the content's own English); Russian, Kazakh (Latin script) and Chinese
// arrive as separate chunks, with their font subsets, only when chosen. A test-only
// pseudo-locale wraps every English string in ⟦…⟧ so a browser test can prove that
// every visible word on every screen came from here.
import i18next, { type i18n as I18n } from 'i18next';
import { contentEn, type ContentStrings } from './content';
import { UI_EN, type UiStrings } from './en';
import { LANGS, type Lang, isLang, storeLang } from './detect';

export { LANGS, type Lang, isLang };
export type AnyLang = Lang | 'pseudo';

export interface Locale {
  readonly ui: UiStrings;
  readonly content: ContentStrings;
}

const instance: I18n = i18next.createInstance();
let ready: Promise<unknown> | null = null;
const listeners = new Set<(lang: AnyLang) => void>();

function wrap<T>(x: T): T {
  if (typeof x === 'string') return `⟦${x}⟧` as T;
  if (x !== null && typeof x === 'object')
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, wrap(v)])) as T;
  return x;
}

export function englishLocale(): Locale {
  return { ui: UI_EN, content: contentEn() };
}

/** Loads a locale's words and its fonts (each its own chunk). */
async function loadLocale(lang: AnyLang): Promise<Locale> {
  switch (lang) {
    case 'en':
      return englishLocale();
    case 'pseudo':
      return wrap(englishLocale());
    case 'ru': {
      const [m] = await Promise.all([import('./locales/ru'), import('./fonts/cyrillic')]);
      return m.RU;
    }
    case 'kk': {
      const [m] = await Promise.all([import('./locales/kk'), import('./fonts/latinExt')]);
      return m.KK;
    }
    case 'zh': {
      const [m] = await Promise.all([import('./locales/zh'), import('./fonts/chinese')]);
      return m.ZH;
    }
  }
}

/**
 * The board draws its words on a canvas once, so the face must be there first: wait
 * (briefly) for the subsets that the board's own words need.
 */
async function fontsFor(lang: AnyLang, loc: Locale): Promise<void> {
  if (typeof document === 'undefined' || lang === 'en' || lang === 'pseudo') return;
  const face = lang === 'zh' ? '"Noto Sans SC"' : '"Noto Sans"';
  const sample = [
    ...Object.values(loc.ui.hud),
    ...Object.values(loc.ui.valueShort),
    ...Object.values(loc.content.tile),
    ...Object.values(loc.ui.map),
  ].join(' ');
  const wait = Promise.all([
    document.fonts.load(`400 14px ${face}`, sample),
    document.fonts.load(`700 14px ${face}`, sample),
  ]);
  await Promise.race([wait, new Promise((ok) => setTimeout(ok, 2500))]).catch(() => undefined);
}

function init(): Promise<unknown> {
  ready ??= instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['ui', 'content'],
    defaultNS: 'ui',
    resources: { en: englishLocale() as unknown as Record<string, Record<string, unknown>> },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return ready;
}
void init();

/** Switches the language: loads its words and fonts first, then tells every listener. */
export async function setLanguage(lang: AnyLang, remember = true): Promise<void> {
  await init();
  if (!instance.hasResourceBundle(lang, 'ui')) {
    const loc = await loadLocale(lang);
    instance.addResourceBundle(lang, 'ui', loc.ui, true, true);
    instance.addResourceBundle(lang, 'content', loc.content, true, true);
    await fontsFor(lang, loc);
  }
  await instance.changeLanguage(lang);
  if (remember && lang !== 'pseudo') storeLang(lang);
  document.documentElement.lang = lang === 'pseudo' ? 'en' : lang === 'zh' ? 'zh-Hans' : lang;
  document.title = instance.t('menu.title');
  for (const fn of listeners) fn(lang);
  // Browser tests wait on this: every listener has redrawn in the new language.
  document.documentElement.dataset.lang = lang;
}

export function language(): AnyLang {
  return instance.language as AnyLang;
}

export function onLanguage(fn: (lang: AnyLang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

type Vars = Readonly<Record<string, string | number>>;

/** An interface string by key ('menu.title'). */
export function t(key: string, vars?: Vars): string {
  return vars === undefined ? instance.t(key) : instance.t(key, vars);
}

/** A content string: card/event/policy title, text or fact, tile, country or project name. */
export function tc(key: string, fallback: string): string {
  return instance.t(key, { ns: 'content', defaultValue: fallback });
}
