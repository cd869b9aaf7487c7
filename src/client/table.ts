// The game table's controller. It reads the match (one boardgame.io client per seat),
// decides whose view is on screen, and turns clicks, taps and keys into moves. The
// board (Phaser) only reports which tile was pointed at; refusals come back in the
// rules' own words. Hotseat hides the hand behind a hand-off sheet between players;
// computer seats move after a pause, one move per timer, so the page never freezes.
import type { TileId } from '../content/ids';
import { FINAL_YEAR } from '../content/scenarios';
import type { MoveChoice } from '../game/enumerate';
import { logEntries } from '../game/log';
import { explainMove, roleOfSeat, type MoveName, type SeatRole } from '../game/moves';
import type { BoardHandle } from '../render/board';
import { boardModel } from '../render/viewModel';
import { cardView } from '../ui/cardView';
import { button, h } from '../ui/dom';
import { lensSentence, lensSplit } from '../ui/lensSplit';
import { LogView } from '../ui/logView';
import { moveLabel } from '../ui/moveText';
import { cardDef, newsTitle, policyText, policyTitle, ROLE_NAME } from '../ui/names';
import { gameOverSheet, handoffSheet } from '../ui/overlays';
import { renderPanel } from '../ui/panel';
import { availableTools, defaultTool, legalChoices, targetTiles, tileClick, type Nudge, type Tool } from '../ui/planner';
import { buildTable, type TableDom } from '../ui/tableDom';
import { Match, type SeatState } from './match';
import type { MatchOptions } from './options';
import { pickMove, seededRandom } from './randomBot';

const TOOL_LABEL: Readonly<Record<Tool, string>> = { influence: 'Influence', invest: 'Invest', pressure: 'Pressure', nudge: 'Nudge' };
/** Moves the rules mark undoable: planning steps, never a die roll or the end of a card. */
const UNDOABLE: ReadonlySet<MoveName> = new Set<MoveName>(['playOps', 'placeInfluence', 'invest', 'kzNudge']);
const turnKey = (s: SeatState): string => `${s.ctx.turn}:${s.ctx.phase}:${s.ctx.currentPlayer}`;

const SOFT_SHORT: Readonly<Record<string, string>> = {
  'reform+': 'Reform +',
  'reform-': 'Reform −',
  'identity+': 'Identity +',
  'identity-': 'Identity −',
  'wariness-': 'Trust me',
};
const NUDGES: readonly Nudge[] = [
  { power: 'russia', delta: 1 },
  { power: 'russia', delta: -1 },
  { power: 'china', delta: 1 },
  { power: 'china', delta: -1 },
];

/** Read-only hooks for browser tests: where to click, and whether the game is over. */
export interface TableProbe {
  tilePoint: (id: TileId) => { x: number; y: number } | null;
  status: () => { phase: string; currentPlayer: string; gameover: boolean; round: number; viewSeat: string; stateID: number };
  /** Tiles ringed as legal targets right now. */
  legalTiles: () => TileId[];
  animating: () => boolean;
}

declare global {
  interface Window {
    __ngg?: TableProbe;
  }
}

class TableController {
  private board: BoardHandle | null = null;
  private readonly logView: LogView;
  /** Whose view is on screen (whose hand, whose legal moves). */
  private viewSeat: string;
  /** Hotseat: the seat that has confirmed the hand-off; its hand may be shown. */
  private confirmed: string | null = null;
  private tool: Tool = 'influence';
  private nudge: Nudge = { power: 'russia', delta: 1 };
  private selectedCard: string | null = null;
  private message: { text: string; refusal: boolean } | null = null;
  private investOptions: readonly MoveChoice[] = [];
  private lastStateID = -1;
  private overlayFor: string | null = null;
  private overShown = false;
  private readonly botTimers = new Map<string, number>();
  private readonly rand: () => number;
  private ringed: ReadonlySet<TileId> = new Set();
  /**
   * Steps of this turn that boardgame.io can take back. Clients never receive its undo
   * stack, so the table counts the undoable moves it sent since the turn began.
   */
  private undoSteps = 0;
  private undoTurn = '';
  /** Focus was last inside the actions panel (a keyboard or screen-reader player). */
  private panelFocus = false;

  constructor(
    private readonly dom: TableDom,
    private readonly match: Match,
    private readonly options: MatchOptions,
  ) {
    this.logView = new LogView(dom.log);
    this.viewSeat = options.humanSeats[0] ?? '0';
    this.rand = seededRandom(options.seed ?? String(Date.now()));
    document.addEventListener('focusin', (e) => {
      if (e.target instanceof Node && e.target !== document.body) this.panelFocus = dom.panel.contains(e.target);
    });
    window.__ngg = {
      tilePoint: (id) => this.board?.tilePoint(id) ?? null,
      status: () => {
        const s = this.match.state(this.viewSeat);
        return {
          phase: s?.ctx.phase ?? '',
          currentPlayer: s?.ctx.currentPlayer ?? '',
          gameover: s?.ctx.gameover !== undefined,
          round: s?.G.round ?? 0,
          viewSeat: this.viewSeat,
          stateID: s?.stateID ?? -1,
        };
      },
      legalTiles: () => [...this.ringed],
      animating: () => this.board?.animating() ?? false,
    };
  }

  attachBoard(board: BoardHandle): void {
    this.board = board;
    this.dom.board.querySelector('.board-loading')?.remove();
    this.render();
  }

  private get hotseat(): boolean {
    return this.options.mode === 'hotseat' && this.options.humanSeats.length > 1;
  }

  private role(): SeatRole | null {
    return roleOfSeat(this.viewSeat);
  }

  /** True when the seat on screen may act now (and, in hotseat, has taken the device). */
  private myTurn(): boolean {
    const active = this.match.activeSeat();
    if (active === null || active !== this.viewSeat) return false;
    return !this.hotseat || this.confirmed === active;
  }

  render(): void {
    const s = this.match.state(this.viewSeat);
    if (s === null) return;
    this.scheduleBots();
    if (s.stateID !== this.lastStateID) {
      this.lastStateID = s.stateID;
      this.investOptions = [];
      this.selectedCard = s.G.pending === null ? this.selectedCard : null;
      if (this.message?.refusal === true) this.message = null;
    }
    const active = this.match.activeSeat();
    if (this.hotseat && active !== null && this.match.isHuman(active) && active !== this.confirmed) {
      this.showHandoff(active);
    }
    const choices = this.myTurn() ? legalChoices(s.G, s.ctx, this.viewSeat) : [];
    const tools = availableTools(choices);
    if (!tools.includes(this.tool)) this.tool = defaultTool(s.G, choices);
    if (s.G.pending?.action === 'invest') this.tool = 'invest';
    this.ringed = targetTiles(choices, this.tool, this.nudge);
    this.board?.show({ model: boardModel(s.G), legal: this.ringed, newsTitle: newsTitle(s.G.news) });
    this.renderHand(s, choices);
    this.renderBar(s, choices, tools);
    const role = this.role();
    renderPanel(this.dom.panel, {
      heading: this.heading(s),
      choices: this.overlayFor === null ? choices : [],
      G: s.G,
      power: role === 'russia' || role === 'china' ? role : null,
      onChoose: (c) => this.send(c.move, c.args),
      keepFocus: this.panelFocus,
    });
    const said = this.logView.update(logEntries(s.G), (r) => String(this.yearOfRound(s, r)));
    if (said.length > 0) this.announce(said.slice(-3).join(' '));
    if (s.ctx.gameover !== undefined && !this.overShown) this.showGameOver(s);
  }

  private yearOfRound(s: SeatState, round: number): number {
    const snap = s.G.history.find((x) => x.round === round);
    return snap?.year ?? (round === s.G.round ? s.G.year : s.G.year);
  }

  private heading(s: SeatState): string {
    if (s.ctx.gameover !== undefined) return 'The game is over.';
    const active = this.match.activeSeat();
    if (active === null) return 'The rules are resolving the round…';
    const name = ROLE_NAME[roleOfSeat(active) ?? 'russia'];
    if (!this.match.isHuman(active)) return `The computer is playing ${name}…`;
    if (!this.myTurn()) return `${name} to play.`;
    const p = s.G.pending;
    if (roleOfSeat(active) === 'kazakhstan') return `Kazakhstan: ${s.G.nudged ? 'adopt a policy.' : 'move one point of influence in a Kazakh tile (optional), then adopt a policy.'}`;
    if (p === null) return `${name}: choose a card, for its event or for operations.`;
    return `${name}: ${p.opsLeft} operation${p.opsLeft === 1 ? '' : 's'} left on ${cardDef(p.card)?.title ?? 'your card'}.`;
  }

  private renderHand(s: SeatState, choices: readonly MoveChoice[]): void {
    const hand = this.dom.hand;
    const role = this.role();
    if (this.overlayFor !== null) {
      hand.replaceChildren(h('p', { class: 'hand-empty' }, 'Hand hidden until the next player confirms.'));
      return;
    }
    if (role === 'kazakhstan') {
      const policies = s.G.policyHand.filter((id) => id !== '?');
      hand.replaceChildren(
        ...(policies.length === 0
          ? [h('p', { class: 'hand-empty' }, 'Kazakhstan draws three policies each round.')]
          : policies.map((id) =>
              h(
                'article',
                { class: 'card side-kz', 'data-card': id },
                h('span', { class: 'band', 'aria-hidden': 'true' }),
                h('span', { class: 'side-mark' }, 'Kazakhstan policy'),
                h('h3', {}, policyTitle(id)),
                h('p', { class: 'text' }, policyText(id)),
                choices.some((c) => c.move === 'kzPolicy' && c.args[0] === id)
                  ? h('div', { class: 'card-actions' }, button('Adopt', () => this.send('kzPolicy', [id]), { class: 'btn primary', 'data-play': 'policy' }))
                  : null,
              ),
            )),
      );
      return;
    }
    if (role === null) return;
    const cards = s.G.hands[role].filter((id) => id !== '?');
    const choosing = this.myTurn() && s.G.pending === null;
    hand.setAttribute('aria-label', `${ROLE_NAME[role]}'s hand`);
    if (cards.length === 0) {
      hand.replaceChildren(h('p', { class: 'hand-empty' }, 'No cards in hand. New cards are dealt at the start of each round.'));
      return;
    }
    hand.replaceChildren(
      ...cards.flatMap((id) => {
        const def = cardDef(id);
        if (def === undefined) return [];
        return [
          cardView(def, {
            selected: this.selectedCard === id,
            active: choosing,
            onSelect: () => {
              this.selectedCard = this.selectedCard === id ? null : id;
              this.render();
            },
            onOps: () => this.send('playOps', [id]),
            onEvent: () => this.send('playEvent', [id]),
          }),
        ];
      }),
    );
    void choices;
  }

  private renderBar(s: SeatState, choices: readonly MoveChoice[], tools: readonly Tool[]): void {
    const bar = this.dom.bar;
    const items: (HTMLElement | null)[] = [];
    const prompt = h('span', { class: 'prompt', 'data-testid': 'prompt' }, this.prompt(s, choices));
    items.push(prompt);
    if (this.message !== null) items.push(h('span', { class: this.message.refusal ? 'reason' : '', role: 'alert', 'data-testid': 'reason' }, this.message.text));
    if (this.myTurn()) {
      if (this.investOptions.length > 0) {
        for (const c of this.investOptions) items.push(button(`Build ${moveLabel(c, s.G, null)}`, () => this.send(c.move, c.args), { 'data-testid': 'invest-option' }));
      }
      const tileTools = tools.filter((t) => t !== 'nudge');
      if (tileTools.length > 1)
        for (const t of tileTools)
          items.push(button(TOOL_LABEL[t], () => this.setTool(t), { 'aria-pressed': String(this.tool === t), 'data-tool': t }));
      if (tools.includes('nudge'))
        for (const n of NUDGES) {
          const on = this.tool === 'nudge' && this.nudge.power === n.power && this.nudge.delta === n.delta;
          items.push(
            button(`${ROLE_NAME[n.power]} ${n.delta > 0 ? '+1' : '−1'}`, () => ((this.tool = 'nudge'), (this.nudge = n), this.render()), {
              'aria-pressed': String(on),
              'data-nudge': `${n.power}${n.delta}`,
            }),
          );
        }
      const soft = choices.filter((x) => x.move === 'softPower');
      if (soft.length > 0) {
        const row = h('span', { class: 'soft', role: 'group', 'aria-label': 'Soft power: rolls a die and uses all operations' }, h('span', { class: 'soft-label' }, 'Soft power:'));
        for (const c of soft)
          row.append(button(SOFT_SHORT[String(c.args[0])] ?? String(c.args[0]), () => this.send(c.move, c.args), { 'data-soft': String(c.args[0]), 'aria-label': moveLabel(c, s.G, null) }));
        items.push(row);
      }
      if (this.undoSteps > 0 && this.undoTurn === turnKey(s))
        items.push(button('Undo', () => this.undo(), { 'data-testid': 'undo', title: 'Take back the last step of this card' }));
      if (choices.some((c) => c.move === 'endPlay')) items.push(button('End card', () => this.send('endPlay', []), { 'data-testid': 'end-play' }));
    }
    bar.replaceChildren(...items.filter((x): x is HTMLElement => x !== null));
  }

  private prompt(s: SeatState, choices: readonly MoveChoice[]): string {
    if (!this.myTurn()) return this.heading(s);
    const p = s.G.pending;
    if (roleOfSeat(this.viewSeat) === 'kazakhstan')
      return s.G.nudged ? 'Adopt one of your policies.' : 'Choose a power and +1 or −1, then a ringed Kazakh tile; or adopt a policy.';
    if (p === null) return 'Choose a card: Event, or Ops to spend its operations on the map.';
    const ringed = targetTiles(choices, this.tool, this.nudge).size;
    const what = this.tool === 'invest' ? 'build a project' : this.tool === 'pressure' ? 'press the opponent' : 'add influence';
    return `${p.opsLeft} ops left: click a ringed tile to ${what}${ringed === 0 ? ' (none possible: try another action)' : ''}.`;
  }

  private setTool(t: Tool): void {
    this.tool = t;
    this.investOptions = [];
    this.render();
  }

  onTile(tile: TileId): void {
    const s = this.match.state(this.viewSeat);
    if (s === null || !this.myTurn()) {
      this.refuse(this.hotseat && this.confirmed !== this.match.activeSeat() ? 'wait for the hand-off' : 'it is not your turn');
      return;
    }
    const choices = legalChoices(s.G, s.ctx, this.viewSeat);
    const out = tileClick(s.G, s.ctx, this.viewSeat, choices, this.tool, tile, this.nudge);
    if (out.kind === 'refuse') this.refuse(out.reason);
    else if (out.kind === 'move') this.send(out.choice.move, out.choice.args);
    else {
      this.investOptions = out.options;
      this.message = { text: 'Choose what to build.', refusal: false };
      this.render();
    }
  }

  private refuse(reason: string): void {
    const text = `Not allowed: ${reason}.`;
    this.message = { text, refusal: true };
    this.announce(text);
    this.render();
  }

  private send(move: MoveName, args: readonly unknown[]): void {
    const s = this.match.state(this.viewSeat);
    if (s === null) return;
    const why = this.myTurn() ? explainMove(s.G, s.ctx, this.viewSeat, move, args) : 'it is not your turn';
    if (why !== null) {
      this.refuse(why);
      return;
    }
    this.message = null;
    this.investOptions = [];
    // boardgame.io keeps the state after each move of the turn; the first move of a turn
    // (choosing the card) has nothing before it to return to, so it is never counted.
    const key = turnKey(s);
    const first = key !== this.undoTurn;
    this.undoTurn = key;
    this.undoSteps = UNDOABLE.has(move) && !first ? this.undoSteps + 1 : 0;
    this.match.act(this.viewSeat, move, args);
  }

  private undo(): void {
    const s = this.match.state(this.viewSeat);
    if (s === null || this.undoSteps === 0 || this.undoTurn !== turnKey(s)) return;
    this.undoSteps -= 1;
    this.message = { text: 'Step taken back.', refusal: false };
    this.match.undo(this.viewSeat);
  }

  private announce(text: string): void {
    this.dom.live.textContent = text;
  }

  private showHandoff(seat: string): void {
    if (this.overlayFor === seat) return;
    this.overlayFor = seat;
    const name = ROLE_NAME[roleOfSeat(seat) ?? 'russia'];
    const sheet = handoffSheet(name, `${name} plays next.`, () => {
      this.confirmed = seat;
      this.viewSeat = seat;
      this.overlayFor = null;
      this.message = null;
      this.tool = 'influence';
      sheet.remove();
      this.announce(`${name} to play.`);
      this.render();
    });
    this.dom.overlay.replaceChildren(sheet);
  }

  private showGameOver(s: SeatState): void {
    this.overShown = true;
    const r = s.G.result;
    let title = 'Game over';
    let detail = '';
    if (r !== null) {
      if ('draw' in r) {
        title = 'A draw';
        detail = 'The rope ends in the middle: neither Moscow nor Beijing holds Kazakhstan.';
      } else {
        title = `${ROLE_NAME[r.winner]} wins`;
        detail =
          r.reason === 'rope'
            ? `The rope reached ${r.winner === 'russia' ? 'Moscow' : 'Beijing'}.`
            : r.reason === 'kazakhstanGoal'
              ? 'A sovereign Qazaqstan: the rope near the middle, Reform and Identity high, and no power owning it.'
              : `In 2031 the rope leans to ${r.winner === 'russia' ? 'Moscow' : 'Beijing'} (${Math.abs(s.G.rope)}).`;
      }
    }
    this.announce(`${title}. ${detail}`);
    this.overlayFor = null;
    const lenses = lensSentence(lensSplit(logEntries(s.G)));
    // The last round's snapshot is taken before final scoring; the chart ends on the result.
    const last = s.G.history[s.G.history.length - 1];
    const final = { round: s.G.round, year: FINAL_YEAR, rope: s.G.rope, values: { ...s.G.values }, control: last?.control ?? { russia: 0, china: 0 } };
    const history = last !== undefined && last.rope === final.rope && last.year === FINAL_YEAR ? s.G.history : [...s.G.history, final];
    this.dom.overlay.replaceChildren(gameOverSheet(title, detail, lenses, history, () => window.location.assign(window.location.pathname + window.location.search)));
  }

  private scheduleBots(): void {
    const active = this.match.activeSeat();
    if (active === null || this.match.isHuman(active) || this.botTimers.has(active)) return;
    const delay = this.options.botDelayMs ?? 450;
    const timer = window.setTimeout(() => {
      this.botTimers.delete(active);
      const st = this.match.state(active);
      if (st === null || this.match.activeSeat() !== active) return;
      const move = pickMove(legalChoices(st.G, st.ctx, active), this.rand);
      if (move !== null) this.match.act(active, move.move, move.args);
    }, delay);
    this.botTimers.set(active, timer);
  }
}

export function startTable(app: HTMLElement, options: MatchOptions): void {
  const dom = buildTable(app);
  const match = new Match(options);
  const table = new TableController(dom, match, options);
  // Every seat's client reports each move; one render per burst is enough.
  let queued = false;
  match.onChange(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      table.render();
    });
  });
  match.start();
  // Phaser arrives in its own chunk; the hand, panel and log work before it does.
  // Canvas text is rasterised once: wait (briefly) for the webfont so the board does not
  // keep a fallback face.
  const fonts = Promise.race([
    Promise.all([document.fonts.load('700 14px "Noto Sans"'), document.fonts.load('400 14px "Noto Sans"')]),
    new Promise((ok) => setTimeout(ok, 1500)),
  ]).catch(() => undefined);
  void Promise.all([import('../render/board'), fonts])
    .then(([{ mountBoard }]) => mountBoard(dom.board, (t) => table.onTile(t)))
    .then((board) => table.attachBoard(board));
}
