// The debrief's counterfactual: after a quick game against the computer, the rope chart
// draws the realist world's rope (the same game replayed where Kazakhstan's values change
// nothing) beside the real one, and says who wins there and whether values changed the
// winner; in English, Russian, Kazakh and Chinese, with no text overflowing and axe clean.
import { axeCheck, overflowing, pickLanguage } from './audit';
import { expect, test } from './fixtures';
import { playByClicking, waitForBoard } from './play';

test.use({ reducedMotion: 'reduce' });

const SERIES = {
  en: 'Realist world: values change nothing',
  ru: 'Реалистский мир: ценности ничего не меняют',
  kk: 'Realistık älem: qūndylyqtar eşteñenı özgertpeidı',
  zh: '现实主义世界：价值观不起作用',
} as const;
const SUMMARY = {
  en: 'The realist world by round:',
  ru: 'Реалистский мир по раундам:',
  kk: 'Kezeñder boiynşa realistık älem:',
  zh: '各轮的现实主义世界：',
} as const;
const VERDICT = {
  en: /Kazakhstan’s values (did not change|changed) the winner of this game\./,
  ru: /Ценности Казахстана (не )?изменили победителя этой партии\./,
  kk: /Qazaqstannyñ qūndylyqtary būl oiynnyñ jeñımpazyn özgert(pedı|tı)\./,
  zh: /哈萨克斯坦的价值观(没有改变|改变了)本局的胜者。/,
} as const;

test('debrief: the realist world’s rope beside the real one, in four languages', async ({ page, shot }) => {
  test.setTimeout(240_000);
  await page.goto('/?seed=realist-1&botDelay=5');
  await page.selectOption('#opt-seat', '1');
  await page.getByRole('button', { name: 'Play the computer' }).click();
  await waitForBoard(page);
  await playByClicking(page);
  await page.getByTestId('gameover').waitFor();
  for (const lang of ['en', 'ru', 'kk', 'zh'] as const) {
    await pickLanguage(page, '#table-lang', lang);
    await page.getByTestId('open-debrief').click();
    await page.getByTestId('debrief').waitFor();
    await page.waitForSelector('[data-testid="chart-rope"] canvas', { timeout: 10_000 });
    const block = page.getByTestId('debrief-realist');
    const said = (await block.textContent()) ?? '';
    expect(
      VERDICT[lang].test(said),
      `${lang}: the debrief says whether values changed the winner: ${said}`,
    ).toBeTruthy();
    // The rope chart has two series: the real rope and the realist one, named in its legend.
    const legend = (await page.locator('[data-testid="chart-rope"] .u-legend').textContent()) ?? '';
    expect(
      legend.includes(SERIES[lang]),
      `${lang}: the rope chart's legend names the realist rope: ${legend}`,
    ).toBeTruthy();
    const series = await page.locator('[data-testid="chart-rope"] .u-legend .u-series').count();
    expect(series === 2, `${lang}: the rope chart has the real rope and the realist rope (${series})`).toBeTruthy();
    const label = (await page.getByTestId('chart-rope').getAttribute('aria-label')) ?? '';
    expect(
      label.includes(SUMMARY[lang]),
      `${lang}: the chart's words give both ropes: ${label.slice(0, 120)}`,
    ).toBeTruthy();
    const coding = (await page.getByTestId('debrief-coding').textContent()) ?? '';
    expect(coding.length > 80, `${lang}: the lens split says it follows the model's coding`).toBeTruthy();
    const o = await overflowing(page);
    expect(o.bad.length === 0, `debrief (${lang}): text fits its box:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
    await axeCheck(page, `debrief realist (${lang})`);
    await page.getByTestId('chart-rope').scrollIntoViewIfNeeded();
    await shot(`realist-${lang}-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const p = await overflowing(page);
    expect(p.bad.length === 0, `debrief (${lang}, 390x844): text fits:\n  ${p.bad.join('\n  ')}`).toBeTruthy();
    await page.getByTestId('debrief-realist').scrollIntoViewIfNeeded();
    await shot(`realist-${lang}-390`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(150);
    await page.getByTestId('debrief-back').click();
    await page.getByTestId('debrief').waitFor({ state: 'detached' });
  }
});
