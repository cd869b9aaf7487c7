// Every English string of the classroom screens (the debrief, the teacher's guide, the
// injected-event lines of the log), in one plain object, so they can move to the
// translation files in one step. The guide's text is also docs/TEACHERS.md; a test
// keeps the two saying the same. (The first screen's "Teacher’s guide" button is in
// index.html with the rest of the first screen's words.)
import { t } from '../i18n/index';

const pct = (x: number): string => `${Math.round(100 * x)}%`;

export const CLASSROOM_TEXT = {
  // These three show on the game table and are already in the locales (i18next).
  injectedCause: (title: string): string => t('classroom.injectedCause', { title }),
  injectedNews: (title: string): string => t('classroom.injectedNews', { title }),

  // The game-over sheet and the debrief screen
  get openDebrief(): string {
    return t('classroom.openDebrief');
  },
  loadingDebrief: 'Opening the debrief…',
  debriefTitle: 'Debrief',
  debriefSubtitle: (scenario: string, rounds: number): string => `${scenario} · ${rounds} round${rounds === 1 ? '' : 's'} played`,
  back: 'Back',
  firstScreen: 'Back to the first screen',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  downloaded: (name: string): string => `Saved ${name}.`,
  ropeHeading: 'The rope over the game',
  ropeNote: 'Below 0 the rope leans to Moscow, above 0 to Beijing; ±20 wins at once.',
  valuesHeading: 'Kazakhstan’s values over the game',
  valuesNote: 'Each value from 0 to 10. The values decide what each power’s strength is worth in Kazakhstan.',
  lensHeading: 'Material or ideational: how each side pulled',
  lensNote: 'Steps the rope moved toward each capital, by the lens of what moved it.',
  eventsHeading: 'Events that fired',
  eventsEmpty: 'No world event has resolved yet.',
  promptsHeading: 'Questions to discuss',
  essayHeading: 'The essay’s question',
  realist: 'Realist reading',
  constructivist: 'Constructivist reading',
  chartsFailed: 'The charts could not be drawn here; the numbers are in the CSV.',
  axisYear: 'Year',
  axisRope: 'Rope',
  axisValue: 'Value',
  axisSteps: 'Rope steps',
  /** A rope axis tick: M for Moscow's side, B for Beijing's. */
  ropeTick: (v: number): string => (v === 0 ? '0' : v < 0 ? `M ${-v}` : `B ${v}`),
  guideKicker: '2013 – 2031',
  /** Words for a screen reader in place of a chart. */
  ropeSummary: (points: readonly (readonly [string, number])[]): string => `The rope by round: ${points.map(([y, r]) => `${y} ${r === 0 ? 'even' : r < 0 ? `Moscow ${-r}` : `Beijing ${r}`}`).join('; ')}.`,
  valuesSummary: (points: readonly (readonly [string, Readonly<Record<'reform' | 'identity' | 'warinessRussia' | 'warinessChina', number>>])[]): string =>
    `Kazakhstan's values by round: ${points.map(([y, v]) => `${y}: Reform ${v.reform}, Identity ${v.identity}, Wariness of Russia ${v.warinessRussia}, Wariness of China ${v.warinessChina}`).join('; ')}.`,
  lensSummary: (russia: readonly [number, number], china: readonly [number, number]): string =>
    `Toward Moscow: ${russia[0]} material and ${russia[1]} ideational steps. Toward Beijing: ${china[0]} material and ${china[1]} ideational steps.`,
  seriesRope: 'Rope (Moscow −20 … Beijing +20)',
  seriesValue: {
    reform: 'Reform',
    identity: 'Identity',
    warinessRussia: 'Wariness of Russia',
    warinessChina: 'Wariness of China',
  },
  seriesMaterial: 'Material (realist)',
  seriesIdeational: 'Ideational (constructivist)',
  sideMoscow: 'Toward Moscow',
  sideBeijing: 'Toward Beijing',
  yearStart: 'Start',
  yearFinal: 'Final',
  lensRow: (side: string, material: number, ideational: number): string => {
    const total = material + ideational;
    if (total === 0) return `${side}: no steps.`;
    return `${side}: ${total} step${total === 1 ? '' : 's'}, ${pct(material / total)} material, ${pct(ideational / total)} ideational.`;
  },
  influenceRow: (power: string, material: number, ideational: number): string =>
    `${power} gained ${material + ideational} influence on the board: ${material} material, ${ideational} ideational.`,
  byCauseHeading: 'By what moved the rope (steps)',
  byCauseColumns: ['Means', 'Moscow, material', 'Moscow, ideational', 'Beijing, material', 'Beijing, ideational'],
  causeName: {
    setup: 'The opening position',
    card: 'Card events',
    event: 'World events',
    action: 'Actions (influence, investment, soft power, pressure)',
    policy: 'Kazakhstan’s policies',
    project: 'Project income',
    scoring: 'Round scoring',
    hedge: 'Kazakhstan’s hedge',
    nudge: 'Kazakhstan’s nudge',
    final: 'Final scoring',
  },
  eventMeta: (round: number, gameYear: number): string => `Round ${round} · ${gameYear}`,
  eventFact: (year: number, source: string): string => `${year} · source: ${source}`,
  tagInjected: 'Injected by the teacher',
  tagSpeculative: 'Speculative: a possible future, not a fact',
  tagCard: 'Card',
  tagNews: 'World event',
  matchRunning: 'The match is still being played: the last round shows the latest numbers.',

  // The class debrief, from saved debrief files
  classTitle: (n: number): string => `Class debrief: ${n} match${n === 1 ? '' : 'es'}`,
  classKicker: 'All the class’s matches together',
  classFilesHeading: 'Put the class’s debriefs together',
  classFilesNote:
    'Until the live dashboard exists, each pair saves its debrief with “Download JSON”. Choose all the files here to see the class’s matches side by side and export them as one CSV or JSON.',
  classFilesLabel: 'Debrief files (.json)',
  classFileRefused: (name: string, reason: string): string => `${name}: not used, ${reason}.`,
  classNoMatches: 'None of the chosen files holds a match.',
  classValuesHeading: 'Kazakhstan’s values over time, across all matches',
  classValuesNote: 'The mean of each value at the end of each round, over the matches that reached it.',
  classRopeHeading: 'The rope over time, across all matches',
  classLensHeading: 'Material or ideational: the whole class',
  classWinsHeading: 'Who won',
  classSpreadHeading: 'Where Kazakhstan’s values ended',
  classSpreadNote: 'Across the matches: the lowest, the mean, the highest, and the standard deviation. A large spread means the swing actor swung.',
  classMatchesHeading: 'The matches',
  classEventsHeading: 'Events that fired, and in how many matches',
  classSpreadColumns: ['Value', 'Lowest', 'Mean', 'Highest', 'Std. dev.'],
  classMatchColumns: ['Match', 'Result', 'Final rope', 'Material share of the pull'],
  winLine: (name: string, wins: number, rate: number): string => `${name}: ${wins} (${pct(rate)})`,
  stillPlaying: (n: number): string => `${n} still being played`,
  shareLine: (side: string, share: number | null): string => (share === null ? `${side}: no pull.` : `${side}: on average ${pct(share)} of its pull was material, ${pct(1 - share)} ideational.`),
  draw: 'Draw',
  running: 'Still being played',
  ropeValue: (rope: number): string => (rope === 0 ? '0' : rope < 0 ? `Moscow ${-rope}` : `Beijing ${rope}`),
  sharePair: (russia: number | null, china: number | null): string => `Moscow ${russia === null ? '–' : pct(russia)} · Beijing ${china === null ? '–' : pct(china)}`,
  eventCount: (title: string, n: number): string => `${title}: ${n}`,
  axisRound: 'Round',
  axisMeanValue: 'Mean value',
  seriesMeanRope: 'Mean rope (Moscow −20 … Beijing +20)',
  roundLabel: (round: number, matches: number): string => `Round ${round} (${matches} match${matches === 1 ? '' : 'es'})`,

  // The teacher's guide
  guideTitle: 'Teacher’s guide',
  guideIntro:
    'New Great Game is a board game about Kazakhstan between Russia and China from 2013 to 2031. Two students play the powers (a third may play Kazakhstan); they pull a rope between Moscow and Beijing while Kazakhstan’s values decide what their power is worth. Every change is tagged material or ideational, so after the game the class can argue the essay’s question with its own games as evidence.',
  guideQuestion: 'What are the geopolitical implications of the burgeoning partnership between Kazakhstan and China?',
  guideClose: 'Close the guide',
  guideSections: {
    goals: 'Learning goals',
    lesson45: 'A 45-minute lesson',
    lesson90: 'A 90-minute lesson',
    session: 'How a classroom session runs',
    readings: 'The two readings, in plain words',
    questions: 'Discussion questions',
  },
  goals: [
    'Describe Kazakhstan’s position between Russia and China: its Soviet past, its membership of the CSTO and the Eurasian Economic Union, and its newer partnership with China through the Belt and Road Initiative.',
    'Explain the realist reading of international relations (material power and security decide) and the constructivist reading (values, identity and relations shape what power can do).',
    'Use evidence from a game (the rope, the values, the lens split, the events) to argue for or against either reading.',
    'Tell a historical fact from a speculative scenario: every event card shows its year and source, and events after today are marked as possible futures.',
    'See a smaller country as an actor with its own choices, not only as a prize.',
  ],
  lesson45: [
    ['0-5', 'The question on the board. Show the map: Astana, Khorgos, Petropavl. Name the two readings in one sentence each.'],
    ['5-10', 'How to play, shown once on the projector: the rope, the four values, a card played for its event or for operations.'],
    ['10-35', 'Pairs play the classroom quick game, one as Russia and one as China (hotseat on one device, or each against the computer).'],
    ['35-43', 'Each pair opens the Debrief: the rope and values chart, the lens split, the events that fired. Pairs answer one reflection prompt in writing.'],
    ['43-45', 'Show of hands: whose rope moved more through material means? Through ideational ones? The essay’s question as homework.'],
  ],
  lesson90: [
    ['0-10', 'The question, the map and the history: the end of the Soviet Union, the CSTO and the EEU, the Belt and Road announced in Astana in 2013.'],
    ['10-20', 'The two readings in plain words, with one example each from the game’s events (the Latin alphabet decree; the January 2022 CSTO deployment).'],
    ['20-25', 'How to play, on the projector.'],
    ['25-50', 'First game in pairs (classroom quick game), Russia against China.'],
    ['50-60', 'Debrief per pair: chart, lens split, events, prompts. Each pair notes its lens split.'],
    ['60-75', 'Second game, roles swapped, or in threes with a student playing Kazakhstan (Kazakhstan wins by keeping the rope near the middle with Reform and Identity high).'],
    ['75-90', 'Class discussion with the discussion questions below; collect the exported CSV files to compare the class’s games.'],
  ],
  sessionIntro: 'The game is being built toward a full classroom mode. What works today, and what does not yet:',
  session: [
    ['Create a session', 'The teacher chooses the scenario, two- or three-player matches, computer players for odd numbers, a turn time limit and the language, and gets a short join code, a join link, a QR code to project and a private teacher link. No accounts, no personal data.', 'Not yet. Today each device starts its own game from the first screen.'],
    ['Students join', 'Students enter the code and a nickname (one is offered), wait in a room, and are paired into matches that start together.', 'Not yet. Today students pair up on one device (hotseat) or play the computer.'],
    ['Dashboard', 'Every match at a glance (round, rope, Kazakhstan’s values, whose turn, who is idle), updating live; any match can be watched; a projector view.', 'Not yet.'],
    ['Pause', 'Pause and resume all matches or one.', 'Not yet.'],
    ['Inject an event', 'The teacher sends a world event (for example the invasion of Ukraine) into all or chosen matches. It resolves at the start of each match’s next round, before that round’s scheduled news, and the log says it was injected by the teacher.', 'The rules for it are ready; the teacher’s button comes with the dashboard.'],
    ['Debrief', 'Per match: the rope and Kazakhstan’s values over time, the events that fired, the lens split, reflection prompts. For the class: win rates, lens shares, value spreads. Export as CSV and JSON.', 'Per match: yes, from the game-over sheet (Debrief), with CSV and JSON downloads. For the class: yes, from the files pairs save (see below); live, with the dashboard.'],
  ],
  sessionColumns: ['Step', 'What it will be', 'Available now?'],
  lessonColumns: ['Minutes', 'What happens'],
  realism: {
    title: 'Realism',
    text: 'Countries look after themselves. What counts is material power: money, armies, bases, pipelines, trade. A big country gets its way because it is strong, and a small country bends to whoever is stronger or balances one giant against the other to stay safe. In the game: investing in projects, pressure, Kazakhstan’s hedge, and the points for control are material.',
  },
  constructivism: {
    title: 'Constructivism',
    text: 'What power is worth depends on relationships, values and identity, and these are made by what countries do and say to each other. The same investment can feel like partnership or like a threat, depending on trust. In the game: soft power, Kazakhstan’s values (the Latin alphabet raises Identity; pressure raises Wariness), and what those values add to or take from a power’s score are ideational.',
  },
  questions: [
    'In your game, did the rope move more through material or through ideational means? Does that support the realist or the constructivist reading?',
    'Which event changed your game most? Was its effect material, ideational, or both?',
    'When one power pulled far ahead, Kazakhstan hedged toward the other. Is that a realist reflex (balancing) or a choice shaped by values?',
    'Why does a Latin alphabet matter to Russia? Why would Kazakhstan change its alphabet at all?',
    'High Wariness made a power’s influence cost more and its projects stop paying. Can a strong power lose because it is not trusted?',
    'Compare the class’s games: did Kazakhstan’s values end in the same place every time? What made them differ?',
    'Events after 2026 in the game are possible futures, not facts. Which of them do you find most likely, and why?',
    'The essay’s question: what are the geopolitical implications of the burgeoning partnership between Kazakhstan and China?',
  ],
} as const;
