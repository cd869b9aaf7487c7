// The tutorial: a new player learns by playing the first round of a fixed game (Russia
// against a beginner computer, a fixed seed). Each step says one thing and points at
// the thing it names: the rope, a card's Ops button, a ringed tile, End card, the log,
// the values, the Rules button. Steps that ask for a move advance when the state shows
// the move was made, so the prompts stay true whatever the player clicks.
import { TILE_IDS, type TileId } from '../content/ids';
import { controller } from '../game/selectors';
import type { GameState } from '../game/state';
import { t } from '../i18n/index';
import { button, h } from './dom';
import { cardDef, cardTitle, tileName } from './names';

export interface TutorialView {
  readonly G: GameState;
  /** Russia (the player) may act now. */
  readonly myTurn: boolean;
  /** Tiles ringed as legal targets now. */
  readonly ringed: ReadonlySet<TileId>;
  readonly over: boolean;
}

type Part = 'rope' | 'values' | TileId;
type Target = { readonly el: Element | null } | { readonly part: Part } | null;
/** A card in a hand as the state holds it (a seat's view hides others' cards). */
type HandCard = GameState['hands']['russia'][number];

export interface TutorialHooks {
  /** Page rectangle of a part of the board, or null before the board has arrived. */
  readonly partRect: (part: Part) => { x: number; y: number; w: number; h: number } | null;
  readonly hand: HTMLElement;
  readonly bar: HTMLElement;
  readonly log: HTMLElement;
  readonly rules: HTMLElement;
  readonly onLeave: () => void;
}

interface Memo {
  played: number;
  opsLeft: number;
  card: HandCard | null;
}

interface Step {
  readonly id: string;
  /** Advances on its own when this holds; steps without it wait for Next. */
  readonly done?: (v: TutorialView, m: Memo) => boolean;
  readonly text: (v: TutorialView, m: Memo) => string;
  readonly target: (v: TutorialView, m: Memo) => Target;
}

/** Tiles the prompts prefer to name: Kazakhstan's capital and Russia's border first. */
const PREFERRED: readonly TileId[] = ['astana', 'petropavl', 'oskemen', 'atyrau', 'baikonur', ...TILE_IDS];

function pickTile(ringed: ReadonlySet<TileId>): TileId | null {
  return PREFERRED.find((t) => ringed.has(t)) ?? null;
}

/** The card the tutorial suggests: Russia's own first (its operations never fire China's event), then a neutral one. */
function pickCard(G: GameState): HandCard | null {
  const hand = G.hands.russia.filter((c) => cardDef(c) !== undefined);
  return (
    hand.find((c) => cardDef(c)?.side === 'russia') ??
    hand.find((c) => cardDef(c)?.side === 'neutral') ??
    hand[0] ??
    null
  );
}

function opsButton(hand: HTMLElement, card: string | null): Element | null {
  if (card === null) return null;
  return hand.querySelector(`[data-card="${CSS.escape(card)}"] [data-play="ops"]`);
}

export class Tutorial {
  private step = 0;
  private memo: Memo = { played: 0, opsLeft: 0, card: null };
  private readonly box: HTMLElement;
  private readonly ring: HTMLElement;
  private last: TutorialView | null = null;
  private finished = false;
  private drawn = '';
  private readonly timer: number;
  private readonly steps: readonly Step[];

  constructor(
    private readonly host: HTMLElement,
    private readonly hooks: TutorialHooks,
  ) {
    this.box = h('section', { class: 'tutorial', 'data-testid': 'tutorial' });
    this.ring = h('div', { class: 'tut-ring', 'aria-hidden': 'true', 'data-testid': 'tutorial-ring' });
    host.append(this.ring, this.box);
    // The board moves (animations, a resize): keep the pointer on its target.
    this.timer = window.setInterval(() => this.place(), 300);
    const nextAction = (v: TutorialView, m: Memo): Target => {
      if (!v.myTurn) return null;
      if (v.G.pending === null) return { el: opsButton(hooks.hand, this.cardFor(v, m)) };
      const tile = pickTile(v.ringed);
      if (tile !== null) return { part: tile };
      return { el: hooks.bar.querySelector('[data-testid="end-play"]') };
    };
    this.steps = [
      { id: 'welcome', text: () => t('tutorial.welcome'), target: () => ({ part: 'rope' }) },
      {
        id: 'hand',
        done: (v, m) => v.G.pending?.power === 'russia' || v.G.played.russia > m.played,
        text: (v, m) => {
          const card = this.cardFor(v, m);
          return t('tutorial.hand', {
            card: card === null ? '' : cardTitle(card),
            ops: card === null ? '' : (cardDef(card)?.ops ?? ''),
          });
        },
        target: (v, m) => (v.myTurn && v.G.pending === null ? { el: opsButton(hooks.hand, this.cardFor(v, m)) } : null),
      },
      {
        id: 'tile',
        done: (v, m) => v.G.pending === null || v.G.pending.opsLeft < m.opsLeft || pickTile(v.ringed) === null,
        text: (v) => t('tutorial.tile', { tile: tileName(pickTile(v.ringed) ?? 'astana') }),
        target: (v) => {
          const tile = pickTile(v.ringed);
          return tile === null ? null : { part: tile };
        },
      },
      {
        id: 'spend',
        done: (v) => v.G.pending === null,
        text: (v) => t('tutorial.spend', { n: v.G.pending?.opsLeft ?? 0 }),
        target: () => ({ el: hooks.bar.querySelector('[data-testid="end-play"]') }),
      },
      { id: 'log', text: () => t('tutorial.log'), target: () => ({ el: hooks.log }) },
      {
        id: 'control',
        text: () => t('tutorial.control'),
        target: (v) => ({ part: TILE_IDS.find((x) => controller(v.G, x) === 'russia') ?? 'petropavl' }),
      },
      { id: 'values', text: () => t('tutorial.values'), target: () => ({ part: 'values' }) },
      { id: 'rules', text: () => t('tutorial.rules'), target: () => ({ el: hooks.rules }) },
      { id: 'play', done: (v) => v.G.round >= 2 || v.over, text: () => t('tutorial.play'), target: nextAction },
      { id: 'done', text: () => t('tutorial.done'), target: () => null },
    ];
    this.enter();
  }

  private cardFor(v: TutorialView, m: Memo): HandCard | null {
    if (m.card === null || !v.G.hands.russia.includes(m.card)) m.card = pickCard(v.G);
    return m.card;
  }

  private enter(): void {
    const G = this.last?.G;
    this.memo = { played: G?.played.russia ?? 0, opsLeft: G?.pending?.opsLeft ?? 0, card: null };
  }

  private advance(): void {
    this.step = Math.min(this.step + 1, this.steps.length - 1);
    this.enter();
    if (this.last !== null) this.update(this.last);
  }

  /** Called after every render of the table with what it shows. */
  update(v: TutorialView): void {
    this.last = v;
    if (this.finished) return;
    for (;;) {
      const s = this.steps[this.step];
      if (s?.done === undefined || !s.done(v, this.memo) || this.step >= this.steps.length - 1) break;
      this.step += 1;
      this.enter();
    }
    this.draw(v);
  }

  private draw(v: TutorialView): void {
    const s = this.steps[this.step];
    if (s === undefined) return;
    const last = this.step === this.steps.length - 1;
    const text = s.text(v, this.memo);
    // Redraw only on a change: a button replaced between press and release loses its click.
    const key = `${this.step}|${text}|${t('tutorial.next')}`;
    if (key === this.drawn) {
      this.place();
      return;
    }
    this.drawn = key;
    const actions = h('div', { class: 'row' });
    if (last)
      actions.append(
        button(t('tutorial.finish'), () => this.finish(), { class: 'btn primary', 'data-testid': 'tutorial-finish' }),
      );
    else if (s.done === undefined)
      actions.append(
        button(t('tutorial.next'), () => this.advance(), { class: 'btn primary', 'data-testid': 'tutorial-next' }),
      );
    actions.append(
      button(t('tutorial.skip'), () => this.hooks.onLeave(), { class: 'btn', 'data-testid': 'tutorial-leave' }),
    );
    this.box.setAttribute('aria-label', t('tutorial.label'));
    this.box.dataset.step = s.id;
    this.box.replaceChildren(
      h('div', { class: 'tut-step' }, t('tutorial.step', { n: this.step + 1, total: this.steps.length })),
      h('p', { 'aria-live': 'polite', 'data-testid': 'tutorial-text' }, text),
      actions,
    );
    this.place();
  }

  private rectOf(target: Target): { x: number; y: number; w: number; h: number } | null {
    if (target === null) return null;
    if ('part' in target) return this.hooks.partRect(target.part);
    if (target.el === null) return null;
    const r = target.el.getBoundingClientRect();
    return r.width === 0 ? null : { x: r.left - 4, y: r.top - 4, w: r.width + 8, h: r.height + 8 };
  }

  /** Rings the step's target and puts the callout beside it, never over it. */
  private place(): void {
    const v = this.last;
    const s = this.steps[this.step];
    if (v === null || s === undefined || this.finished) return;
    const target = s.target(v, this.memo);
    const r = this.rectOf(target);
    const W = window.innerWidth;
    const H = window.innerHeight;
    // A fixed width, so the callout's height does not depend on where it lands (it would hop).
    const bw = Math.min(380, W - 16);
    this.box.style.width = `${bw}px`;
    const bh = this.box.offsetHeight || 160;
    if (r === null) {
      this.ring.hidden = true;
      this.box.style.left = `${Math.max(8, (W - bw) / 2)}px`;
      this.box.style.top = `${Math.max(8, H * 0.3)}px`;
      return;
    }
    this.ring.hidden = false;
    Object.assign(this.ring.style, { left: `${r.x}px`, top: `${r.y}px`, width: `${r.w}px`, height: `${r.h}px` });
    // A button on a card: keep the whole hand in view, the callout goes over the map.
    const inHand = target !== null && 'el' in target && target.el !== null && this.hooks.hand.contains(target.el);
    const hr = this.hooks.hand.getBoundingClientRect();
    const a = inHand ? { x: r.x, y: hr.top, w: r.w, h: r.y + r.h - hr.top } : r;
    const below = a.y + a.h + 12;
    const above = a.y - bh - 12;
    const top = below + bh <= H - 8 ? below : above >= 8 ? above : Math.max(8, Math.min(H - bh - 8, a.y));
    let left = Math.min(Math.max(8, a.x + a.w / 2 - bw / 2), W - bw - 8);
    // Beside rather than over a tall target.
    if (top < a.y + a.h && top + bh > a.y)
      left = a.x + a.w + 12 + bw <= W ? a.x + a.w + 12 : Math.max(8, a.x - bw - 12);
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }

  private finish(): void {
    this.finished = true;
    window.clearInterval(this.timer);
    this.ring.remove();
    this.box.remove();
    this.host.dataset.tutorial = 'done';
  }
}
