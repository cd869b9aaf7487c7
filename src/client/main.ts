// The page's entry: only the first screen's wiring lives in this chunk. Everything
// heavy (boardgame.io's client, the rules, Phaser) is fetched when a game starts,
// so the menu answers clicks on a slow school connection before Phaser arrives.
// Noto Sans, self-hosted, regular and bold. Each subset (Latin, Kazakh Latin in
// latin-ext, Cyrillic with the Kazakh letters in cyrillic-ext, ...) is declared with its
// unicode-range, so a browser downloads only the subsets the page's text uses.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '../ui/styles.css';
import { wireMenu } from '../ui/menu';
import { wireGuideButton } from '../ui/guideButton';
import { readUrlOptions } from './options';

const app = document.getElementById('app');
const bench = new URLSearchParams(window.location.search).get('bench');
if (app !== null && bench === 'blank-phaser') {
  // The client bench's baseline: Phaser alone, no table.
  app.replaceChildren();
  app.style.height = '100vh';
  performance.mark('ngg:start');
  void import('../render/blankBoard').then(({ mountBlank }) => mountBlank(app));
} else if (app !== null) {
  wireMenu(document, {
    prefetch: () => void import('./table'),
    start: async (options) => {
      performance.mark('ngg:start');
      const { startTable } = await import('./table');
      startTable(app, { ...options, ...readUrlOptions(window.location.search) });
    },
  });
  wireGuideButton(document);
  // The bench reads this: the first screen answers clicks from here on.
  performance.mark('ngg:menu-ready');
}
