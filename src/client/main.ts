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
import { readUrlOptions } from '../ui/options';

const app = document.getElementById('app');
const params = new URLSearchParams(window.location.search);
const bench = params.get('bench');
// ?lang= picks a language for this visit (and the test-only pseudo-locale) without storing it.
const asked = params.get('lang');
const lang = asked === 'pseudo' || isLang(asked) ? asked : detectLang(navigator.languages);

/** Loads a language's words (and fonts) and puts the first screen into it. */
/** Does this browser keep a seat in an online match (read without loading the lobby's modules)? */
function holdsOnlineSeat(): boolean {
  try {
    return Object.keys(window.localStorage).some((k) => k.startsWith('ngg.seat.'));
  } catch {
    return false;
  }
}

async function switchLanguage(to: string, remember: boolean): Promise<void> {
  const [{ setLanguage }, { translateMenu }] = await Promise.all([import('../i18n/index'), import('../ui/menuText')]);
  await setLanguage(to === 'pseudo' ? 'pseudo' : isLang(to) ? to : 'en', remember);
  translateMenu(document);
}

if (app !== null && bench === 'blank-phaser') {
  // The client bench's baseline: Phaser alone, no table.
  app.replaceChildren();
  app.style.height = '100vh';
  performance.mark('ngg:start');
  void import('../render/blankBoard').then(({ mountBlank }) => mountBlank(app));
} else if (app !== null && (params.has('match') || params.has('online') || params.has('games'))) {
  // The online lobby, "My games", or a match by its invite link, in the player's language.
  void import('../i18n/index')
    .then(({ setLanguage }) => (lang === 'en' ? undefined : setLanguage(lang, false)))
    .then(() => import('./online'))
    .then(({ startOnline }) => startOnline(app, window.location.search));
} else if (app !== null && ['classroom', 'class', 'teach', 'projector'].some((k) => params.has(k))) {
  // A class session: the teacher's form, a student's join page, the dashboard or the
  // projector. A student's page switches to the class's language once it knows it.
  void import('../i18n/index')
    .then(({ setLanguage }) => (lang === 'en' ? undefined : setLanguage(lang, false)))
    .then(() => import('./classroom'))
    .then(({ startClassroom }) => startClassroom(app, window.location.search, window.location.hash));
} else if (app !== null) {
  const picker = document.getElementById('opt-lang');
  let languageReady: Promise<void> = Promise.resolve();
  if (picker instanceof HTMLSelectElement) {
    // The test-only pseudo-locale is offered only when the page was opened in it.
    if (lang === 'pseudo') picker.append(new Option('⟦pseudo⟧', 'pseudo'));
    picker.value = lang;
    picker.addEventListener('change', () => void (languageReady = switchLanguage(picker.value, true)));
  }
  if (lang !== 'en') languageReady = switchLanguage(lang, false);
  // "My games" beside "Play online", once this browser holds a seat in an online match.
  if (holdsOnlineSeat()) {
    const where = document.getElementById('btn-online')?.parentElement;
    if (where !== null && where !== undefined)
      void languageReady
        .then(() => Promise.all([import('../i18n/index'), import('../ui/myGames')]))
        .then(([, { gamesBadge }]) => gamesBadge(where));
  }
  wireMenu(document, {
    online: () =>
      window.location.assign(`${window.location.pathname}?online=1${asked === null ? '' : `&lang=${asked}`}`),
    classroom: () =>
      window.location.assign(`${window.location.pathname}?classroom=1${asked === null ? '' : `&lang=${asked}`}`),
    joinClass: (code) =>
      window.location.assign(
        `${window.location.pathname}?class=${encodeURIComponent(code)}${asked === null ? '' : `&lang=${asked}`}`,
      ),
    prefetch: () => void import('./table'),
    start: async (options) => {
      performance.mark('ngg:start');
      await languageReady;
      const { startTable } = await import('./table');
      const url = readUrlOptions(window.location.search);
      // The tutorial's seed is part of its script; only the computer's pace may be changed.
      startTable(
        app,
        options.mode === 'tutorial'
          ? { ...options, ...(url.botDelayMs !== undefined ? { botDelayMs: url.botDelayMs } : {}) }
          : { ...options, ...url },
      );
    },
  });
  wireGuideButton(document);
  // The bench reads this: the first screen answers clicks from here on.
  performance.mark('ngg:menu-ready');
}
