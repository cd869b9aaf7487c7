// The browser client's build. The first screen is plain DOM in the entry chunk; the
// game table (Phaser, boardgame.io's client) arrives later by dynamic import, so the
// menu answers clicks before the heavy chunk has even downloaded.
import { defineConfig } from 'vite';
import { compressed } from './scripts/compressAssets.ts';

export default defineConfig({
  base: './',
  // Brotli and gzip copies next to the assets, made here once (the server picks one per request).
  plugins: [compressed()],
  build: {
    target: 'es2022',
    // Phaser alone is about 1.4 MB raw; it is expected and loaded lazily.
    chunkSizeWarningLimit: 1600,
    sourcemap: false,
  },
  // The computer opponent's Web Worker is an ES module (it shares the rules' modules).
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
