// The debrief's charts, drawn with uPlot (canvas, with an HTML legend). This module is
// loaded only when a debrief opens, so uPlot never weighs on the game's first load.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { VALUES, type Power, type ValueId } from '../content/ids';
import type { ClassDebrief, LensSums, MatchDebrief } from '../debrief/model';
import { CLASSROOM_TEXT as T } from './classroomText';
import { REALIST_TEXT as R } from './realistText';

const INK = '#231d18';
const GRID = '#e2d4b4';
// Chinese falls through to Noto Sans SC, as on the rest of the page.
const AXIS_FONT = '13px "Noto Sans", "Noto Sans SC", sans-serif';
const VALUE_COLOR: Record<ValueId, string> = {
  reform: '#00838c',
  identity: '#b07f00',
  warinessRussia: '#2f4b9a',
  warinessChina: '#c62828',
};
const VALUE_DASH: Record<ValueId, number[]> = {
  reform: [],
  identity: [8, 4],
  warinessRussia: [],
  warinessChina: [2, 3],
};
/** The realist world's rope: dashed, in a colour apart from the values' and the lenses'. */
const REALIST_COLOR = '#6a4c93';
const LENS_COLOR = { material: '#a0651f', ideational: '#00838c' } as const;

export interface ChartBoxes {
  readonly rope: HTMLElement;
  readonly values: HTMLElement;
  readonly lens: HTMLElement;
}

/** The x axis of the line charts: the start, each round, and the final scoring when over. */
function timeline(d: MatchDebrief): {
  xs: number[];
  labels: Map<number, string>;
  rope: (number | null)[];
  realist: (number | null)[] | null;
  values: Record<ValueId, (number | null)[]>;
} {
  const points: { x: number; label: string; rope: number; values: Readonly<Partial<Record<ValueId, number>>> }[] = [
    { x: 0, label: T.yearStart, rope: d.start.rope, values: d.start.values },
  ];
  for (const r of d.rounds) points.push({ x: r.round, label: String(r.year), rope: r.rope, values: r.values });
  // After the final scoring the rope has moved once more; a win on the rope ends on its round.
  if (d.finished && d.result?.reason !== 'rope')
    points.push({ x: d.rounds.length + 1, label: T.yearFinal, rope: d.final.rope, values: d.final.values });
  // The realist game may end on another round: the x axis covers both games.
  const r = typeof d.realist === 'object' ? d.realist : null;
  const realistAt = new Map<number, number>([[0, d.start.rope]]);
  if (r !== null) {
    for (const p of r.rounds) realistAt.set(p.round, p.rope);
    if (r.reason === 'rope') realistAt.set(r.endRound, r.final);
    else realistAt.set(r.rounds.length + 1, r.final);
    for (const p of r.rounds)
      if (!points.some((q) => q.x === p.round))
        points.push({ x: p.round, label: String(p.year), rope: NaN, values: {} });
    if (r.reason !== 'rope' && !points.some((q) => q.x === r.rounds.length + 1))
      points.push({ x: r.rounds.length + 1, label: T.yearFinal, rope: NaN, values: {} });
    points.sort((a, b) => a.x - b.x);
  }
  const num = (x: number | undefined): number | null => (x === undefined || Number.isNaN(x) ? null : x);
  const values = Object.fromEntries(VALUES.map((v) => [v, points.map((p) => num(p.values[v]))])) as Record<
    ValueId,
    (number | null)[]
  >;
  return {
    xs: points.map((p) => p.x),
    labels: new Map(points.map((p) => [p.x, p.label])),
    rope: points.map((p) => num(p.rope)),
    realist: r === null ? null : points.map((p) => num(realistAt.get(p.x))),
    values,
  };
}

function axis(extra: uPlot.Axis = {}): uPlot.Axis {
  return {
    stroke: INK,
    font: AXIS_FONT,
    labelFont: `600 ${AXIS_FONT}`,
    grid: { stroke: GRID, width: 1 },
    ticks: { stroke: GRID, width: 1 },
    ...extra,
  };
}

/**
 * A canvas draws with the faces already loaded, and the font subsets load only for the
 * letters the page has shown; the axis words and ticks may be new (a Chinese axis
 * title), so their glyphs are fetched before the first draw (briefly: never blocking).
 */
async function canvasFonts(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const sample = [
    T.axisYear,
    T.axisRope,
    T.axisValue,
    T.axisSteps,
    T.axisRound,
    T.axisMeanValue,
    T.yearStart,
    T.yearFinal,
    T.sideMoscow,
    T.sideBeijing,
    ...[-20, -10, 10, 20].map(T.ropeTick),
  ].join(' ');
  const load = Promise.all([document.fonts.load(AXIS_FONT, sample), document.fonts.load(`600 ${AXIS_FONT}`, sample)]);
  await Promise.race([load, new Promise((ok) => setTimeout(ok, 2500))]).catch(() => undefined);
}

/** Creates the chart once its box has a width, and keeps it the box's width after. */
function mount(
  box: HTMLElement,
  height: number,
  make: (width: number) => uPlot.Options,
  data: uPlot.AlignedData,
): void {
  let chart: uPlot | null = null;
  const fit = (): void => {
    const width = Math.floor(box.clientWidth);
    if (width <= 0) return;
    if (chart === null) chart = new uPlot(make(width), data, box);
    else if (Math.abs(chart.width - width) > 1) chart.setSize({ width, height });
  };
  new ResizeObserver(fit).observe(box);
  fit();
}

export async function drawDebriefCharts(d: MatchDebrief, boxes: ChartBoxes): Promise<void> {
  await canvasFonts();
  const t = timeline(d);
  // On a narrow chart every other label is left out (the first and last always shown).
  const xLabel = (u: uPlot, splits: number[]): string[] => {
    const crowded = u.bbox.width / (window.devicePixelRatio || 1) / Math.max(1, splits.length) < 46;
    return splits.map((x, i) => (crowded && i % 2 === 1 && i !== splits.length - 1 ? '' : (t.labels.get(x) ?? '')));
  };
  const xAxis = axis({ label: T.axisYear, values: xLabel, splits: () => t.xs, grid: { show: false } });
  const xScale: uPlot.Scale = { time: false, range: [t.xs[0] ?? 0, t.xs[t.xs.length - 1] ?? 1] };
  const cursor: uPlot.Cursor = { drag: { x: false, y: false }, points: { size: 7 } };
  // The first series is the x axis: its value in the legend is the year's label.
  const yearSeries: uPlot.Series = { label: T.axisYear, value: (_u, x) => (x === null ? '' : (t.labels.get(x) ?? '')) };

  mount(
    boxes.rope,
    220,
    (width) => ({
      width,
      height: 220,
      cursor,
      legend: { live: false },
      padding: [12, 18, 0, 0],
      scales: { x: xScale, y: { range: [-20, 20] } },
      axes: [
        xAxis,
        axis({
          label: T.axisRope,
          splits: () => [-20, -10, 0, 10, 20],
          values: (_u, s) => s.map(T.ropeTick),
          size: 56,
        }),
      ],
      series: [
        yearSeries,
        {
          label: T.seriesRope,
          stroke: INK,
          width: 3,
          points: { show: true, size: 6, fill: '#fbf6ea' },
          fill: 'rgba(35, 29, 24, 0.06)',
        },
        ...(t.realist === null
          ? []
          : [
              {
                label: R.series,
                stroke: REALIST_COLOR,
                width: 2.5,
                dash: [7, 5],
                points: { show: true, size: 5 },
              } satisfies uPlot.Series,
            ]),
      ],
    }),
    t.realist === null ? [t.xs, t.rope] : [t.xs, t.rope, t.realist],
  );

  mount(
    boxes.values,
    220,
    (width) => ({
      width,
      height: 220,
      cursor,
      legend: { live: false },
      padding: [12, 18, 0, 0],
      scales: { x: xScale, y: { range: [0, 10] } },
      axes: [xAxis, axis({ label: T.axisValue, splits: () => [0, 2, 4, 6, 8, 10], size: 44 })],
      series: [
        yearSeries,
        ...VALUES.map((v): uPlot.Series => ({
          label: T.seriesValue[v],
          stroke: VALUE_COLOR[v],
          width: 2.5,
          dash: VALUE_DASH[v],
          points: { show: true, size: 5 },
        })),
      ],
    }),
    [t.xs, ...VALUES.map((v) => t.values[v])],
  );

  lensChart(boxes.lens, { russia: d.lens.russia.rope, china: d.lens.china.rope });
}

/** The lens split: four bars, material and ideational toward each capital. */
function lensChart(box: HTMLElement, pull: Readonly<Record<Power, LensSums>>): void {
  const bars = uPlot.paths.bars?.({ size: [0.7, 90], radius: 0.1 });
  const lensLabels = new Map([
    [1, T.sideMoscow],
    [2, T.sideBeijing],
  ]);
  const m = (p: Power): number => pull[p].material;
  const i = (p: Power): number => pull[p].ideational;
  const top = Math.max(4, m('russia'), i('russia'), m('china'), i('china'));
  // Each capital has a material bar just left of its tick and an ideational one just right.
  const xs = [0.8, 1.2, 1.8, 2.2];
  mount(
    box,
    220,
    (width) => ({
      width,
      height: 220,
      cursor: { show: false },
      scales: { x: { time: false, range: [0.4, 2.6] }, y: { range: [0, Math.ceil(top * 1.15)] } },
      axes: [
        axis({ splits: () => [1, 2], values: (_u, s) => s.map((x) => lensLabels.get(x) ?? ''), grid: { show: false } }),
        axis({ label: T.axisSteps, size: 48 }),
      ],
      legend: { live: false },
      series: [
        {},
        {
          label: T.seriesMaterial,
          fill: LENS_COLOR.material,
          stroke: LENS_COLOR.material,
          ...(bars === undefined ? {} : { paths: bars }),
          points: { show: false },
        },
        {
          label: T.seriesIdeational,
          fill: LENS_COLOR.ideational,
          stroke: LENS_COLOR.ideational,
          ...(bars === undefined ? {} : { paths: bars }),
          points: { show: false },
        },
      ],
    }),
    [xs, [m('russia'), null, m('china'), null], [null, i('russia'), null, i('china')]],
  );
}

/** The class: Kazakhstan's mean values round by round across all matches, and the class's lens split. */
export async function drawClassCharts(
  c: ClassDebrief,
  boxes: { readonly values: HTMLElement; readonly rope: HTMLElement; readonly lens: HTMLElement },
): Promise<void> {
  await canvasFonts();
  const xs = c.byRound.map((r) => r.round);
  const labels = new Map(c.byRound.map((r) => [r.round, T.roundLabel(r.round, r.matches)]));
  const xAxis = axis({
    label: T.axisRound,
    values: (_u, splits) => splits.map((x) => (Number.isInteger(x) ? String(x) : '')),
    splits: () => xs,
    grid: { show: false },
  });
  const xScale: uPlot.Scale = { time: false, range: [Math.min(...xs, 1) - 0.2, Math.max(...xs, 1) + 0.2] };
  const xSeries: uPlot.Series = { label: T.axisRound, value: (_u, x) => (x === null ? '' : (labels.get(x) ?? '')) };
  mount(
    boxes.values,
    240,
    (width) => ({
      width,
      height: 240,
      legend: { live: false },
      padding: [12, 18, 0, 0],
      scales: { x: xScale, y: { range: [0, 10] } },
      axes: [xAxis, axis({ label: T.axisMeanValue, splits: () => [0, 2, 4, 6, 8, 10], size: 44 })],
      series: [
        xSeries,
        ...VALUES.map((v): uPlot.Series => ({
          label: T.seriesValue[v],
          stroke: VALUE_COLOR[v],
          width: 2.5,
          dash: VALUE_DASH[v],
          points: { show: true, size: 5 },
        })),
      ],
    }),
    [xs, ...VALUES.map((v) => c.byRound.map((r) => Math.round(r.values[v] * 100) / 100))],
  );
  mount(
    boxes.rope,
    220,
    (width) => ({
      width,
      height: 220,
      legend: { live: false },
      padding: [12, 18, 0, 0],
      scales: { x: xScale, y: { range: [-20, 20] } },
      axes: [
        xAxis,
        axis({
          label: T.axisRope,
          splits: () => [-20, -10, 0, 10, 20],
          values: (_u, s) => s.map(T.ropeTick),
          size: 56,
        }),
      ],
      series: [
        xSeries,
        {
          label: T.seriesMeanRope,
          stroke: INK,
          width: 3,
          points: { show: true, size: 6, fill: '#fbf6ea' },
          fill: 'rgba(35, 29, 24, 0.06)',
        },
      ],
    }),
    [xs, c.byRound.map((r) => Math.round(r.rope * 100) / 100)],
  );
  lensChart(boxes.lens, c.ropePull);
}
