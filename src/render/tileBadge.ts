// One tile on the board: its name, stability pips, a battleground frame, both powers'
// influence markers and its project slots. Control is shown three ways at once:
// the controller's marker is filled (the other is an outline), it carries the
// power's letter, and the badge's top edge takes the controller's colour.
import * as Phaser from 'phaser';
import type { Power } from '../content/ids';
import { FONT, GOLD, INK, INK_HEX, KZ, PAPER, POWER_COLOR, POWER_LETTER } from './palette';
import type { TileView } from './viewModel';

const PAD = 7;
const MARK = 22;

export class TileBadge extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly marks: Record<Power, { g: Phaser.GameObjects.Graphics; t: Phaser.GameObjects.Text }>;
  private readonly slotG: Phaser.GameObjects.Graphics;
  private readonly slotText: Phaser.GameObjects.Text[] = [];
  readonly zone: Phaser.GameObjects.Zone;
  w = 80;
  h = 60;
  private pulse: Phaser.Tweens.Tween | null = null;

  constructor(scene: Phaser.Scene, readonly tileId: string) {
    super(scene, 0, 0);
    this.ring = scene.add.graphics();
    this.bg = scene.add.graphics();
    this.title = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '14px', fontStyle: 'bold', color: INK });
    const mk = (): { g: Phaser.GameObjects.Graphics; t: Phaser.GameObjects.Text } => ({
      g: scene.add.graphics(),
      t: scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '14px', fontStyle: 'bold', color: '#fff' }).setOrigin(0.5),
    });
    this.marks = { russia: mk(), china: mk() };
    this.slotG = scene.add.graphics();
    this.zone = scene.add.zone(0, 0, 10, 10).setInteractive({ useHandCursor: true });
    this.add([this.ring, this.bg, this.title, this.marks.russia.g, this.marks.russia.t, this.marks.china.g, this.marks.china.t, this.slotG, this.zone]);
    scene.add.existing(this);
  }

  /** Redraws the badge for a tile's state; `legal` rings it as a target for the move being planned. */
  draw(v: TileView, legal: boolean): void {
    this.title.setText(v.name);
    const pipsW = v.stability * 8;
    const slotsW = v.slots * 24;
    this.w = Math.max(this.title.width + pipsW + PAD * 2 + 4, MARK * 2 + 30 + PAD * 2, slotsW + PAD * 2);
    this.h = 20 + MARK + 6 + 16 + PAD;
    const x0 = -this.w / 2;
    const y0 = -this.h / 2;

    this.bg.clear();
    this.bg.fillStyle(0x000000, 0.18).fillRoundedRect(x0 + 1, y0 + 2, this.w, this.h, 8);
    this.bg.fillStyle(PAPER, 0.96).fillRoundedRect(x0, y0, this.w, this.h, 8);
    if (v.control !== null) this.bg.fillStyle(POWER_COLOR[v.control], 1).fillRect(x0 + 6, y0, this.w - 12, 4);
    // Battlegrounds get a gold double frame (Twilight Struggle marks them the same way).
    if (v.battleground) {
      this.bg.lineStyle(2.5, 0xb8860b, 1).strokeRoundedRect(x0, y0, this.w, this.h, 8);
      this.bg.lineStyle(1, GOLD, 1).strokeRoundedRect(x0 + 3, y0 + 3, this.w - 6, this.h - 6, 6);
    } else {
      this.bg.lineStyle(1, 0x8b7b62, 1).strokeRoundedRect(x0, y0, this.w, this.h, 8);
    }
    this.title.setPosition(x0 + PAD, y0 + 3);
    // Stability pips: how big a lead control needs.
    for (let i = 0; i < v.stability; i++) this.bg.fillStyle(INK_HEX, 0.85).fillCircle(x0 + PAD + this.title.width + 8 + i * 8, y0 + 13, 2.8);

    const my = y0 + 22 + MARK / 2;
    this.drawMark('russia', v, -MARK / 2 - 6, my);
    this.drawMark('china', v, MARK / 2 + 6, my);

    this.slotG.clear();
    this.slotText.forEach((t) => t.destroy());
    this.slotText.length = 0;
    const sy = y0 + 22 + MARK + 5;
    const sx0 = -(v.slots * 24 - 4) / 2;
    for (let i = 0; i < v.slots; i++) {
      const p = v.projects[i];
      const x = sx0 + i * 24;
      if (p === undefined) {
        this.slotG.lineStyle(1, 0x8b7b62, 0.9).strokeRect(x, sy, 20, 13);
      } else {
        this.slotG.fillStyle(POWER_COLOR[p.owner], 1).fillRect(x, sy, 20, 13);
        const t = this.scene.add.text(x + 10, sy + 6.5, p.mark, { fontFamily: FONT, fontSize: '10px', fontStyle: 'bold', color: '#fff' }).setOrigin(0.5);
        this.add(t);
        this.slotText.push(t);
      }
    }

    this.ring.clear();
    if (legal) this.ring.lineStyle(4, KZ, 1).strokeRoundedRect(x0 - 4, y0 - 4, this.w + 8, this.h + 8, 11);
    this.zone.setSize(this.w + 8, this.h + 8);
    if (legal && this.pulse === null && !this.scene.game.registry.get('reducedMotion')) {
      this.pulse = this.scene.tweens.add({ targets: this.ring, alpha: { from: 1, to: 0.35 }, duration: 700, yoyo: true, repeat: -1 });
    } else if (!legal && this.pulse !== null) {
      this.pulse.stop();
      this.pulse = null;
      this.ring.setAlpha(1);
    }
  }

  private drawMark(p: Power, v: TileView, x: number, y: number): void {
    const { g, t } = this.marks[p];
    const n = v.influence[p];
    const filled = v.control === p;
    const c = POWER_COLOR[p];
    g.clear();
    g.setPosition(x, y);
    g.setAlpha(n === 0 ? 0.4 : 1);
    if (filled) g.fillStyle(c, 1);
    else g.fillStyle(0xffffff, 1);
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
    t.setText(filled ? `${n}${POWER_LETTER[p]}` : String(n));
    t.setFontSize(filled ? 12 : 14);
    t.setColor(filled ? '#ffffff' : `#${c.toString(16).padStart(6, '0')}`);
    t.setAlpha(n === 0 ? 0.5 : 1);
  }

  markerOf(p: Power): Phaser.GameObjects.Graphics {
    return this.marks[p].g;
  }

  slotRow(): Phaser.GameObjects.Graphics {
    return this.slotG;
  }
}
