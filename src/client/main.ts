// The page's entry: only the first screen's wiring lives in this chunk. Everything
// heavy (boardgame.io's client, the rules, Phaser) is fetched when a game starts,
// so the menu answers clicks on a slow school connection before Phaser arrives.
// The first screen's English is in index.html; another language (chosen before, or
// the browser's) loads its words and font subsets as separate chunks, and i18next
// itself arrives with them or with the table, never on an English first load.
// Noto Sans, self-hosted, regular and bold, Latin subset; the Cyrillic, Latin
// Extended (Kazakh Latin) and Chinese faces load with their language.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '../ui/styles.css';
import { detectLang, isLang } from '../i18n/detect';
import { wireMenu } from '../ui/menu';
import { wireGuideButton } from '../ui/guideButton';
import { readUrlOptions } from './options';

const app = document.getElementById('app');
const query = new URLSearchParams(window.location.search);
const bench = query.get('bench');

/** Loads a language's words (and fonts) and puts the first screen into it. */
async function switchLanguage(lang: string, remember: boolean): Promise<void> {
  const [{ setLanguage }, { translateMenu }] = await Promise.all([import('../i18n/index'), import('../ui/menuText')]);
  await setLanguage(lang === 'pseudo' ? 'pseudo' : isLang(lang) ? lang : 'en', remember);
  translateMenu(document);
}

if (app !== null && bench === 'blank-phaser') {
  // The client bench's baseline: Phaser alone, no table.
  app.replaceChildren();
  app.style.height = '100vh';
  performance.mark('ngg:start');
  void import('../render/blankBoard').then(({ mountBlank }) => mountBlank(app));
} else if (app !== null) {
  // ?lang= picks a language for this visit (and the test-only pseudo-locale) without storing it.
  const asked = query.get('lang');
  const lang = asked === 'pseudo' || isLang(asked) ? asked : detectLang(navigator.languages);
  const picker = document.getElementById('opt-lang');
  let languageReady: Promise<void> = Promise.resolve();
  if (picker instanceof HTMLSelectElement) {
    // The test-only pseudo-locale is offered only when the page was opened in it.
    if (lang === 'pseudo') picker.append(new Option('⟦pseudo⟧', 'pseudo'));
    picker.value = lang;
    picker.addEventListener('change', () => void (languageReady = switchLanguage(picker.value, true)));
  }
  if (lang !== 'en') languageReady = switchLanguage(lang, false);
  wireMenu(document, {
    prefetch: () => void import('./table'),
    start: async (options) => {
      performance.mark('ngg:start');
      await languageReady;
      const { startTable } = await import('./table');
      const url = readUrlOptions(window.location.search);
      // The tutorial's seed is part of its script; only the computer's pace may be changed.
      startTable(app, options.mode === 'tutorial' ? { ...options, ...(url.botDelayMs !== undefined ? { botDelayMs: url.botDelayMs } : {}) } : { ...options, ...url });
    },
  });
  wireGuideButton(document);
  // The bench reads this: the first screen answers clicks from here on.
  performance.mark('ngg:menu-ready');
}
