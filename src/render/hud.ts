// The strip the eye finds first: the rope from Moscow to Beijing with a knot at the
// score, Kazakhstan's four values as gauges, the round and year, and this round's news.
import type * as Phaser from 'phaser';
import { VALUES, type ValueId } from '../content/ids';
import { ropeX, type Layout } from './layout';
import { FONT, GOLD, KZ, POWER_COLOR } from './palette';
import type { BoardModel, BoardText } from './viewModel';

const TEXT = { fontFamily: FONT, fontSize: '14px', color: '#f7f0e1' } as const;
const VALUE_COLOR: Readonly<Record<ValueId, number>> = {
  reform: KZ,
  identity: GOLD,
  warinessRussia: POWER_COLOR.russia,
  warinessChina: POWER_COLOR.china,
};

export class Hud {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly ropeG: Phaser.GameObjects.Graphics;
  readonly knot: Phaser.GameObjects.Container;
  private readonly knotText: Phaser.GameObjects.Text;
  private readonly round: Phaser.GameObjects.Text;
  private readonly news: Phaser.GameObjects.Text;
  private readonly ends: Phaser.GameObjects.Text[];
  private readonly score: Phaser.GameObjects.Text;
  private readonly gaugeG: Phaser.GameObjects.Graphics;
  private readonly gaugeLabels: Record<ValueId, Phaser.GameObjects.Text>;
  /** Rope track in screen pixels, kept for the knot's tween. */
  track = { x0: 0, x1: 1, y: 0 };
  gaugeRects = {} as Record<ValueId, { x: number; y: number; w: number; h: number }>;
  /** Each gauge's column; the bar starts after the widest label (labels differ by language). */
  private gaugeCols = {} as Record<ValueId, { x: number; w: number }>;
  private labelW = 118;

  constructor(private readonly scene: Phaser.Scene) {
    this.bg = scene.add.graphics();
    this.ropeG = scene.add.graphics();
    this.round = scene.add.text(0, 0, '', { ...TEXT, fontStyle: 'bold' });
    this.news = scene.add.text(0, 0, '', { ...TEXT, color: '#f2d78a' });
    this.ends = [
      scene.add.text(0, 0, '', { ...TEXT, fontStyle: 'bold', color: '#b9c8f2' }),
      scene.add.text(0, 0, '', { ...TEXT, fontStyle: 'bold', color: '#f4b4b4' }).setOrigin(1, 0),
    ];
    this.score = scene.add.text(0, 0, '', { ...TEXT, fontSize: '14px' }).setOrigin(0.5, 0);
    const knotBg = scene.add.graphics();
    knotBg.fillStyle(0x000000, 0.3).fillCircle(1, 2, 15);
    knotBg.fillStyle(GOLD, 1).fillCircle(0, 0, 15);
    knotBg.lineStyle(2, 0x5a3d00, 1).strokeCircle(0, 0, 15);
    this.knotText = scene.add
      .text(0, 0, '0', { fontFamily: FONT, fontSize: '14px', fontStyle: 'bold', color: '#231d18' })
      .setOrigin(0.5);
    this.knot = scene.add.container(0, 0, [knotBg, this.knotText]);
    this.gaugeG = scene.add.graphics();
    this.gaugeLabels = Object.fromEntries(VALUES.map((v) => [v, scene.add.text(0, 0, '', { ...TEXT })])) as Record<
      ValueId,
      Phaser.GameObjects.Text
    >;
  }

  private portrait = false;
  /** Right edge the news line must not cross (the gauges, or the screen). */
  private newsRight = 0;

  /** Shortens a one-line text with an ellipsis until it fits `max` pixels. */
  private fit(t: Phaser.GameObjects.Text, max: number): void {
    const full = t.text;
    // The whole line stays readable in the log ("News: ..."); the probe reports it too.
    t.setData('full', full);
    if (t.width <= max || full.length === 0) return;
    let n = full.length;
    while (n > 8 && t.width > max) {
      n -= 3;
      t.setText(`${full.slice(0, n).trimEnd()}…`);
    }
  }

  layout(l: Layout): void {
    this.portrait = l.portrait;
    const { x, y, w, h } = l.hud;
    this.bg.clear();
    this.bg.fillStyle(0x2b2420, 0.94).fillRect(x, y, w, h);
    this.bg.fillStyle(GOLD, 1).fillRect(x, l.portrait ? y : y + h - 2, w, 2);
    const gaugesW = l.portrait ? w : Math.min(330, w * 0.36);
    const ropeW = l.portrait ? w : w - gaugesW;
    this.newsRight = x + ropeW - 12;
    this.round.setPosition(x + 12, y + 6);
    this.news.setPosition(x + 12, y + 26);
    const ropeY = l.portrait ? y + 80 : y + 62;
    this.track = { x0: x + 40, x1: x + ropeW - 40, y: ropeY };
    this.ends[0]?.setPosition(x + 12, ropeY - 36 + (l.portrait ? 0 : 0));
    this.ends[1]?.setPosition(x + ropeW - 12, ropeY - 36);
    if (!l.portrait) {
      // Landscape: round and news share the top line with the end labels moved under them.
      this.round.setPosition(x + 12, y + 6);
      this.news.setPosition(x + 12 + this.round.width + 14, y + 6);
      this.ends[0]?.setPosition(x + 12, y + 30);
      this.ends[1]?.setPosition(x + ropeW - 12, y + 30);
    } else {
      this.ends[0]?.setPosition(x + 12, y + 46);
      this.ends[1]?.setPosition(x + w - 12, y + 46);
    }
    this.score.setPosition((this.track.x0 + this.track.x1) / 2, y + (l.portrait ? 46 : 30));
    this.drawRope();
    // Gauges: four bars of ten steps, two columns on a phone, a stack beside the rope otherwise.
    const gx = l.portrait ? x + 12 : x + ropeW + 4;
    const gy = l.portrait ? y + 100 : y + 6;
    const colW = l.portrait ? (w - 24) / 2 : gaugesW - 16;
    VALUES.forEach((v, i) => {
      const cx = l.portrait ? gx + (i % 2) * colW : gx;
      const cy = l.portrait ? gy + Math.floor(i / 2) * 22 : gy + i * 20;
      this.gaugeLabels[v].setPosition(cx, cy);
      this.gaugeCols[v] = { x: cx, w: colW };
      this.gaugeRects[v] = { x: cx + this.labelW, y: cy + 3, w: colW - this.labelW - 10, h: 13 };
    });
  }

  private drawRope(): void {
    const { x0, x1, y } = this.track;
    const g = this.ropeG;
    g.clear();
    // Each half tinted toward its capital; ticks every five points, a gold mark at the middle.
    g.fillStyle(POWER_COLOR.russia, 0.55).fillRect(x0, y - 5, (x1 - x0) / 2, 10);
    g.fillStyle(POWER_COLOR.china, 0.55).fillRect((x0 + x1) / 2, y - 5, (x1 - x0) / 2, 10);
    g.lineStyle(3, 0xc9a66b, 1);
    g.beginPath();
    for (let i = 0; i <= 80; i++) {
      const px = x0 + ((x1 - x0) * i) / 80;
      const py = y + Math.sin(i * 1.2) * 2.5;
      if (i === 0) g.moveTo(px, py);
      else g.lineTo(px, py);
    }
    g.strokePath();
    for (let s = -20; s <= 20; s += 5) {
      const px = ropeX(s, x0, x1);
      g.lineStyle(s === 0 ? 3 : 1.5, s === 0 ? GOLD : 0xf7f0e1, s === 0 ? 1 : 0.7);
      g.lineBetween(px, y - (s === 0 ? 12 : 8), px, y + (s === 0 ? 12 : 8));
    }
    g.fillStyle(POWER_COLOR.russia, 1).fillRect(x0 - 14, y - 7, 14, 14);
    g.fillStyle(POWER_COLOR.china, 1).fillCircle(x1 + 7, y, 7);
  }

  show(m: BoardModel, text: BoardText): void {
    this.ends[0]?.setText(text.moscow);
    this.ends[1]?.setText(text.beijing);
    this.round.setText(text.round);
    this.news.setText(text.news);
    if (!this.portrait) this.news.setX(this.round.x + this.round.width + 16);
    this.fit(this.news, this.newsRight - this.news.x);
    this.setKnot(m.rope);
    this.score.setText(text.lean);
    this.gaugeG.clear();
    for (const v of VALUES) this.gaugeLabels[v].setText(`${text.values[v]} ${m.values[v]}`);
    // The bars start after the widest label, so no language's words run under them.
    this.labelW = Math.max(...VALUES.map((v) => this.gaugeLabels[v].width)) + 10;
    for (const v of VALUES) {
      const col = this.gaugeCols[v];
      const old = this.gaugeRects[v];
      if (col !== undefined && old !== undefined)
        this.gaugeRects[v] = { x: col.x + this.labelW, y: old.y, w: Math.max(40, col.w - this.labelW - 10), h: old.h };
    }
    for (const v of VALUES) {
      const n = m.values[v];
      const r = this.gaugeRects[v];
      if (r === undefined) continue;
      const step = r.w / 10;
      for (let i = 0; i < 10; i++) {
        this.gaugeG.fillStyle(i < n ? VALUE_COLOR[v] : 0x5b4f43, i < n ? 1 : 0.6);
        this.gaugeG.fillRect(r.x + i * step, r.y, step - 2, r.h);
      }
      // A notch at 7: from there wariness becomes a price and values swing the score.
      this.gaugeG.fillStyle(0xf7f0e1, 0.9).fillRect(r.x + 7 * step - 2, r.y - 2, 2, r.h + 4);
    }
  }

  setKnot(rope: number): void {
    this.knot.setPosition(ropeX(rope, this.track.x0, this.track.x1), this.track.y);
    this.knotText.setText(String(Math.abs(rope)));
  }

  gaugeLabel(v: ValueId): Phaser.GameObjects.Text {
    return this.gaugeLabels[v];
  }
}
