import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openApp, SCREENSHOTS, type Language } from './screens';
import { appTexts } from '../../shared/i18n/catalogue';

const { en, 'zh-CN': zhCN } = appTexts;

/*
 * One case a board can trust, as a finance officer meets it in both languages: plausibility
 * warnings beside the figures concerned, ranges clipped at what a driver can be, the fields a
 * named scenario changes marked and reset one by one, the results and the export from anywhere by
 * keyboard, and a small window (1024×700) in which no number, percentage or choice is cut.
 * Photographed at 1024×700 and 1280×800 (test/e2e/screenshots/single-case, looked at by a person).
 */

const SHOTS = `${SCREENSHOTS}/single-case`;
const TEXTS = { en, 'zh-CN': zhCN } as const;
const EXAMPLE = {
  en: { a: 'Open example Reference case A', smt: 'Open example SMT line 3: visual-AI inspection' },
  'zh-CN': { a: '打开示例 参考案例 A', smt: '打开示例 SMT 3 号线 AI 视觉检测改造' },
} as const;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/** The text before the first placeholder: what a translated sentence starts with, whatever its figures. */
const opening = (text: string) => text.split('{{')[0] ?? text;

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Every number box and choice of the editor shows all of its text at this size. */
async function expectNothingCut(page: Page, where: string) {
  const cut = await page.evaluate(() => {
    const found: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d');
    const fits = (element: HTMLInputElement | HTMLSelectElement, text: string) => {
      const style = getComputedStyle(element);
      if (canvas === null) return true;
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return canvas.measureText(text).width <= room + 1;
    };
    const editor = document.getElementById('editor-region');
    for (const input of editor?.querySelectorAll<HTMLInputElement>('input[inputmode="decimal"]') ??
      []) {
      if (input.offsetParent !== null && !fits(input, input.value))
        found.push(`${input.getAttribute('aria-label') ?? input.id}: ${input.value}`);
    }
    for (const select of editor?.querySelectorAll<HTMLSelectElement>('select') ?? []) {
      const text = select.selectedOptions[0]?.textContent ?? '';
      if (select.offsetParent !== null && !fits(select, text))
        found.push(`${select.getAttribute('aria-label') ?? select.id}: ${text}`);
    }
    return found;
  });
  expect(cut, `${where}: cut in the editor`).toEqual([]);
}

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  const t = TEXTS[language];
  const examples = EXAMPLE[language];

  test(`a single case in ${language}: warnings, limits, scenario changes, keyboard, small window`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1024, height: 700 });
    await openApp(page, language);

    // An opened case takes the focus.
    await page.getByRole('button', { name: examples.a }).click();
    await expect(page.getByTestId('kpi-npv-value')).toBeVisible();
    await expect(page.locator('#editor-region')).toBeFocused();

    // Reference A: an IRR of 64.8 %, inspection labour cut at once, payback before the ramp-up.
    const summary = page.getByTestId('results-warnings');
    await expect(summary).toContainText(fill(t.warnings.summary, { count: 3 }));
    const irr = page.getByTestId('kpi-irr-warning');
    await expect(irr).toContainText(opening(t.warnings.codes.irr.reason));
    await expect(irr).toContainText(t.warnings.plausible);
    await expect(page.getByTestId('kpi-paybackYears-warning')).toContainText(
      opening(t.warnings.codes['payback-within-ramp-up'].reason),
    );
    const effects = page.getByTestId('warnings-effects');
    await expect(effects).toContainText(opening(t.warnings.codes['ramp-up'].reason));
    // The field concerned carries the sign, with the reason for screen readers.
    await page
      .getByRole('button', {
        // The Chinese interface opens the Chinese twin of the example.
        name: fill(t.editor.grid.showDetailsOf, {
          name: language === 'en' ? 'Lower inspection labour cost' : '检验人工成本降低',
        }),
      })
      .click();
    const ramp = page.getByLabel(t.fields.effects.ramp._, { exact: true }).nth(0);
    await expect(ramp).toHaveAttribute('data-warning', 'true');
    await expect(
      page.getByRole('img', { name: new RegExp(opening(t.warnings.codes['ramp-up'].reason)) }),
    ).toHaveCount(1);
    await expectNothingCut(page, 'reference A');
    await shoot(page, `warnings-1024-${language}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNothingCut(page, 'reference A at 1280');
    await shoot(page, `warnings-1280-${language}`);
    await page.setViewportSize({ width: 1024, height: 700 });

    // The tax computation reads as one chain under the tax row.
    await page
      .getByRole('button', {
        name: fill(t.results.table.expand, { name: t.results.table.rows.tax }),
      })
      .click();
    await expect(page.getByTestId('tax-chain-note')).toBeVisible();
    await page.locator('tr[data-row="tax:taxableIncomeAfterLosses"]').scrollIntoViewIfNeeded();
    await page.getByTestId('projection-table').screenshot({
      path: `${SHOTS}/tax-chain-${language}.png`,
    });

    // A variant with nothing stated to make it from says it is empty.
    await page.getByRole('tab', { name: t.nav.scenarios }).click();
    await page.getByRole('button', { name: t.scenarios.add }).click();
    await page
      .getByRole('menuitem', { name: new RegExp(t.options.scenarioKind.optimistic) })
      .click();
    await expect(
      page.getByText(opening(fill(t.scenarios.emptyVariant, { kind: '{{' }))),
    ).toBeVisible();
    await expect(page.getByTestId('scenario-changes-optimistic')).toHaveText(t.scenarios.noChanges);

    // In the variant, a changed field shows the base value and goes back to it on its own.
    await page.getByRole('tab', { name: t.nav.editor, exact: true }).click();
    const fullEffect = page.getByRole('textbox', {
      exact: true,
      name: fill(t.editor.grid.cell, {
        item: fill(t.fields.effects._item, { n: 1 }),
        column: t.fields.effects.fullEffect,
      }),
    });
    await fullEffect.fill('28');
    await fullEffect.blur();
    await expect(fullEffect).toHaveAttribute('data-overridden', 'true');
    const note = page.getByTestId('override-note');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText(fill(t.editor.override.base, { value: '25 %' }));
    await note.scrollIntoViewIfNeeded();
    await shoot(page, `override-1024-${language}`);
    await note.getByRole('button').click();
    await expect(fullEffect).toHaveValue('25');
    await expect(page.getByTestId('override-note')).toHaveCount(0);
    await expect(fullEffect).not.toHaveAttribute('data-overridden', 'true');
    await expectAccessible(page, `single case ${language}`);

    // From the Risk tab, the results and the export are one chord away.
    await page.getByRole('tab', { name: t.nav.risk }).click();
    await page.keyboard.press('Alt+Shift+R');
    await expect(page.locator('#results-region')).toBeFocused();
    await page.getByRole('tab', { name: t.nav.scenarios }).click();
    await page.keyboard.press('Alt+Shift+E');
    await expect(page.getByRole('button', { name: t.menu.print })).toBeFocused();
    // Skip links are the stops just before the menu bar.
    await page.getByRole('menuitem', { name: t.menu.file }).focus();
    await page.keyboard.press('Shift+Tab');
    const skip = page.getByTestId('skip-export');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(fill(t.nav.landmarks.export, { keys: 'Alt+Shift+E' }));
    await shoot(page, `skip-links-1024-${language}`);
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId('skip-results')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#results-region')).toBeFocused();
    // → opens the recent-files submenu and goes into it; ← comes back.
    await page.getByRole('menuitem', { name: t.menu.file }).focus();
    await page.keyboard.press('Enter');
    const recent = page.getByRole('menuitem', { name: t.menu.openRecent });
    for (
      let step = 0;
      step < 5 && !(await recent.evaluate((item) => item === document.activeElement));
      step += 1
    )
      await page.keyboard.press('ArrowDown');
    await expect(recent).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('menuitem', { name: t.menu.noRecent })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(recent).toBeFocused();
    await page.keyboard.press('Escape');
  });

  test(`ranges at their limits and a variant made from them in ${language}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1024, height: 700 });
    await openApp(page, language);
    await page.getByRole('button', { name: examples.smt }).click();
    await expect(page.getByTestId('kpi-npv-value')).toBeVisible();
    await expectNothingCut(page, 'SMT line 3');

    // The detection rate of 99.5 % moved by 20 % stops at 100 %, and the tornado says so.
    await page.getByRole('tab', { name: t.nav.risk }).click();
    await expect(page.getByTestId('chart-tornado')).toBeVisible({ timeout: 60_000 });
    const clipped = page.getByTestId('tornado-clipped');
    await expect(clipped).toContainText(opening(t.risk.clipped));
    await expect(clipped).toContainText(t.fields.effects.detectionAfter);
    await expect(clipped).toContainText('100');
    await clipped.scrollIntoViewIfNeeded();
    await shoot(page, `tornado-clipped-1024-${language}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await clipped.scrollIntoViewIfNeeded();
    await shoot(page, `tornado-clipped-1280-${language}`);

    // An optimistic variant takes each stated range at its favourable end: six of them here
    // (inflation, horizon, three effects, the integration's cost; the grant is already at its best).
    await page.getByRole('tab', { name: t.nav.scenarios }).click();
    await page.getByRole('button', { name: t.scenarios.add }).click();
    await page
      .getByRole('menuitem', { name: new RegExp(t.options.scenarioKind.optimistic) })
      .click();
    await expect(page.getByTestId('scenario-changes-optimistic-2')).toHaveText(
      fill(t.scenarios.changes, { count: 6 }),
    );
    await expect(page.getByRole('menu')).toHaveCount(0);
    await shoot(page, `variant-1280-${language}`);
    await page.getByRole('tab', { name: t.nav.editor, exact: true }).click();
    await expect(page.getByTestId('override-note').first()).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 700 });
    await expectNothingCut(page, 'SMT optimistic variant');
    await page.locator('#section-effects').scrollIntoViewIfNeeded();
    await shoot(page, `variant-effects-1024-${language}`);
  });
}
