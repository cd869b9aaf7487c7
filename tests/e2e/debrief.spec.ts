// The debrief after a game against the computer: reached from the game-over sheet,
// charts drawn by uPlot (canvas with a size, legends in words), the events and prompts
// listed, and the CSV download parsing with the documented columns.
import { readFile } from 'node:fs/promises';
import { CSV_COLUMNS } from '../../src/debrief/export';
import { csvObjects } from '../debrief/csv';
import { playedMatch, writeDebriefFiles } from './debriefFiles';
import { expect, test } from './fixtures';
import { playByClicking, status as tableStatus, waitForBoard } from './play';

// Animations off, as a person who asked the system for reduced motion would have them.
test.use({ reducedMotion: 'reduce' });

test('debrief: after a quick game against the computer, charts, events, prompts and a CSV that parses', async ({
  page,
  shot,
}) => {
  await page.goto('/?seed=debrief-1&botDelay=5');
  await page.selectOption('#opt-seat', '1');
  await page.getByRole('button', { name: 'Play the computer' }).click();
  await waitForBoard(page);
  await playByClicking(page);
  await page.getByTestId('gameover').waitFor();
  // A rope win can end the game before the fifth round; every round played opened with its news.
  const roundsPlayed = (await tableStatus(page)).round;
  await page.getByTestId('open-debrief').click();
  await page.getByTestId('debrief').waitFor();
  for (const id of ['chart-rope', 'chart-values', 'chart-lens']) {
    await page.waitForSelector(`[data-testid="${id}"] canvas`, { timeout: 10_000 });
    const box = await page.locator(`[data-testid="${id}"] canvas`).first().boundingBox();
    expect(
      box !== null && box.width > 200 && box.height > 100,
      `${id} is drawn on a canvas with a size (${JSON.stringify(box)})`,
    ).toBeTruthy();
  }
  const legends = (await page.locator('.u-legend').allTextContents()).join(' ');
  for (const word of [
    'Rope',
    'Reform',
    'Identity',
    'Wariness of Russia',
    'Wariness of China',
    'Material (realist)',
    'Ideational (constructivist)',
  ])
    expect(legends.includes(word), `the legends name ${word}`).toBeTruthy();
  const said = (await page.getByTestId('chart-values').getAttribute('aria-label')) ?? '';
  expect(
    said.startsWith("Kazakhstan's values by round: Start: Reform 3, Identity 4"),
    `the values chart has words for a screen reader: ${said.slice(0, 80)}`,
  ).toBeTruthy();
  const events = page.getByTestId('debrief-events').locator('li');
  const listed = await events.count();
  expect(
    roundsPlayed >= 1 && listed >= roundsPlayed,
    `the news of each of the ${roundsPlayed} rounds played is listed (${listed} events)`,
  ).toBeTruthy();
  const firstEvent = (await events.first().textContent()) ?? '';
  expect(
    /source:/.test(firstEvent) && /20\d\d/.test(firstEvent),
    `an event shows its year and source: ${firstEvent}`,
  ).toBeTruthy();
  const prompts = (await page.getByTestId('debrief-prompts').textContent()) ?? '';
  expect(
    prompts.includes('Realist reading') && prompts.includes('Constructivist reading'),
    'prompts set the two readings against each other',
  ).toBeTruthy();
  expect(
    prompts.includes('burgeoning partnership between Kazakhstan and China'),
    'the essay’s question closes the prompts',
  ).toBeTruthy();
  const lens = (await page.getByTestId('debrief-lens').textContent()) ?? '';
  expect(
    /Toward Moscow: /.test(lens) && /Toward Beijing: /.test(lens),
    'the lens split is stated in words',
  ).toBeTruthy();
  await page.locator('.db-bycause summary').click();
  const byCause = page.getByTestId('debrief-bycause');
  const total = (await byCause.locator('tbody td:not(:first-child)').allTextContents()).reduce(
    (n, x) => n + Number(x),
    0,
  );
  const steps = [...lens.matchAll(/rope steps (\d+),/g)].reduce((n, m) => n + Number(m[1]), 0);
  expect(
    total === steps && total > 0,
    `the table by means adds up to the steps stated (${total} and ${steps})`,
  ).toBeTruthy();
  await page.waitForTimeout(150);
  await shot('debrief-1280');
  await byCause.scrollIntoViewIfNeeded();
  await shot('debrief-1280-bycause');
  await page.getByTestId('debrief-prompts').scrollIntoViewIfNeeded();
  await shot('debrief-1280-prompts');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  expect(
    download.suggestedFilename().endsWith('.csv'),
    `a CSV file is offered: ${download.suggestedFilename()}`,
  ).toBeTruthy();
  const path = await download.path();
  const { header, rows } = csvObjects(await readFile(path, 'utf8'));
  expect(
    JSON.stringify(header) === JSON.stringify(CSV_COLUMNS),
    `the CSV has the documented columns: ${header.join(',')}`,
  ).toBeTruthy();
  expect(
    rows.length === roundsPlayed,
    `one row per round played (${rows.length} rows, ${roundsPlayed} rounds)`,
  ).toBeTruthy();
  const last = rows[rows.length - 1];
  expect(
    last?.finished === 'true' && ['russia', 'china', 'draw'].includes(last.winner ?? ''),
    `the last row has the result: ${JSON.stringify(last)}`,
  ).toBeTruthy();
  rows.forEach((r, i) => {
    expect(r.round === String(i + 1), `row ${i + 1} is round ${i + 1}`).toBeTruthy();
    const rope = Number(r.rope);
    expect(Number.isInteger(rope) && rope >= -20 && rope <= 20, `rope in range: ${r.rope}`).toBeTruthy();
    for (const v of ['reform', 'identity', 'wariness_russia', 'wariness_china']) {
      const x = Number(r[v]);
      expect(Number.isInteger(x) && x >= 0 && x <= 10, `${v} in range: ${r[v]}`).toBeTruthy();
    }
  });
  const status = (await page.locator('.db-status').textContent()) ?? '';
  expect(status.includes(download.suggestedFilename()), 'the page says which file it saved').toBeTruthy();

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  const doc = JSON.parse(await readFile(await json.path(), 'utf8')) as { format: string; matches: unknown[] };
  expect(doc.format === 'new-great-game-debrief' && doc.matches.length === 1, 'the JSON holds this match').toBeTruthy();

  // On a phone the same debrief stacks into one column, charts resized to the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  const phone = await page.locator('[data-testid="chart-values"] canvas').first().boundingBox();
  expect(
    phone !== null && phone.width > 250 && phone.width <= 390,
    `the chart fits the phone (${JSON.stringify(phone)})`,
  ).toBeTruthy();
  await shot('debrief-390');
  await page.getByTestId('chart-lens').scrollIntoViewIfNeeded();
  await shot('debrief-390-lens');
  await page.keyboard.press('Escape');
  await page.getByTestId('gameover').waitFor();
  expect(
    (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'open-debrief',
    'Escape goes back, focus on the Debrief button',
  ).toBeTruthy();
});

test('debrief: the class debrief from saved files, one of them refused, charts and a class CSV', async ({
  page,
  shot,
}) => {
  const a = playedMatch('pair-a', 'Pair A', 'class-a', { inject: 'e-invasion-of-ukraine', injectAt: 2 });
  const b = playedMatch('pair-b', 'Pair B', 'class-b', { smart: true });
  const c = playedMatch('pair-c', 'Pair C <b>', 'class-c', { players: 3 });
  const files = await writeDebriefFiles('ngg-class-', [
    ['a.json', [a]],
    ['bc.json', [b, c]],
    ['notes.json', 'these are my notes'],
    ['a-again.json', [a]],
  ]);

  await page.goto('/');
  await page.getByRole('button', { name: 'Teacher’s guide' }).click();
  await page.getByTestId('class-files').setInputFiles(files);
  await page.getByTestId('class-debrief').waitFor();
  const problems = (await page.getByTestId('class-files-problems').textContent()) ?? '';
  expect(
    problems.includes('notes.json: not used, the file is not JSON.'),
    `the bad file is named with its reason: ${problems}`,
  ).toBeTruthy();
  const title = (await page.locator('#class-title').textContent()) ?? '';
  expect(title === 'Class debrief · matches: 3', `three matches, the repeated one counted once: ${title}`).toBeTruthy();
  for (const id of ['class-chart-values', 'class-chart-rope', 'class-chart-lens']) {
    await page.waitForSelector(`[data-testid="${id}"] canvas`, { timeout: 10_000 });
    const box = await page.locator(`[data-testid="${id}"] canvas`).first().boundingBox();
    expect(box !== null && box.width > 200 && box.height > 100, `${id} is drawn (${JSON.stringify(box)})`).toBeTruthy();
  }
  expect(
    (await page.getByTestId('class-spread').locator('tbody tr').count()) === 4,
    'a spread for each of the four values',
  ).toBeTruthy();
  const matches = (await page.getByTestId('class-matches').textContent()) ?? '';
  expect(
    matches.includes('Pair A') && matches.includes('Pair C <b>'),
    'every match is listed, markup shown as text',
  ).toBeTruthy();
  const wins = (await page.getByTestId('class-wins').textContent()) ?? '';
  const total = [...wins.matchAll(/: (\d+) \(/g)].reduce((n, m) => n + Number(m[1]), 0);
  expect(total === 3, `the wins add up to the three finished matches: ${wins}`).toBeTruthy();
  await page.waitForTimeout(150);
  await shot('class-debrief-1280');
  await page.getByTestId('class-matches').scrollIntoViewIfNeeded();
  await shot('class-debrief-1280-tables');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('class-download-csv').click()]);
  const { header, rows } = csvObjects(await readFile(await download.path(), 'utf8'));
  expect(
    JSON.stringify(header) === JSON.stringify(CSV_COLUMNS),
    'the class CSV has the documented columns',
  ).toBeTruthy();
  expect(
    rows.length === a.rounds.length + b.rounds.length + c.rounds.length,
    `one row per match per round (${rows.length})`,
  ).toBeTruthy();
  expect(new Set(rows.map((r) => r.match_id)).size === 3, 'all three matches are in it').toBeTruthy();
  expect(
    rows.some((r) => r.injected_events === 'e-invasion-of-ukraine'),
    'the injected event is in its own column',
  ).toBeTruthy();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await shot('class-debrief-390');
  await page.getByTestId('class-back').click();
  await page.getByTestId('class-debrief').waitFor({ state: 'detached' });
});
