// Every string of the classroom screens (the debrief, the class debrief, the teacher's
// guide, the injected-event lines of the log), read from the locales (the `debrief`,
// `classDebrief` and `guide` blocks; reflection prompts and event words are content,
// looked up by id). Getters, so a language switch is seen on the next draw. The
// guide's English is also docs/TEACHERS.md; a test keeps the two saying the same.
import { t, tc } from '../i18n/index';
import { ESSAY_PROMPT } from '../content/prompts';
import type { CauseType } from '../debrief/model';
import type { ReadProblem } from '../debrief/read';

const pct = (x: number): number => Math.round(100 * x);
const d = (key: string, vars?: Readonly<Record<string, string | number>>): string => t(`debrief.${key}`, vars);
const c = (key: string, vars?: Readonly<Record<string, string | number>>): string => t(`classDebrief.${key}`, vars);
const g = (key: string): string => t(`guide.${key}`);
/** Numbered entries of a guide list (g1, g2, …), in order, as many as English has. */
function list(block: string, prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => g(`${block}.${prefix}${i + 1}`));
}
type Values = Readonly<Record<'reform' | 'identity' | 'warinessRussia' | 'warinessChina', number>>;

const LESSON45_TIMES = ['0-5', '5-10', '10-35', '35-43', '43-45'] as const;
const LESSON90_TIMES = ['0-10', '10-20', '20-25', '25-50', '50-60', '60-75', '75-90'] as const;
const SESSION_STEPS = ['create', 'join', 'pair', 'dashboard', 'pause', 'inject', 'time', 'debrief'] as const;
const CAUSES = ['setup', 'card', 'event', 'action', 'policy', 'project', 'scoring', 'hedge', 'nudge', 'final'] as const;

/** Content words by id, falling back to the English the caller holds. */
export const CONTENT_TEXT = {
  /** A fired event's title and dated fact: world events and cards have their own tables. */
  eventTitle: (type: 'card' | 'news', id: string, english: string): string =>
    tc(`${type === 'card' ? 'card' : 'event'}.${id}.title`, english),
  eventFact: (type: 'card' | 'news', id: string, english: string): string =>
    tc(`${type === 'card' ? 'card' : 'event'}.${id}.fact`, english),
  scenarioTitle: (id: string, english: string): string => tc(`scenarioTitle.${id}`, english),
  prompt: (event: string, part: 'realist' | 'constructivist' | 'question', english: string): string =>
    tc(`prompt.${event}.${part}`, english),
  essay: (part: 'question' | 'realist' | 'constructivist' | 'ask', english: string): string =>
    tc(`essay.${part}`, english),
};

export const CLASSROOM_TEXT = {
  // These show on the game table.
  injectedCause: (title: string): string => t('classroom.injectedCause', { title }),
  injectedNews: (title: string): string => t('classroom.injectedNews', { title }),

  // The game-over sheet and the debrief screen
  get openDebrief(): string {
    return t('classroom.openDebrief');
  },
  get loadingDebrief(): string {
    return d('loading');
  },
  debriefTitle: (result: string): string => d('title', { result }),
  debriefSubtitle: (scenario: string, rounds: number): string => d('subtitle', { scenario, n: rounds }),
  get back(): string {
    return d('back');
  },
  get firstScreen(): string {
    return d('firstScreen');
  },
  get downloadCsv(): string {
    return d('downloadCsv');
  },
  get downloadJson(): string {
    return d('downloadJson');
  },
  downloaded: (name: string): string => d('downloaded', { name }),
  get ropeHeading(): string {
    return d('ropeHeading');
  },
  get ropeNote(): string {
    return d('ropeNote');
  },
  get valuesHeading(): string {
    return d('valuesHeading');
  },
  get valuesNote(): string {
    return d('valuesNote');
  },
  get lensHeading(): string {
    return d('lensHeading');
  },
  get lensNote(): string {
    return d('lensNote');
  },
  get eventsHeading(): string {
    return d('eventsHeading');
  },
  get eventsEmpty(): string {
    return d('eventsEmpty');
  },
  get promptsHeading(): string {
    return d('promptsHeading');
  },
  get essayHeading(): string {
    return d('essayHeading');
  },
  get realist(): string {
    return d('realist');
  },
  get constructivist(): string {
    return d('constructivist');
  },
  get chartsFailed(): string {
    return d('chartsFailed');
  },
  get axisYear(): string {
    return d('axisYear');
  },
  get axisRope(): string {
    return d('axisRope');
  },
  get axisValue(): string {
    return d('axisValue');
  },
  get axisSteps(): string {
    return d('axisSteps');
  },
  /** A rope axis tick: M for Moscow's side, B for Beijing's. */
  ropeTick: (v: number): string => (v === 0 ? '0' : v < 0 ? d('tickMoscow', { n: -v }) : d('tickBeijing', { n: v })),
  get guideKicker(): string {
    return g('kicker');
  },
  /** Words for a screen reader in place of a chart. */
  ropeSummary: (points: readonly (readonly [string, number])[]): string =>
    d('ropeSummary', {
      list: points
        .map(([year, r]) =>
          r === 0
            ? d('ropeEven', { year })
            : r < 0
              ? d('ropeMoscow', { year, n: -r })
              : d('ropeBeijing', { year, n: r }),
        )
        .join('; '),
    }),
  valuesSummary: (points: readonly (readonly [string, Values])[]): string =>
    d('valuesSummary', { list: points.map(([year, v]) => d('valuesPoint', { year, ...v })).join('; ') }),
  lensSummary: (russia: readonly [number, number], china: readonly [number, number]): string =>
    d('lensSummary', { rm: russia[0], ri: russia[1], cm: china[0], ci: china[1] }),
  get seriesRope(): string {
    return d('seriesRope');
  },
  seriesValue: {
    get reform(): string {
      return t('value.reform');
    },
    get identity(): string {
      return t('value.identity');
    },
    get warinessRussia(): string {
      return t('value.warinessRussia');
    },
    get warinessChina(): string {
      return t('value.warinessChina');
    },
  },
  get seriesMaterial(): string {
    return d('seriesMaterial');
  },
  get seriesIdeational(): string {
    return d('seriesIdeational');
  },
  get sideMoscow(): string {
    return d('sideMoscow');
  },
  get sideBeijing(): string {
    return d('sideBeijing');
  },
  get yearStart(): string {
    return d('yearStart');
  },
  get yearFinal(): string {
    return d('yearFinal');
  },
  lensRow: (side: string, material: number, ideational: number): string => {
    const total = material + ideational;
    if (total === 0) return d('lensNone', { side });
    const m = pct(material / total);
    return d('lensRow', { side, total, material: m, ideational: 100 - m });
  },
  influenceRow: (power: string, material: number, ideational: number): string =>
    d('influenceRow', { power, total: material + ideational, material, ideational }),
  get byCauseHeading(): string {
    return d('byCauseHeading');
  },
  get byCauseColumns(): string[] {
    return ['colMeans', 'colMoscowMaterial', 'colMoscowIdeational', 'colBeijingMaterial', 'colBeijingIdeational'].map(
      (k) => d(k),
    );
  },
  causes: CAUSES satisfies readonly CauseType[],
  causeName: (cause: CauseType): string => d(`cause.${cause}`),
  eventMeta: (round: number, gameYear: number): string => d('eventMeta', { round, year: gameYear }),
  eventFact: (year: number, source: string): string => d('eventFact', { year, source }),
  get tagInjected(): string {
    return d('tagInjected');
  },
  get tagSpeculative(): string {
    return d('tagSpeculative');
  },
  get tagCard(): string {
    return d('tagCard');
  },
  get tagNews(): string {
    return d('tagNews');
  },
  get matchRunning(): string {
    return d('matchRunning');
  },

  // The class debrief
  classTitle: (n: number): string => c('title', { n }),
  get classKicker(): string {
    return c('kicker');
  },
  get classFilesHeading(): string {
    return c('filesHeading');
  },
  get classFilesNote(): string {
    return c('filesNote');
  },
  get classFilesLabel(): string {
    return c('filesLabel');
  },
  /** A refused debrief file; `maxBytes` is the reader's limit (the reader loads on use). */
  classFileRefused: (name: string, problem: ReadProblem, maxBytes: number): string =>
    c('fileRefused', {
      name,
      reason:
        problem.code === 'damaged'
          ? c('fileDamaged', { where: problem.where === '' ? '–' : problem.where })
          : problem.code === 'tooLarge'
            ? c('fileTooLarge', { mb: maxBytes / 1_000_000 })
            : c(problem.code === 'notJson' ? 'fileNotJson' : 'fileNotDebrief'),
    }),
  get classNoMatches(): string {
    return c('noMatches');
  },
  get classValuesHeading(): string {
    return c('valuesHeading');
  },
  get classValuesNote(): string {
    return c('valuesNote');
  },
  get classRopeHeading(): string {
    return c('ropeHeading');
  },
  get classLensHeading(): string {
    return c('lensHeading');
  },
  get classWinsHeading(): string {
    return c('winsHeading');
  },
  get classSpreadHeading(): string {
    return c('spreadHeading');
  },
  get classSpreadNote(): string {
    return c('spreadNote');
  },
  get classMatchesHeading(): string {
    return c('matchesHeading');
  },
  get classEventsHeading(): string {
    return c('eventsHeading');
  },
  get classSpreadColumns(): string[] {
    return ['colValue', 'colLowest', 'colMean', 'colHighest', 'colSd'].map((k) => c(k));
  },
  get classMatchColumns(): string[] {
    return ['colMatch', 'colResult', 'colRope', 'colShare'].map((k) => c(k));
  },
  winLine: (name: string, wins: number, rate: number): string => c('winLine', { name, wins, rate: pct(rate) }),
  stillPlaying: (n: number): string => c('stillPlaying', { n }),
  endedCount: (n: number): string => c('endedCount', { n }),
  get endedMatch(): string {
    return c('endedMatch');
  },
  shareLine: (side: string, share: number | null): string =>
    share === null
      ? c('noPull', { side })
      : c('shareLine', { side, material: pct(share), ideational: 100 - pct(share) }),
  get draw(): string {
    return c('draw');
  },
  get running(): string {
    return c('running');
  },
  ropeValue: (rope: number): string =>
    rope === 0 ? '0' : rope < 0 ? c('ropeMoscow', { n: -rope }) : c('ropeBeijing', { n: rope }),
  sharePair: (russia: number | null, china: number | null): string =>
    c('sharePair', {
      russia: russia === null ? '–' : `${pct(russia)}%`,
      china: china === null ? '–' : `${pct(china)}%`,
    }),
  eventCount: (title: string, n: number): string => c('eventCount', { title, n }),
  get axisRound(): string {
    return c('axisRound');
  },
  get axisMeanValue(): string {
    return c('axisMeanValue');
  },
  get seriesMeanRope(): string {
    return c('seriesMeanRope');
  },
  roundLabel: (round: number, matches: number): string => c('roundLabel', { round, matches }),

  // The teacher's guide
  get guideTitle(): string {
    return g('title');
  },
  get guideIntro(): string {
    return g('intro');
  },
  get guideQuestion(): string {
    return tc('essay.question', ESSAY_PROMPT.question);
  },
  get guideClose(): string {
    return g('close');
  },
  guideSections: {
    get goals(): string {
      return g('sections.goals');
    },
    get lesson45(): string {
      return g('sections.lesson45');
    },
    get lesson90(): string {
      return g('sections.lesson90');
    },
    get session(): string {
      return g('sections.session');
    },
    get readings(): string {
      return g('sections.readings');
    },
    get questions(): string {
      return g('sections.questions');
    },
  },
  get goals(): string[] {
    return list('goals', 'g', 5);
  },
  get lesson45(): (readonly [string, string])[] {
    return LESSON45_TIMES.map((m, i) => [m, g(`lesson45.r${i + 1}`)] as const);
  },
  get lesson90(): (readonly [string, string])[] {
    return LESSON90_TIMES.map((m, i) => [m, g(`lesson90.r${i + 1}`)] as const);
  },
  get sessionIntro(): string {
    return g('sessionIntro');
  },
  get session(): (readonly [string, string])[] {
    return SESSION_STEPS.map((s) => [g(`session.${s}.step`), g(`session.${s}.text`)] as const);
  },
  get sessionColumns(): string[] {
    return [g('colStep'), g('colWhat')];
  },
  get lessonColumns(): string[] {
    return [g('colMinutes'), g('colWhat')];
  },
  realism: {
    get title(): string {
      return g('realismTitle');
    },
    get text(): string {
      return g('realism');
    },
  },
  constructivism: {
    get title(): string {
      return g('constructivismTitle');
    },
    get text(): string {
      return g('constructivism');
    },
  },
  get questions(): string[] {
    return list('questions', 'q', 8);
  },
};
