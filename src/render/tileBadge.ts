// One tile on the board: its name, stability pips, a battleground frame, both powers'
// influence markers and its project slots. Control is shown three ways at once:
// the controller's marker is filled (the other is an outline), it carries the
// power's letter, and the badge's top edge takes the controller's colour.
import * as Phaser from 'phaser';
import type { Power } from '../content/ids';
import { FONT, GOLD, INK, INK_HEX, KZ, PAPER, POWER_COLOR } from './palette';
import type { TileView } from './viewModel';

const PAD = 6;
const MARK = 22;
const SLOT_W = 17;
const SLOT_H = 14;

export class TileBadge extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly marks: Record<Power, { g: Phaser.GameObjects.Graphics; t: Phaser.GameObjects.Text }>;
  private readonly slots: Phaser.GameObjects.Container;
  readonly zone: Phaser.GameObjects.Zone;
  bw = 80;
  bh = 50;
  private wasLegal = false;
  private lastKey = '';

  constructor(
    scene: Phaser.Scene,
    readonly tileId: string,
  ) {
    super(scene, 0, 0);
    this.ring = scene.add.graphics();
    this.bg = scene.add.graphics();
    this.title = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '14px', fontStyle: 'bold', color: INK });
    const mk = (): { g: Phaser.GameObjects.Graphics; t: Phaser.GameObjects.Text } => ({
      g: scene.add.graphics(),
      t: scene.add
        .text(0, 0, '', { fontFamily: FONT, fontSize: '14px', fontStyle: 'bold', color: '#fff' })
        .setOrigin(0.5),
    });
    this.marks = { russia: mk(), china: mk() };
    this.slots = scene.add.container(0, 0);
    this.zone = scene.add.zone(0, 0, 10, 10).setInteractive({ useHandCursor: true });
    this.add([
      this.ring,
      this.bg,
      this.title,
      this.marks.russia.g,
      this.marks.russia.t,
      this.marks.china.g,
      this.marks.china.t,
      this.slots,
      this.zone,
    ]);
    scene.add.existing(this);
  }

  /** Redraws the badge for a tile's state; `legal` rings it as a target for the move being planned. */
  draw(v: TileView, legal: boolean): void {
    // Text and shapes are re-rasterised when touched; skip tiles whose look did not change.
    const key = `${v.name}|${legal ? 1 : 0}|${v.influence.russia}|${v.influence.china}|${v.control ?? ''}|${v.projects.map((p) => p.mark).join(',')}|${v.letters.russia}${v.letters.china}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.title.setText(v.name);
    const pipsW = v.stability * 7 + 4;
    const markRow = MARK * 2 + 6 + (v.slots > 0 ? 6 + v.slots * (SLOT_W + 2) : 0);
    this.bw = Math.ceil(Math.max(this.title.width + pipsW, markRow) + PAD * 2);
    this.bh = 4 + 17 + MARK + 6;
    const x0 = -this.bw / 2;
    const y0 = -this.bh / 2;

    this.bg.clear();
    this.bg.fillStyle(0x000000, 0.2).fillRoundedRect(x0 + 1, y0 + 2, this.bw, this.bh, 7);
    this.bg.fillStyle(PAPER, 0.97).fillRoundedRect(x0, y0, this.bw, this.bh, 7);
    if (v.control !== null) this.bg.fillStyle(POWER_COLOR[v.control], 1).fillRect(x0 + 6, y0, this.bw - 12, 4);
    // Battlegrounds get a gold double frame (Twilight Struggle marks them apart too).
    if (v.battleground) {
      this.bg.lineStyle(2.5, 0xb8860b, 1).strokeRoundedRect(x0, y0, this.bw, this.bh, 7);
      this.bg.lineStyle(1, GOLD, 1).strokeRoundedRect(x0 + 3, y0 + 3, this.bw - 6, this.bh - 6, 5);
    } else {
      this.bg.lineStyle(1, 0x8b7b62, 1).strokeRoundedRect(x0, y0, this.bw, this.bh, 7);
    }
    this.title.setPosition(x0 + PAD, y0 + 3);
    // Stability pips: how big a lead control needs.
    for (let i = 0; i < v.stability; i++)
      this.bg.fillStyle(INK_HEX, 0.85).fillCircle(x0 + PAD + this.title.width + 7 + i * 7, y0 + 12, 2.6);

    const my = y0 + 21 + MARK / 2;
    const mx = -markRow / 2;
    this.drawMark('russia', v, mx + MARK / 2, my);
    this.drawMark('china', v, mx + MARK * 1.5 + 6, my);

    this.slots.removeAll(true);
    const sx = mx + MARK * 2 + 12;
    for (let i = 0; i < v.slots; i++) {
      const p = v.projects[i];
      const x = sx + i * (SLOT_W + 2);
      const g = this.scene.add.graphics();
      if (p === undefined) {
        g.lineStyle(1, 0x8b7b62, 0.9).strokeRect(x, my - SLOT_H / 2, SLOT_W, SLOT_H);
        this.slots.add(g);
      } else {
        g.fillStyle(POWER_COLOR[p.owner], 1).fillRect(x, my - SLOT_H / 2, SLOT_W, SLOT_H);
        const t = this.scene.add
          .text(x + SLOT_W / 2, my, p.mark, { fontFamily: FONT, fontSize: '9px', fontStyle: 'bold', color: '#fff' })
          .setOrigin(0.5);
        this.slots.add([g, t]);
      }
    }

    this.ring.clear();
    if (legal) this.ring.lineStyle(4, KZ, 1).strokeRoundedRect(x0 - 4, y0 - 4, this.bw + 8, this.bh + 8, 10);
    this.zone.setSize(this.bw + 8, this.bh + 8);
    // A newly legal tile's ring fades in once; it does not pulse forever (the loop sleeps when still).
    if (legal && !this.wasLegal && this.scene.game.registry.get('reducedMotion') !== true) {
      this.scene.tweens.add({ targets: this.ring, alpha: { from: 0.2, to: 1 }, duration: 250 });
    }
    this.wasLegal = legal;
  }

  private drawMark(p: Power, v: TileView, x: number, y: number): void {
    const { g, t } = this.marks[p];
    const n = v.influence[p];
    const filled = v.control === p;
    const c = POWER_COLOR[p];
    g.clear();
    g.setPosition(x, y);
    g.setAlpha(n === 0 ? 0.4 : 1);
    g.fillStyle(filled ? c : 0xffffff, 1);
    g.lineStyle(2.5, c, 1);
    // Russia a square, China a circle: shape, not only colour, tells them apart.
    if (p === 'russia') {
      g.fillRect(-MARK / 2, -MARK / 2, MARK, MARK);
      g.strokeRect(-MARK / 2, -MARK / 2, MARK, MARK);
    } else {
      g.fillCircle(0, 0, MARK / 2);
      g.strokeCircle(0, 0, MARK / 2);
    }
    t.setPosition(x, y);
    t.setText(filled ? `${n}${v.letters[p]}` : String(n));
    t.setFontSize(filled ? 12 : 14);
    t.setColor(filled ? '#ffffff' : `#${c.toString(16).padStart(6, '0')}`);
    t.setAlpha(n === 0 ? 0.55 : 1);
  }

  markerOf(p: Power): Phaser.GameObjects.Graphics {
    return this.marks[p].g;
  }

  slotRow(): Phaser.GameObjects.Container {
    return this.slots;
  }
}
