import { expect, test } from '@playwright/test';
import { SCENARIO_SECTIONS } from '../../shared/scenario/sections';
import { expectAccessible, openApp, SCREENSHOTS, shoot, type Language } from './screens';

/**
 * Every screen in both languages, light and dark: accessible (axe) and photographed for a person
 * to look at (test/e2e/screenshots, git-ignored).
 */
const languages: readonly Language[] = ['en', 'zh-CN'];
const sections = SCENARIO_SECTIONS;
const names = {
  en: {
    example: 'Open example SMT line 3: visual-AI inspection',
    editor: 'Scenario',
    scenarios: 'Scenarios',
    risk: 'Risk',
    details: 'Show details of',
    expand: 'Show the lines of',
    applicants: 'Applicants',
    investment: 'Investment case',
    twoWay: 'Two-way table',
    switching: 'Switching values',
    monteCarlo: 'Monte Carlo',
    draws: 'Draws',
    run: 'Run',
  },
  'zh-CN': {
    example: '打开示例 SMT 3 号线 AI 视觉检测改造',
    editor: '方案',
    scenarios: '情景',
    risk: '风险',
    details: '显示',
    expand: '展开',
    applicants: '申请比较',
    investment: '投资评估',
    twoWay: '双因素表',
    switching: '临界值',
    monteCarlo: '蒙特卡洛',
    draws: '抽样次数',
    run: '运行',
  },
} as const;

for (const language of languages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every screen in ${language}, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme });
      await openApp(page, language);
      const text = names[language];
      const tag = `${language}-${colorScheme}`;

      await expectAccessible(page, `welcome ${tag}`);
      await shoot(page, `welcome-${tag}`);

      // The subsidy officer's area, from the header.
      await page.locator('header label', { hasText: text.applicants }).click();
      await expectAccessible(page, `applicants ${tag}`);
      await shoot(page, `applicants-${tag}`);
      await page.locator('header label', { hasText: text.investment }).click();

      await page.getByRole('button', { name: text.example }).click();
      await expect(page.getByTestId('kpi-npv-value')).toBeVisible();
      await expectAccessible(page, `editor ${tag}`);
      await shoot(page, `editor-${tag}`);

      // Open a row's details and the table's groups, then photograph the whole columns.
      await page
        .getByRole('button', { name: new RegExp(`^${text.details}`) })
        .first()
        .click();
      // Each click renames its button (show → hide), so always take the first one left.
      const expanders = page.getByRole('button', { name: new RegExp(`^${text.expand}`) });
      while ((await expanders.count()) > 0) await expanders.first().click();
      await expectAccessible(page, `editor expanded ${tag}`);
      if (colorScheme === 'light') {
        // Each section and each part of the results on its own, large enough to read.
        await page.setViewportSize({ width: 1440, height: 1400 });
        for (const section of sections) {
          await page.locator(`#section-${section}`).screenshot({
            path: `${SCREENSHOTS}/section-${section}-${tag}.png`,
          });
        }
        for (const part of [
          'results-kpis',
          'chart-cumulative',
          'chart-annual',
          'chart-waterfall',
          'projection-table',
        ]) {
          await page.getByTestId(part).screenshot({ path: `${SCREENSHOTS}/${part}-${tag}.png` });
        }
        await page.setViewportSize({ width: 1440, height: 900 });
      }

      await page.getByRole('tab', { name: text.scenarios }).click();
      await expectAccessible(page, `scenarios ${tag}`);
      await shoot(page, `scenarios-${tag}`);

      await page.getByRole('tab', { name: text.risk }).click();
      await expect(page.getByTestId('chart-tornado')).toBeVisible({ timeout: 60_000 });
      await expectAccessible(page, `risk tornado ${tag}`);
      await shoot(page, `risk-tornado-${tag}`);

      await page.getByRole('tab', { name: text.twoWay }).click();
      await expect(page.getByTestId('two-way-3-3')).not.toBeEmpty({ timeout: 60_000 });
      await expectAccessible(page, `risk two-way ${tag}`);
      await shoot(page, `risk-two-way-${tag}`);

      await page.getByRole('tab', { name: text.switching }).click();
      await expect(
        page.getByRole('region').filter({ has: page.locator('#switching-caption') }),
      ).toBeVisible({
        timeout: 60_000,
      });
      await expectAccessible(page, `risk switching ${tag}`);
      await shoot(page, `risk-switching-${tag}`);

      await page.getByRole('tab', { name: text.monteCarlo }).click();
      await page.getByRole('textbox', { name: text.draws }).fill('2000');
      await page.getByRole('button', { name: text.run, exact: true }).click();
      await expect(page.getByTestId('chart-histogram')).toBeVisible({ timeout: 60_000 });
      await expectAccessible(page, `risk monte carlo ${tag}`);
      await shoot(page, `risk-monte-carlo-${tag}`);
      if (colorScheme === 'light') {
        await page.setViewportSize({ width: 1440, height: 2000 });
        await page.screenshot({
          path: `${SCREENSHOTS}/risk-monte-carlo-full-${tag}.png`,
          fullPage: true,
        });
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    });
  }
}
