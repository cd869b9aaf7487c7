// The game table's canvas: the map, tiles, markers, the rope and the values. It is
// told what to show (show) and reports what the player pointed at (onTile); it never
// calls moves or touches the network: the DOM controller decides what a click means.
import * as Phaser from 'phaser';
import { TILE_IDS, type TileId } from '../content/ids';
import mapJson from '../../assets/map/central-asia.json';
import { AnimQueue } from './animQueue';
import { Hud } from './hud';
import { BADGE_AT, computeLayout, ropeX, toScreen, type Layout } from './layout';
import { paintMap } from './mapTexture';
import type { MapAsset } from './mapTypes';
import { INK_HEX } from './palette';
import { TileBadge } from './tileBadge';
import { diffBoards, type BoardChange, type BoardModel, type BoardText } from './viewModel';

const MAP = mapJson as unknown as MapAsset;
/** Texture pixels per map pixel: crisp at desktop scale without a huge texture. */
const MAP_RES = 1.25;
export const SCENE_KEYS = { board: 'board' } as const;

export interface BoardInput {
  readonly model: BoardModel;
  /** Tiles the move being planned may target (ringed). */
  readonly legal: ReadonlySet<TileId>;
  readonly text: BoardText;
}

export interface SceneHooks {
  onTile: (tile: TileId) => void;
  onReady: () => void;
  reducedMotion: () => boolean;
}

export class BoardScene extends Phaser.Scene {
  private hooks: SceneHooks | null = null;
  private mapImage: Phaser.GameObjects.Image | null = null;
  private leaders: Phaser.GameObjects.Graphics | null = null;
  private readonly badges = new Map<TileId, TileBadge>();
  private hud: Hud | null = null;
  private layoutNow: Layout = computeLayout(800, 600);
  private shown: BoardInput | null = null;
  private queue: AnimQueue | null = null;
  private awakeUntil = 0;
  /** A change was drawn into the scene but no frame has shown it yet. */
  private dirty = false;
  private sleepTimer: number | undefined;

  constructor() {
    super(SCENE_KEYS.board);
  }

  init(hooks: SceneHooks): void {
    this.hooks = hooks;
  }

  create(): void {
    this.mapImage = this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0);
    this.leaders = this.add.graphics();
    for (const id of TILE_IDS) {
      const b = new TileBadge(this, id);
      b.zone.on('pointerdown', () => this.hooks?.onTile(id));
      this.badges.set(id, b);
    }
    this.hud = new Hud(this);
    this.queue = new AnimQueue(
      () => this.hooks?.reducedMotion() ?? true,
      (ms, fn) => this.time.delayedCall(ms, fn),
    );
    this.game.registry.set('reducedMotion', this.hooks?.reducedMotion() ?? false);
    this.scale.on('resize', () => this.relayout());
    this.relayout();
    this.game.events.on('postrender', () => (this.dirty = false));
    this.game.events.once('postrender', () => performance.mark('ngg:board-frame'));
    this.hooks?.onReady();
    this.keepAwake(500);
  }

  /**
   * Runs the render loop for at least `ms`, then lets it sleep once nothing moves.
   * A board game's table is still most of the time; on a school laptop without a GPU
   * (software WebGL) drawing every frame regardless would take the whole CPU.
   */
  keepAwake(ms: number): void {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    this.game.loop.wake();
    if (this.sleepTimer === undefined) this.sleepTimer = window.setTimeout(() => this.trySleep(), ms);
  }

  private trySleep(): void {
    this.sleepTimer = undefined;
    const busy = this.dirty || this.tweens.getTweens().length > 0 || (this.queue?.busy ?? false);
    const left = this.awakeUntil - performance.now();
    if (busy || left > 0) {
      this.sleepTimer = window.setTimeout(() => this.trySleep(), Math.max(50, left));
      return;
    }
    this.game.loop.sleep();
  }

  /** Screen position of a tile's badge, in canvas pixels (for pointer tests and tooltips). */
  tilePoint(id: TileId): [number, number] {
    const b = this.badges.get(id);
    return b === undefined ? [0, 0] : [b.x, b.y];
  }

  /** Every word the canvas shows now: its text objects and the words painted on the map. */
  texts(): string[] {
    const out: string[] = [];
    const walk = (objs: readonly Phaser.GameObjects.GameObject[]): void => {
      for (const o of objs) {
        if (o instanceof Phaser.GameObjects.Text) {
          const full: unknown = o.getData('full');
          if (o.visible && o.text !== '') out.push(typeof full === 'string' && o.text.endsWith('…') ? full : o.text);
        } else if (o instanceof Phaser.GameObjects.Container) walk(o.list);
      }
    };
    walk(this.children.list);
    if (this.mapWords !== '') {
      const words = JSON.parse(this.mapWords) as BoardText['map'];
      out.push(...Object.values(words.country), words.russia, words.china, words.caspian, words.sea);
    }
    return out.filter((x) => x !== '');
  }

  /** Canvas rectangle of a part of the table a tutorial may point at: the rope, the values, or a tile's badge. */
  partRect(part: 'rope' | 'values' | TileId): [number, number, number, number] {
    const hud = this.hud;
    if (part === 'rope' && hud !== null)
      return [hud.track.x0 - 20, hud.track.y - 40, hud.track.x1 - hud.track.x0 + 40, 60];
    if (part === 'values' && hud !== null) {
      const rs = Object.values(hud.gaugeRects);
      const x0 = Math.min(...rs.map((r) => r.x)) - 130;
      const y0 = Math.min(...rs.map((r) => r.y)) - 4;
      const x1 = Math.max(...rs.map((r) => r.x + r.w)) + 4;
      const y1 = Math.max(...rs.map((r) => r.y + r.h)) + 4;
      return [x0, y0, x1 - x0, y1 - y0];
    }
    const b = this.badges.get(part as TileId);
    if (b === undefined) return [0, 0, 0, 0];
    const s = this.layoutNow.badge;
    return [b.x - (b.bw * s) / 2 - 4, b.y - (b.bh * s) / 2 - 4, b.bw * s + 8, b.bh * s + 8];
  }

  private relayout(): void {
    const l = computeLayout(this.scale.width, this.scale.height);
    this.layoutNow = l;
    this.cameras.main.setBackgroundColor('#d3ccbd');
    this.mapImage
      ?.setPosition(l.originX + MAP.bleed.x0 * l.scale, l.originY + MAP.bleed.y0 * l.scale)
      .setScale(l.scale / MAP_RES);
    const g = this.leaders;
    g?.clear();
    for (const id of TILE_IDS) {
      const true_ = MAP.tiles[id];
      const b = this.badges.get(id);
      if (true_ === undefined || b === undefined) continue;
      const [tx, ty] = toScreen(l, true_);
      const [bx, by] = toScreen(l, BADGE_AT[id] ?? true_);
      b.setPosition(bx, by).setScale(l.badge);
      // The city's true place: a dot, joined to its badge when the badge had to move.
      if (g !== null) {
        if (bx !== tx || by !== ty) g.lineStyle(1.5, INK_HEX, 0.55).lineBetween(tx, ty, bx, by);
        g.fillStyle(0xfffaf0, 1).fillCircle(tx, ty, 4.5);
        g.fillStyle(INK_HEX, 1).fillCircle(tx, ty, 3);
      }
    }
    this.hud?.layout(l);
    if (this.shown !== null) this.draw(this.shown);
    this.dirty = true;
  }

  show(input: BoardInput): void {
    const before = this.shown;
    this.shown = input;
    if (this.hud === null) return;
    this.draw(input);
    if (before !== null) for (const c of diffBoards(before.model, input.model)) this.animate(c, before.model.rope);
    this.dirty = true;
    this.keepAwake(30);
  }

  private mapWords = '';
  private mapKey = 0;

  /** Paints the map texture again when its words change (a new language). */
  private paintWords(words: BoardText['map']): void {
    const key = JSON.stringify(words);
    if (key === this.mapWords || this.mapImage === null) return;
    this.mapWords = key;
    const old = `map-${this.mapKey}`;
    this.mapKey += 1;
    this.textures.addCanvas(`map-${this.mapKey}`, paintMap(MAP, MAP_RES, words));
    this.mapImage.setTexture(`map-${this.mapKey}`);
    if (this.textures.exists(old)) this.textures.remove(old);
    this.relayout();
  }

  private draw(input: BoardInput): void {
    this.paintWords(input.text.map);
    for (const id of TILE_IDS) this.badges.get(id)?.draw(input.model.tiles[id], input.legal.has(id));
    this.hud?.show(input.model, input.text);
  }

  private animate(c: BoardChange, ropeBefore: number): void {
    const q = this.queue;
    if (q === null || this.hud === null) return;
    const hud = this.hud;
    switch (c.kind) {
      case 'influence': {
        const m = this.badges.get(c.tile)?.markerOf(c.power);
        if (m === undefined) return;
        // Markers drop in when gained, shrink away when lost.
        q.push((done) => {
          this.tweens.add({
            targets: m,
            scale: { from: c.delta > 0 ? 1.7 : 0.6, to: 1 },
            duration: 220,
            ease: 'Back.Out',
            onComplete: done,
          });
        });
        return;
      }
      case 'control': {
        const b = this.badges.get(c.tile);
        if (b === undefined) return;
        const s = this.layoutNow.badge;
        // Control flips with a short turn of the whole badge.
        q.push((done) => {
          this.tweens.add({
            targets: b,
            scaleX: { from: s, to: 0.05 },
            duration: 120,
            yoyo: true,
            ease: 'Sine.InOut',
            onComplete: () => (b.setScale(s), done()),
          });
        });
        return;
      }
      case 'project': {
        const row = this.badges.get(c.tile)?.slotRow();
        if (row === undefined) return;
        q.push((done) => {
          this.tweens.add({
            targets: row,
            y: { from: 10, to: 0 },
            alpha: { from: 0, to: 1 },
            duration: 260,
            ease: 'Quad.Out',
            onComplete: done,
          });
        });
        return;
      }
      case 'rope': {
        const { x0, x1 } = hud.track;
        q.push((done) => {
          this.tweens.add({
            targets: hud.knot,
            x: { from: ropeX(ropeBefore, x0, x1), to: ropeX(c.to, x0, x1) },
            duration: 280,
            ease: 'Back.Out',
            onComplete: done,
          });
        });
        return;
      }
      case 'value': {
        const label = hud.gaugeLabel(c.value);
        q.push((done) => {
          this.tweens.add({ targets: label, alpha: { from: 0.2, to: 1 }, duration: 260, onComplete: done });
        });
        return;
      }
    }
  }

  get animating(): boolean {
    return this.queue?.busy ?? false;
  }
}
