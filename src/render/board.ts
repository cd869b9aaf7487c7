// Mounts the Phaser table into a host element. This module (and Phaser with it) is
// loaded by dynamic import only when a game starts, in its own chunk.
import * as Phaser from 'phaser';
import type { TileId } from '../content/ids';
import { BoardScene, SCENE_KEYS, type BoardInput } from './boardScene';

export interface BoardHandle {
  show: (input: BoardInput) => void;
  /** Page coordinates of a tile's badge centre. */
  tilePoint: (id: TileId) => { x: number; y: number };
  animating: () => boolean;
  /** Every word drawn on the canvas (for the browser test that checks each came from a locale). */
  texts: () => string[];
  /** Page rectangle of the rope, the values or a tile's badge (for the tutorial's pointer). */
  partRect: (part: 'rope' | 'values' | TileId) => { x: number; y: number; w: number; h: number };
  destroy: () => void;
}

/**
 * WebGL where a GPU draws it; Phaser's Canvas renderer where WebGL would run in software
 * (school laptops without a usable GPU, virtual machines, headless browsers). There a
 * WebGL frame of this table costs hundreds of milliseconds of CPU, a 2D canvas frame a
 * few. `?renderer=webgl|canvas` overrides the guess.
 */
export function chooseRenderer(override: string | null): number {
  if (override === 'canvas') return Phaser.CANVAS;
  if (override === 'webgl') return Phaser.WEBGL;
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (gl === null) return Phaser.CANVAS;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info === null ? '' : String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
}

export function mountBoard(host: HTMLElement, onTile: (tile: TileId) => void): Promise<BoardHandle> {
  const reduced = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: chooseRenderer(new URLSearchParams(location.search).get('renderer')),
      parent: host,
      backgroundColor: '#d3ccbd',
      scale: { mode: Phaser.Scale.RESIZE, width: host.clientWidth || 800, height: host.clientHeight || 500 },
      // The table is a board, not an action game: no audio, and a modest frame rate cap
      // keeps a school laptop's fan quiet.
      audio: { noAudio: true },
      fps: { target: 60 },
      banner: false,
      render: { antialias: true, powerPreference: 'low-power' },
      callbacks: {
        postBoot: (g) => {
          g.canvas.setAttribute('aria-hidden', 'true');
        },
      },
    });
    game.scene.add(SCENE_KEYS.board, BoardScene, true, {
      onTile,
      reducedMotion: reduced,
      onReady: () => {
        const scene = game.scene.getScene(SCENE_KEYS.board);
        if (!(scene instanceof BoardScene)) return;
        // The loop sleeps when the table is still; a resize must wake it to redraw.
        // Phaser notices a window resize but not a parent's (the hand or log changing size).
        new ResizeObserver(() => {
          game.scale.refresh();
          scene.keepAwake(400);
        }).observe(host);
        resolve({
          show: (input) => scene.show(input),
          tilePoint: (id) => {
            const [x, y] = scene.tilePoint(id);
            const r = game.canvas.getBoundingClientRect();
            return { x: r.left + (x * r.width) / game.scale.width, y: r.top + (y * r.height) / game.scale.height };
          },
          animating: () => scene.animating,
          texts: () => scene.texts(),
          partRect: (part) => {
            const [x, y, w, h] = scene.partRect(part);
            const r = game.canvas.getBoundingClientRect();
            const kx = r.width / game.scale.width;
            const ky = r.height / game.scale.height;
            return { x: r.left + x * kx, y: r.top + y * ky, w: w * kx, h: h * ky };
          },
          destroy: () => game.destroy(true),
        });
      },
    });
  });
}
