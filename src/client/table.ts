// The game table's controller. It reads the match (one boardgame.io client per seat),
// decides whose view is on screen, and turns clicks, taps and keys into moves. The
// board (Phaser) only reports which tile was pointed at; refusals come back in the
// rules' own words. Hotseat hides the hand behind a hand-off sheet between players;
// computer seats move after a pause, one move per timer, so the page never freezes.
import type { TileId } from '../content/ids';
import { FINAL_YEAR } from '../content/scenarios';
import type { MoveChoice } from '../game/enumerate';
import { logEntries } from '../game/log';
import { checkMove, roleOfSeat, UNDOABLE_MOVES, type MoveName, type SeatRole } from '../game/moves';
import { onLanguage, setLanguage, t } from '../i18n/index';
import { isLang } from '../i18n/detect';
import { refusalSentence } from '../ui/refusalText';
import type { BoardHandle } from '../render/board';
import { boardModel, type BoardText } from '../render/viewModel';
import { COUNTRIES, VALUES, type CountryId, type ValueId } from '../content/ids';
import type { GameState } from '../game/state';
import { renderBar } from '../ui/bar';
import { isPower, renderHand } from '../ui/handView';
import { lensSentence, lensSplit } from '../ui/lensSplit';
import { LogView } from '../ui/logView';
import { cardTitle, countryName, newsLine, projectName, roleName, tileName } from '../ui/names';
import { resultText } from '../ui/resultText';
import { gameOverSheet, handoffSheet, rulesSheet } from '../ui/overlays';
import { CLASSROOM_TEXT } from '../ui/classroomText';
import { renderPanel } from '../ui/panel';
import {
  availableTools,
  defaultTool,
  legalChoices,
  targetTiles,
  tileClick,
  type Nudge,
  type Tool,
  type UiRefusal,
} from '../ui/planner';
import { buildTable, type TableDom } from '../ui/tableDom';
import { Tutorial } from '../ui/tutorial';
import { Match, type SeatState, type TableMatch } from './match';
import type { MatchOptions } from '../ui/options';
import { BotDriver } from './botDriver';
import { seededRandom } from '../ai/rng';

const turnKey = (s: SeatState): string => `${s.ctx.turn}:${s.ctx.phase}:${s.ctx.currentPlayer}`;

/** Read-only hooks for browser tests: where to click, and whether the game is over. */
export interface TableProbe {
  tilePoint: (id: TileId) => { x: number; y: number } | null;
  status: () => {
    phase: string;
    currentPlayer: string;
    gameover: boolean;
    round: number;
    viewSeat: string;
    stateID: number;
  };
  /** Tiles ringed as legal targets right now. */
  legalTiles: () => TileId[];
  animating: () => boolean;
  /** Words drawn on the board's canvas (empty before the board arrives). */
  boardTexts: () => string[];
}

declare global {
  interface Window {
    __ngg?: TableProbe;
  }
}

/** What an online match adds to the table. */
export interface TableExtras {
  /** The computer's seats are played elsewhere (by the server), not on this device. */
  readonly remote?: boolean;
  /** What the game-over sheet offers besides going back (e.g. a rematch). */
  readonly gameOver?: () => { readonly actions: readonly HTMLElement[]; readonly onMenu: () => void };
}

export class TableController {
  private board: BoardHandle | null = null;
  private readonly logView: LogView;
  /** Whose view is on screen (whose hand, whose legal moves). */
  private viewSeat: string;
  /** Hotseat: the seat that has confirmed the hand-off; its hand may be shown. */
  private confirmed: string | null = null;
  private tool: Tool = 'influence';
  private nudge: Nudge = { power: 'russia', delta: 1 };
  private selectedCard: string | null = null;
  /** The bar's note: a refusal (kept as data, phrased in the current language) or a key. */
  private message: { reason: UiRefusal; refusal: true } | { key: string; refusal: false } | null = null;
  private investOptions: readonly MoveChoice[] = [];
  private lastStateID = -1;
  private overlayFor: string | null = null;
  private overShown = false;
  private readonly bots: BotDriver;
  private ringed: ReadonlySet<TileId> = new Set();
  /**
   * Steps of this turn that boardgame.io can take back. Clients never receive its undo
   * stack, so the table counts the undoable moves it sent since the turn began.
   */
  private undoSteps = 0;
  private undoTurn = '';
  /** Focus was last inside the actions panel (a keyboard or screen-reader player). */
  private panelFocus = false;
  private readonly tutorial: Tutorial | null = null;

  constructor(
    private readonly dom: TableDom,
    private readonly match: TableMatch,
    private readonly options: MatchOptions,
    private readonly extras: TableExtras = {},
  ) {
    this.logView = new LogView(dom.log);
    // A spectator of an online match has no seat: no hand is ever shown.
    this.viewSeat = options.humanSeats[0] ?? (extras.remote === true ? '' : '0');
    this.bots = new BotDriver(
      match,
      options.botDelayMs ?? 450,
      seededRandom(options.seed ?? String(Date.now())),
      options.botLevel ?? 'standard',
    );
    if (options.mode === 'tutorial') {
      const host = document.createElement('div');
      host.setAttribute('data-testid', 'tutorial-host');
      dom.overlay.after(host);
      this.tutorial = new Tutorial(host, {
        partRect: (part) => this.board?.partRect(part) ?? null,
        hand: dom.hand,
        bar: dom.bar,
        log: dom.log,
        rules: dom.rules,
        onLeave: () => window.location.assign(window.location.pathname + window.location.search),
      });
    }
    dom.rules.addEventListener('click', () => this.openRules());
    dom.lang.addEventListener('change', () => {
      const v = dom.lang.value;
      if (isLang(v) || v === 'pseudo') void setLanguage(v);
    });
    onLanguage(() => this.relanguage());
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
      boardTexts: () => this.board?.texts() ?? [],
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
    if (this.extras.remote !== true) this.bots.poll();
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
    this.board?.show({
      model: boardModel(s.G, {
        tile: tileName,
        project: projectName,
        mark: (k) => t(`mark.${k}`),
        letter: (p) => t(`mark.${p}`),
      }),
      legal: this.ringed,
      text: boardText(s.G),
    });
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
    this.tutorial?.update({ G: s.G, myTurn: this.myTurn(), ringed: this.ringed, over: s.ctx.gameover !== undefined });
  }

  /** Every word on the table again, in the language just chosen. */
  private relanguage(): void {
    this.dom.relabel();
    this.logView.reset();
    const seat = this.overlayFor;
    if (seat !== null) {
      this.overlayFor = null;
      this.showHandoff(seat);
    }
    this.render();
    const s = this.match.state(this.viewSeat);
    if (this.overShown && s !== null) this.showGameOver(s);
    const rules = this.dom.overlay.querySelector('[data-testid="rules-sheet"]');
    if (rules !== null) {
      rules.remove();
      this.openRules();
    }
  }

  private openRules(): void {
    this.dom.overlay.querySelector('[data-testid="rules-sheet"]')?.remove();
    const sheet = rulesSheet(() => {
      sheet.remove();
      this.dom.rules.focus();
    });
    this.dom.overlay.append(sheet);
  }

  private yearOfRound(s: SeatState, round: number): number {
    const snap = s.G.history.find((x) => x.round === round);
    return snap?.year ?? (round === s.G.round ? s.G.year : s.G.year);
  }

  private heading(s: SeatState): string {
    if (s.ctx.gameover !== undefined) return t('heading.over');
    const active = this.match.activeSeat();
    if (active === null) return t('heading.resolving');
    const name = roleName(roleOfSeat(active) ?? 'russia');
    if (!this.match.isHuman(active)) return t('heading.computer', { name });
    if (!this.myTurn()) return t('heading.toPlay', { name });
    const p = s.G.pending;
    if (roleOfSeat(active) === 'kazakhstan') return t(s.G.nudged ? 'heading.kzPolicy' : 'heading.kzNudge');
    if (p === null) return t('heading.chooseCard', { name });
    return t('heading.opsLeft', { name, n: p.opsLeft, card: cardTitle(p.card) });
  }

  private renderHand(s: SeatState, choices: readonly MoveChoice[]): void {
    const role = this.role();
    renderHand(this.dom.hand, {
      role,
      cards: role === 'kazakhstan' ? s.G.policyHand : isPower(role) ? s.G.hands[role] : [],
      hidden: this.overlayFor !== null,
      choosing: this.myTurn() && s.G.pending === null,
      selected: this.selectedCard,
      canAdopt: (id) => choices.some((c) => c.move === 'kzPolicy' && c.args[0] === id),
      onSelect: (id) => {
        this.selectedCard = this.selectedCard === id ? null : id;
        this.render();
      },
      onPlay: (id, mode) => this.send(mode === 'ops' ? 'playOps' : 'playEvent', [id]),
      onAdopt: (id) => this.send('kzPolicy', [id]),
    });
  }

  private renderBar(s: SeatState, choices: readonly MoveChoice[], tools: readonly Tool[]): void {
    renderBar(this.dom.bar, {
      prompt: this.prompt(s, choices),
      message: this.message === null ? null : { text: this.messageText(this.message), refusal: this.message.refusal },
      active: this.myTurn(),
      G: s.G,
      choices,
      tools,
      tool: this.tool,
      nudge: this.nudge,
      investOptions: this.investOptions,
      canUndo: this.undoSteps > 0 && this.undoTurn === turnKey(s),
      onTool: (t, n) => {
        this.tool = t;
        if (n !== undefined) this.nudge = n;
        this.investOptions = [];
        this.render();
      },
      onChoose: (c) => this.send(c.move, c.args),
      onUndo: () => this.undo(),
    });
  }

  private prompt(s: SeatState, choices: readonly MoveChoice[]): string {
    if (!this.myTurn()) return this.heading(s);
    const p = s.G.pending;
    if (roleOfSeat(this.viewSeat) === 'kazakhstan') return t(s.G.nudged ? 'prompt.kzPolicy' : 'prompt.kzNudge');
    if (p === null) return t('prompt.chooseCard');
    const ringed = targetTiles(choices, this.tool, this.nudge).size;
    const what = this.tool === 'invest' ? 'invest' : this.tool === 'pressure' ? 'pressure' : 'influence';
    return `${t(`prompt.${what}`, { n: p.opsLeft })}${ringed === 0 ? t('prompt.none') : ''}`;
  }

  onTile(tile: TileId): void {
    const s = this.match.state(this.viewSeat);
    if (s === null || !this.myTurn()) {
      this.refuse({
        code: this.hotseat && this.confirmed !== this.match.activeSeat() ? 'waitHandoff' : 'notYourTurn',
        params: {},
      });
      return;
    }
    const choices = legalChoices(s.G, s.ctx, this.viewSeat);
    const out = tileClick(s.G, s.ctx, this.viewSeat, choices, this.tool, tile, this.nudge);
    if (out.kind === 'refuse') this.refuse(out.reason);
    else if (out.kind === 'move') this.send(out.choice.move, out.choice.args);
    else {
      this.investOptions = out.options;
      this.message = { key: 'prompt.chooseBuild', refusal: false };
      this.render();
    }
  }

  /** A refusal from elsewhere (the server), shown like the table's own. */
  showRefusal(reason: string): void {
    this.refuse({ code: 'remote', params: {}, text: reason.replace(/\.$/, '') });
  }

  private messageText(m: NonNullable<TableController['message']>): string {
    return m.refusal ? t('prompt.notAllowed', { reason: refusalSentence(m.reason) }) : t(m.key);
  }

  private refuse(reason: UiRefusal): void {
    this.message = { reason, refusal: true };
    this.announce(this.messageText(this.message));
    this.render();
  }

  private send(move: MoveName, args: readonly unknown[]): void {
    const s = this.match.state(this.viewSeat);
    if (s === null) return;
    const why: UiRefusal | null = this.myTurn()
      ? checkMove(s.G, s.ctx, this.viewSeat, move, args)
      : { code: 'notYourTurn', params: {} };
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
    this.undoSteps = UNDOABLE_MOVES.has(move) && !first ? this.undoSteps + 1 : 0;
    this.match.act(this.viewSeat, move, args);
  }

  private undo(): void {
    const s = this.match.state(this.viewSeat);
    if (s === null || this.undoSteps === 0 || this.undoTurn !== turnKey(s)) return;
    this.undoSteps -= 1;
    this.message = { key: 'prompt.undone', refusal: false };
    this.match.undo(this.viewSeat);
  }

  private announce(text: string): void {
    this.dom.live.textContent = text;
  }

  private showHandoff(seat: string): void {
    if (this.overlayFor === seat) return;
    this.overlayFor = seat;
    const name = roleName(roleOfSeat(seat) ?? 'russia');
    const sheet = handoffSheet(name, t('handoff.next', { name }), () => {
      this.confirmed = seat;
      this.viewSeat = seat;
      this.overlayFor = null;
      this.message = null;
      this.tool = 'influence';
      sheet.remove();
      this.announce(t('heading.toPlay', { name }));
      this.render();
    });
    this.dom.overlay.replaceChildren(sheet);
  }

  private showGameOver(s: SeatState): void {
    this.overShown = true;
    this.bots.stop();
    const { title, detail } = resultText(s.G.result, s.G.rope);
    this.announce(`${title}. ${detail}`);
    this.overlayFor = null;
    const lenses = lensSentence(lensSplit(logEntries(s.G)));
    // The last round's snapshot is taken before final scoring; the chart ends on the result.
    const last = s.G.history[s.G.history.length - 1];
    const final = {
      round: s.G.round,
      year: FINAL_YEAR,
      rope: s.G.rope,
      values: { ...s.G.values },
      control: last?.control ?? { russia: 0, china: 0 },
    };
    const history =
      last !== undefined && last.rope === final.rope && last.year === FINAL_YEAR
        ? s.G.history
        : [...s.G.history, final];
    const extra = this.extras.gameOver?.();
    const toMenu =
      extra?.onMenu ?? ((): void => window.location.assign(window.location.pathname + window.location.search));
    const over = gameOverSheet(
      title,
      detail,
      lenses,
      history,
      toMenu,
      () => this.openDebrief(over, title, detail, toMenu),
      extra?.actions ?? [],
    );
    this.dom.overlay.replaceChildren(over);
  }

  /** The match's debrief, in its own chunk (uPlot comes with it); Back returns to the game-over sheet. */
  private openDebrief(over: HTMLElement, title: string, detail: string, toMenu: () => void): void {
    const s = this.match.state(this.viewSeat);
    if (s === null) return;
    this.announce(CLASSROOM_TEXT.loadingDebrief);
    void Promise.all([import('../ui/debrief'), import('../debrief/model')]).then(
      ([{ debriefSheet }, { matchDebrief }]) => {
        const label = `${this.options.mode} ${this.options.scenario}${this.options.seed === undefined ? '' : ` ${this.options.seed}`}`;
        const d = matchDebrief({
          id: this.options.seed ?? `local-${Date.now().toString(36)}`,
          label,
          G: s.G,
          ctx: s.ctx,
        });
        const sheet = debriefSheet(d, title, detail, {
          onBack: () => {
            this.dom.overlay.replaceChildren(over);
            over.querySelector<HTMLElement>('[data-testid="open-debrief"]')?.focus();
          },
          onMenu: toMenu,
        });
        this.dom.overlay.replaceChildren(sheet);
      },
    );
  }
}

/** The board's words in the current language. */
function boardText(G: GameState): BoardText {
  const news = newsLine(G.news);
  const lean =
    G.rope === 0
      ? t('hud.even')
      : t('hud.lean', { capital: t(G.rope < 0 ? 'capital.moscow' : 'capital.beijing'), n: Math.abs(G.rope) });
  return {
    round: t('hud.round', { round: Math.min(G.round, G.rounds), rounds: G.rounds, year: G.year }),
    news: news === null ? '' : t('hud.news', { title: news }),
    moscow: t('hud.moscow'),
    beijing: t('hud.beijing'),
    lean,
    values: Object.fromEntries(VALUES.map((v) => [v, t(`valueShort.${v}`)])) as Record<ValueId, string>,
    map: {
      country: Object.fromEntries(COUNTRIES.map((c) => [c, countryName(c)])) as Record<CountryId, string>,
      russia: t('map.russia'),
      china: t('map.china'),
      caspian: t('map.caspian'),
      sea: t('map.sea'),
    },
  };
}

export function startTable(app: HTMLElement, options: MatchOptions): void {
  mountTable(app, new Match(options), options);
}

/** Builds the table for a match (local or online), starts it and loads the board. */
export function mountTable(
  app: HTMLElement,
  match: TableMatch,
  options: MatchOptions,
  extras: TableExtras = {},
): { dom: TableDom; table: TableController } {
  const dom = buildTable(app);
  const table = new TableController(dom, match, options, extras);
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
  return { dom, table };
}
