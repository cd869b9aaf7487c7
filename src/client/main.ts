// The page's entry: only the first screen's wiring lives in this chunk. Everything
// heavy (boardgame.io's client, the rules, Phaser) is fetched when a game starts,
// so the menu answers clicks on a slow school connection before Phaser arrives.
import '../ui/styles.css';
import { wireMenu } from '../ui/menu';
import { readUrlOptions } from './options';

const app = document.getElementById('app');
if (app !== null) {
  wireMenu(document, {
    prefetch: () => void import('./table'),
    start: async (options) => {
      const { startTable } = await import('./table');
      startTable(app, { ...options, ...readUrlOptions(window.location.search) });
    },
  });
}
